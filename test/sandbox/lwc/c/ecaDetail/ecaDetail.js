// An External Client App's page in External Client App Manager, composed of Salesforce's base
// components: tabs Summary, Policies and Settings (lightning-tabset, whose tabs draw their content
// only once first shown, so the saved settings are not in the DOM until Settings is opened), and in
// Settings > OAuth Settings what was saved and "Consumer Key and Secret", which opens identity
// verification in a new tab (the values appear there, not on this page).
// `window.__replicaState` holds what the tabs and the button reported (tests read it).
import { LightningElement, api } from 'lwc';

export default class EcaDetail extends LightningElement {
    @api labels = {};
    /** What the sandbox saved, as the page shows it: { name, email, distributionState, callbackUrl, scopes: [labels], requireSecretWeb, requireSecretRefresh, pkce }. */
    @api app = {};
    /** Identity verification, then the consumer details. */
    @api consumerUrl = '';

    openSections = ['oauth'];
    activeTab = 'summary';
    consumerDetailsOpened = false;

    connectedCallback() {
        this.publish();
    }

    handleTab(event) {
        this.activeTab = event.target.value;
        this.publish();
    }

    handleConsumerKeyAndSecret() {
        this.consumerDetailsOpened = true;
        this.publish();
        window.open(this.consumerUrl, '_blank');
    }

    publish() {
        window.__replicaState = { page: 'eca-detail', activeTab: this.activeTab, consumerDetailsOpened: this.consumerDetailsOpened };
    }
}
