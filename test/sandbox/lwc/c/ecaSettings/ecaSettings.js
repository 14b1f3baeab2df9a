// Setup > External Client Apps > Settings: the toggle "Allow creation of connected apps" and, while
// it is on, the New Connected App button that opens the classic Connected App form framed in
// Lightning. `window.__replicaState` holds what the toggle reported (tests read it).
import { LightningElement, api } from 'lwc';

export default class EcaSettings extends LightningElement {
    @api labels = {};
    /** Where New Connected App leads (the framed classic form). */
    @api newConnectedAppHref = '';
    /** Since Spring '26 only Salesforce Support can turn the toggle on where it is off. */
    @api locked = false;
    @api allowConnectedApps = false;

    connectedCallback() {
        this.publish();
    }

    handleToggle(event) {
        this.allowConnectedApps = event.detail.checked;
        this.publish();
    }

    publish() {
        window.__replicaState = { page: 'eca-settings', allowConnectedApps: this.allowConnectedApps };
    }

    handleNewConnectedApp() {
        this.dispatchEvent(new CustomEvent('setupnavigate', { bubbles: true, composed: true, detail: { href: this.newConnectedAppHref } }));
    }
}
