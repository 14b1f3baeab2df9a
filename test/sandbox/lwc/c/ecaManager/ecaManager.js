// Setup > External Client Apps > External Client App Manager, composed of Salesforce's base
// components: the org's External Client Apps (each name opens the app's page) and the New External
// Client App button. Links are followed by the Setup shell without a page load (setup-shell.js).
// A slow org draws the list's rows after the header (`appsAfterMs`), as Lightning loads them apart.
// `window.__replicaState` says which page this is and how many apps the list shows (tests read it).
import { LightningElement, api } from 'lwc';

export default class EcaManager extends LightningElement {
    @api labels = {};
    /** The org's apps as the list shows them: { name, email, distributionState, href }. */
    @api apps = [];
    /** Where New External Client App leads. */
    @api newHref = '';
    /** The rows drawn this long after the header (ms). */
    @api appsAfterMs = 0;

    rowsDrawn = false;
    /** The timer of rows drawn late. */
    lateRows;

    connectedCallback() {
        if (this.appsAfterMs > 0) this.lateRows = setTimeout(() => this.drawRows(), this.appsAfterMs);
        else this.drawRows();
    }

    disconnectedCallback() {
        clearTimeout(this.lateRows);
    }

    drawRows() {
        this.rowsDrawn = true;
        window.__replicaState = { page: 'eca-manager', listed: this.apps.length };
    }

    get shownApps() {
        return this.rowsDrawn ? this.apps : [];
    }

    get itemCount() {
        return this.shownApps.length;
    }

    handleNew() {
        this.dispatchEvent(new CustomEvent('setupnavigate', { bubbles: true, composed: true, detail: { href: this.newHref } }));
    }
}
