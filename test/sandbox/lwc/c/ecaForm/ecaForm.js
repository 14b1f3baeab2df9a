// New External Client App, composed of Salesforce's base components. What the form holds is what
// its components reported through `change` events, never a value read from the DOM: the state a
// filler must reach through the components themselves. The state is published to the page's own
// world as `window.__replicaState` for tests (an extension's isolated world does not see it).
import { LightningElement, api, track } from 'lwc';

const FLOWS = ['flowClientCredentials', 'flowAuthCode', 'flowDevice', 'flowTokenExchange', 'flowJwtBearer'];
const SECURITY = ['requireSecretWebServer', 'requireSecretRefresh', 'pkce', 'refreshTokenRotation', 'jwtAccessTokens'];
/** Salesforce's defaults: both "Require secret" boxes and PKCE ticked. */
const TICKED_BY_DEFAULT = new Set(['requireSecretWebServer', 'requireSecretRefresh', 'pkce']);
/** The sections Marketo's help says to skip ("the last four"; their names here are the bench's own, no public source lists them). */
const SKIPPED = ['pushNotifications', 'samlSettings', 'canvasApp', 'customAttributes'];
const enableFieldOf = (section) => `${section}Enabled`;

export default class EcaForm extends LightningElement {
    @api labels = {};
    @api scopes = [];
    @api saveUrl = '/_sandbox/salesforce/apps';

    openSections = ['basic'];
    /** The sections open now, as the accordion reports them (openSections stays what it starts with). */
    shownSections = this.openSections;
    error = '';

    @track state = {
        appName: '',
        apiName: '',
        contactEmail: '',
        contactPhone: '',
        logoUrl: '',
        iconUrl: '',
        distributionState: '',
        description: '',
        enableOauth: false,
        callbackUrl: '',
        scopes: [],
        ...Object.fromEntries([...FLOWS, ...SECURITY, ...SKIPPED.map(enableFieldOf)].map((field) => [field, TICKED_BY_DEFAULT.has(field)])),
    };

    connectedCallback() {
        this.publish();
    }

    get distributionOptions() {
        return [
            { label: this.labels.local, value: 'Local' },
            { label: this.labels.packaged, value: 'Packaged' },
        ];
    }

    get flows() {
        return FLOWS.map((field) => ({ field, label: this.labels[field], checked: this.state[field] }));
    }

    get security() {
        return SECURITY.map((field) => ({ field, label: this.labels[field], checked: this.state[field] }));
    }

    get skippedSections() {
        return SKIPPED.map((name) => ({
            name,
            enableField: enableFieldOf(name),
            label: this.labels[name],
            enable: this.labels[`${name}_enable`],
            checked: this.state[enableFieldOf(name)],
        }));
    }

    handleName(event) {
        // The API name follows the name, as Salesforce's form does.
        this.update({ appName: event.detail.value, apiName: String(event.detail.value ?? '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') });
    }

    handleText(event) {
        this.update({ [event.target.dataset.field]: event.detail.value });
    }

    handleCheckbox(event) {
        this.update({ [event.target.dataset.field]: event.detail.checked });
    }

    handleSectionToggle(event) {
        this.shownSections = [...event.detail.openSections];
        this.publish();
    }

    update(changes) {
        Object.assign(this.state, changes);
        this.publish();
    }

    publish() {
        window.__replicaState = JSON.parse(JSON.stringify({ page: 'eca-form', ...this.state, openSections: this.shownSections }));
    }

    handleCancel() {
        window.history.back();
    }

    async handleCreate() {
        const state = this.state;
        const app = {
            kind: 'eca',
            name: state.appName.trim(),
            email: state.contactEmail.trim(),
            distributionState: state.distributionState,
            oauthEnabled: state.enableOauth,
            callbackUrl: state.callbackUrl.trim(),
            scopes: state.scopes,
            flowsEnabled: FLOWS.filter((flow) => state[flow]),
            requireSecretForWebServerFlow: state.requireSecretWebServer,
            requireSecretForRefreshTokenFlow: state.requireSecretRefresh,
            pkce: state.pkce,
        };
        const missing = !app.name || !app.email || !app.distributionState || (app.oauthEnabled && !app.callbackUrl);
        this.error = missing ? this.labels.review_errors : '';
        if (missing) return;
        const response = await fetch(this.saveUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(app),
        });
        const { detailPath } = await response.json();
        // Lightning opens the new app in the same single-page app (setup-shell.js listens).
        this.dispatchEvent(new CustomEvent('setupnavigate', { bubbles: true, composed: true, detail: { href: detailPath } }));
    }
}
