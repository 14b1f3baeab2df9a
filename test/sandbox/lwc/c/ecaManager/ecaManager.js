// Setup > External Client Apps > External Client App Manager, composed of Salesforce's base
// components: the org's External Client Apps (each name opens the app's page) and the New External
// Client App button. Links are followed by the Setup shell without a page load (setup-shell.js).
import { LightningElement, api } from 'lwc';

export default class EcaManager extends LightningElement {
    @api labels = {};
    /** The org's apps as the list shows them: { name, email, distributionState, href }. */
    @api apps = [];
    /** Where New External Client App leads. */
    @api newHref = '';

    get itemCount() {
        return this.apps.length;
    }

    handleNew() {
        this.dispatchEvent(new CustomEvent('setupnavigate', { bubbles: true, composed: true, detail: { href: this.newHref } }));
    }
}
