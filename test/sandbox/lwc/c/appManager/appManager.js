// Setup > App Manager, composed of Salesforce's base components: the header's New buttons in a
// lightning-button-group, and the list of apps. "New External Client App" opens the External
// Client App form; "New Connected App" opens the classic form framed in Lightning or, in newer
// orgs (`newAppDialog`), first a dialog that asks which kind of app (not confirmed by a public
// source). Where Salesforce moved New Connected App to External Client Apps > Settings
// (`connectedAppButton` false) the button is gone. `window.__replicaState` holds what the dialog's
// components reported (tests read it); nothing is read from the DOM. A slow org draws New
// External Client App late, or not at all (`externalClientAppButtonAfterMs`).
import { LightningElement, api } from 'lwc';

/** The list as an org shows it (its data stays as the org named it, in any language). */
const APPS = [
    { name: 'Dataloader Bulk', developerName: 'Dataloader_Bulk', description: '', modified: '2/14/2025, 6:02 AM', type: 'Connected', visible: false },
    { name: 'Marketing', developerName: 'Marketing', description: 'Best-in-class on-demand marketing automation', modified: '9/2/2024, 11:47 PM', type: 'Classic', visible: false },
    { name: 'Sales', developerName: 'LightningSales', description: 'Manage your sales process with accounts, leads, opportunities, and more', modified: '9/2/2024, 11:47 PM', type: 'Lightning', visible: true },
    { name: 'Salesforce for Outlook', developerName: 'Salesforce_for_Outlook', description: '', modified: '9/2/2024, 11:47 PM', type: 'Connected', visible: false },
    { name: 'Salesforce Mobile App', developerName: 'Salesforce_Mobile_App', description: '', modified: '3/11/2025, 4:20 PM', type: 'Connected', visible: false },
    { name: 'Service Console', developerName: 'LightningService', description: '(Lightning Experience) Lets support agents work with multiple records across customer service channels on one screen', modified: '9/2/2024, 11:47 PM', type: 'Lightning', visible: true },
];

export default class AppManager extends LightningElement {
    /** { title, newLightningApp, newConnectedApp, newExternalClientApp } in the org's language. */
    @api labels = {};
    @api connectedAppButton = false;
    @api newAppDialog = false;
    /** Where the two New buttons lead. */
    @api connectedAppHref = '';
    @api externalClientAppHref = '';
    /** A slow org: New External Client App drawn this long after the rest (ms), or never (null). */
    @api externalClientAppButtonAfterMs = 0;

    dialogOpen = false;
    choice = 'eca';
    externalClientAppButton = false;
    /** Changes when Lightning draws the button afresh (a new element in its place). */
    externalClientAppButtonKey = 0;
    /** The timer of a button drawn late. */
    lateButton;
    /** Whether the open dialog has had the focus once. */
    focusedDialog = false;

    connectedCallback() {
        const after = this.externalClientAppButtonAfterMs;
        if (after === 0) this.externalClientAppButton = true;
        else if (after !== null) this.lateButton = setTimeout(() => (this.externalClientAppButton = true), after);
        this.publish();
    }

    disconnectedCallback() {
        clearTimeout(this.lateButton);
    }

    get externalClientAppButtons() {
        return this.externalClientAppButton ? [{ key: `newExternalClientApp-${this.externalClientAppButtonKey}` }] : [];
    }

    // For the benchmark (test/benchmark/guide.mjs), which times the guide following a control
    // Lightning draws afresh: the button replaced by a new element at once, or taken away and
    // drawn again later. Called on the element from the page's own world.
    @api
    replaceNewExternalClientApp() {
        this.externalClientAppButtonKey += 1;
    }

    @api
    removeNewExternalClientApp() {
        this.externalClientAppButton = false;
    }

    @api
    addNewExternalClientApp() {
        this.externalClientAppButtonKey += 1;
        this.externalClientAppButton = true;
    }

    get rows() {
        return APPS.map((app, index) => ({ ...app, number: index + 1 }));
    }

    get itemCount() {
        return APPS.length;
    }

    get choiceOptions() {
        return [
            { label: 'Create a Connected App', value: 'connected-app' },
            { label: 'Create an External Client App', value: 'eca' },
        ];
    }

    handleNewExternalClientApp() {
        this.navigate(this.externalClientAppHref);
    }

    handleNewConnectedApp() {
        if (!this.newAppDialog) {
            this.navigate(this.connectedAppHref);
            return;
        }
        this.choice = 'eca';
        this.dialogOpen = true;
        this.publish();
    }

    handleChoice(event) {
        this.choice = event.detail.value;
        this.publish();
    }

    handleCancel() {
        this.dialogOpen = false;
        this.publish();
    }

    handleContinue() {
        this.dialogOpen = false;
        this.publish();
        this.navigate(this.choice === 'connected-app' ? this.connectedAppHref : this.externalClientAppHref);
    }

    renderedCallback() {
        // A modal takes the focus when it opens, as SLDS asks.
        const dialog = this.template.querySelector('[role=dialog]');
        if (dialog && !this.focusedDialog) dialog.focus();
        this.focusedDialog = dialog !== null;
    }

    publish() {
        window.__replicaState = { page: 'app-manager', dialogOpen: this.dialogOpen, newAppChoice: this.choice };
    }

    navigate(href) {
        // Lightning opens the form in the same single-page app (setup-shell.js listens).
        this.dispatchEvent(new CustomEvent('setupnavigate', { bubbles: true, composed: true, detail: { href } }));
    }
}
