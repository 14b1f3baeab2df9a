// The sandbox's Salesforce pages that need code: forms that save (into salesforce-state.mjs),
// detail pages that show what was saved, identity verification, and the classic pages that
// Lightning frames. routes.mjs lists these rows in its Salesforce section.
//
// Variant flags (the `sandbox-variant` knob, comma-separated): "sv" and "de" render Swedish and
// German labels (the classic form's label cells then have no `for`, as seen on a Swedish org),
// "native-shadow" runs the pages built from Salesforce's base components under native shadow
// instead of synthetic shadow (lwc-routes.mjs), "ca-locked" turns the External Client App Settings
// toggle off (only Salesforce Support can turn it on), "old-consumer" the older Consumer Details
// layout with "Click to reveal", "consumer-elsewhere" serves the consumer details at a second
// address (their real address is not confirmed), "pkce-on" ticks PKCE on the classic form as
// Salesforce's default, "ca-off" and "dialog" change App Manager (below). Pages on another host
// (the framed classic pages, the tab that verification opens) get the knob passed on in their URL,
// because a cookie set for one host does not reach the others.

import { lwcRoutes } from './lwc-routes.mjs';
import { appOnPort, appsOnPort, saveApp } from './salesforce-state.mjs';
import { APP_MANAGER_WORDS, escapeHtml, flags, LABELS, langOf, renderSalesforcePage, SCOPES, scopeLabelsOf } from './salesforce-pages.mjs';

const ORG = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.(?:sandbox|scratch|develop))?';
const LIGHTNING = new RegExp(`^${ORG}\\.lightning\\.force\\.com$`);
const SETUP = new RegExp(`^${ORG}\\.my\\.salesforce-setup\\.com$`);
const CLASSIC = new RegExp(`^${ORG}\\.my\\.salesforce\\.com$`);

/** Where Setup (Lightning) is served. */
const SETUP_HOSTS = [LIGHTNING, SETUP];
/** Where classic pages are served: the org's classic host, or the new Setup host itself. */
const CLASSIC_HOSTS = [CLASSIC, SETUP];

const VARIANT = 'sandbox-variant';
const VERIFY_PATH = '/_ui/identity/verification/method/EmailVerificationFinishUi/e';
export const CONSUMER_PATH = '/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp';
/** A second address for the same page: the extension must know it by what it shows. */
const CONSUMER_ELSEWHERE_PATH = '/app/mgmt/forceconnectedapps/forceAppConsumerKeySecret.apexp';
const CA_DETAIL_PATH = '/app/mgmt/forceconnectedapps/forceAppDetail.apexp';

/** The My Domain name; a Visualforce host adds "--c" (or a namespace) to it. */
const orgOf = (host) => host.split('.')[0].replace(/--c$/, '');
/** Lightning frames classic pages from the org's my.salesforce.com; the new Setup host serves both. */
const classicHostFor = (host) => host.replace(/\.lightning\.force\.com$/, '.my.salesforce.com');
/** @param {{ localPort: number }} socket */
const portOf = (req) => /** @type {number} */ (req.socket.localPort);

function withVariant(href, variant) {
  if (!variant) return href;
  const url = new URL(href, 'https://placeholder.invalid');
  url.searchParams.set(VARIANT, variant);
  return href.startsWith('/') ? url.pathname + url.search : url.href;
}

function sendHtml(res, html, status = 200, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(html);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

const scopeOptions = (lang) => SCOPES.map((s) => `<option value="${s.token}">${escapeHtml(s[lang])}</option>`).join('');
const scopeItems = (tokens, lang) => scopeLabelsOf(tokens, lang).map((label) => `<li>${escapeHtml(label)}</li>`).join('');
const yesNo = (value, lang) => LABELS[lang][value ? 'yes' : 'no'];
/** An External Client App's Distribution State as its pages show it. */
const distributionWord = (app, lang) => ({ Local: LABELS[lang].local, Packaged: LABELS[lang].packaged })[app.distributionState ?? ''] ?? '';

/** The identity verification page that leads to an app's consumer details. */
function consumerUrl(classicHost, app, variant) {
  const path = flags(variant).has('consumer-elsewhere') ? CONSUMER_ELSEWHERE_PATH : CONSUMER_PATH;
  const ret = withVariant(`${path}?applicationId=${app.id}`, variant);
  return withVariant(`https://${classicHost}${VERIFY_PATH}?retURL=${encodeURIComponent(ret)}`, variant);
}

/**
 * The Content Security Policy of the classic form: scripts from the page's own origin only, so a
 * javascript: URL (the list box's Add and Remove links) is refused, as it is for a content script.
 */
const CLASSIC_FORM_CSP = "script-src 'self'; object-src 'none'";

/** The New External Client App form's labels, keyed as the form's component names its controls. */
function ecaFormLabels(lang) {
  const labels = LABELS[lang];
  return {
    ...labels,
    flowClientCredentials: labels.flow_client_credentials,
    flowAuthCode: labels.flow_auth_code,
    flowDevice: labels.flow_device,
    flowTokenExchange: labels.flow_token_exchange,
    flowJwtBearer: labels.flow_jwt_bearer,
    requireSecretWebServer: labels.require_secret_web,
    requireSecretRefresh: labels.require_secret_refresh,
    pkce: labels.pkce,
    refreshTokenRotation: labels.refresh_token_rotation,
    jwtAccessTokens: labels.jwt_access_tokens,
    pushNotifications: labels.push_notifications,
    pushNotifications_enable: labels.push_notifications_enable,
    samlSettings: labels.saml,
    samlSettings_enable: labels.saml_enable,
    canvasApp: labels.canvas,
    canvasApp_enable: labels.canvas_enable,
    customAttributes: labels.custom_attributes,
    customAttributes_enable: labels.custom_attributes_enable,
  };
}

/** How late a slow org draws a button (flag "eca-button-late"). */
const LATE_BUTTON_MS = 3000;
/** How late a slow org draws External Client App Manager's rows (flag "eca-list-late"). */
const LATE_LIST_MS = 3000;

/** App Manager's header in the org's language (English is App Manager's own words). */
function appManagerLabels(lang) {
  const english = {
    title: 'Lightning Experience App Manager',
    newLightningApp: 'New Lightning App',
    newConnectedApp: 'New Connected App',
    newExternalClientApp: 'New External Client App',
  };
  const words = APP_MANAGER_WORDS[lang] ?? {};
  return Object.fromEntries(Object.entries(english).map(([key, en]) => [key, words[en] ?? en]));
}

/** @type {Array<import('./server.mjs').Route>} */
export const SALESFORCE_ROUTES = [
  {
    // Built from Salesforce's base components (lwc/c/appManager). Flags: "ca-off" is an org whose
    // App Manager has no New Connected App (Salesforce moved it to External Client Apps > Settings);
    // "dialog" a newer org where New Connected App first asks which kind of app; "eca-button-late"
    // draws New External Client App 3 s after the rest, "eca-button-never" not at all.
    name: 'salesforce/app-manager',
    host: SETUP_HOSTS,
    path: '/lightning/setup/NavigationMenus/home',
    async handler(req, res, { variant }) {
      const on = flags(variant);
      const lang = langOf(variant);
      const labels = appManagerLabels(lang);
      const props = {
        labels,
        connectedAppButton: !on.has('ca-off'),
        newAppDialog: on.has('dialog'),
        externalClientAppButtonAfterMs: on.has('eca-button-never') ? null : on.has('eca-button-late') ? LATE_BUTTON_MS : 0,
        connectedAppHref: `/lightning/setup/NavigationMenus/page?address=${encodeURIComponent('/app/mgmt/forceconnectedapps/forceAppEdit.apexp')}`,
        externalClientAppHref: '/lightning/setup/ManageExternalClientApplication/create',
      };
      sendHtml(res, await renderSalesforcePage('salesforce/lwc-app-manager.html', { lang, values: { title: labels.title, props: JSON.stringify(props) } }));
    },
  },
  ...lwcRoutes(SETUP_HOSTS),
  {
    // Built from Salesforce's base components (lwc/c/ecaManager): the org's External Client Apps.
    // Flag "eca-list-late": the list's rows are drawn 3 s after the header.
    name: 'salesforce/eca-manager',
    host: SETUP_HOSTS,
    path: '/lightning/setup/ManageExternalClientApplication/home',
    async handler(req, res, { host, variant }) {
      const lang = langOf(variant);
      const appsAfterMs = flags(variant).has('eca-list-late') ? LATE_LIST_MS : 0;
      const labels = LABELS[lang];
      const apps = appsOnPort(portOf(req))
        .filter((app) => app.kind === 'eca' && app.org === orgOf(host))
        .map((app) => ({
          name: app.name,
          email: app.email,
          distributionState: distributionWord(app, lang),
          href: `/lightning/setup/ManageExternalClientApplication/${app.id}/detail`,
        }));
      const props = { labels, apps, newHref: '/lightning/setup/ManageExternalClientApplication/create', appsAfterMs };
      sendHtml(res, await renderSalesforcePage('salesforce/lwc-eca-manager.html', { lang, values: { props: JSON.stringify(props) } }));
    },
  },
  {
    // Built from Salesforce's base components (lwc/c/ecaForm).
    name: 'salesforce/eca-form',
    host: SETUP_HOSTS,
    path: '/lightning/setup/ManageExternalClientApplication/create',
    async handler(req, res, { variant }) {
      const lang = langOf(variant);
      const props = { labels: ecaFormLabels(lang), scopes: SCOPES.map((scope) => ({ label: scope[lang], value: scope.token })) };
      sendHtml(res, await renderSalesforcePage('salesforce/lwc-eca-form.html', { lang, values: { props: JSON.stringify(props) } }));
    },
  },
  {
    // Built from Salesforce's base components (lwc/c/ecaSettings). Flag "ca-locked": the toggle is
    // off and cannot be turned on (docs/pages.md: since Spring '26 only Salesforce Support can).
    name: 'salesforce/eca-settings',
    host: SETUP_HOSTS,
    path: '/lightning/setup/ExternalClientApplicationSettings/home',
    async handler(req, res, { variant }) {
      const lang = langOf(variant);
      const locked = flags(variant).has('ca-locked');
      const newConnectedAppHref = withVariant(`/lightning/setup/NavigationMenus/page?address=${encodeURIComponent('/app/mgmt/forceconnectedapps/forceAppEdit.apexp')}`, variant);
      const props = { labels: LABELS[lang], locked, allowConnectedApps: !locked, newConnectedAppHref };
      sendHtml(res, await renderSalesforcePage('salesforce/lwc-eca-settings.html', { lang, values: { props: JSON.stringify(props) } }));
    },
  },
  {
    // What the External Client App form's Create sends (the real page calls Aura actions).
    name: 'salesforce/eca-save',
    host: SETUP_HOSTS,
    path: '/_sandbox/salesforce/apps',
    async handler(req, res, { host }) {
      if (req.method !== 'POST') return sendHtml(res, 'Method not allowed', 405);
      const fields = JSON.parse(await readBody(req));
      const app = saveApp(portOf(req), orgOf(host), {
        kind: 'eca',
        name: String(fields.name ?? ''),
        email: String(fields.email ?? ''),
        distributionState: String(fields.distributionState ?? ''),
        callbackUrl: fields.oauthEnabled ? String(fields.callbackUrl ?? '') : '',
        scopes: fields.oauthEnabled ? [fields.scopes ?? []].flat().map(String) : [],
        pkce: Boolean(fields.pkce),
        requireSecretForWebServerFlow: Boolean(fields.requireSecretForWebServerFlow),
        requireSecretForRefreshTokenFlow: Boolean(fields.requireSecretForRefreshTokenFlow),
        flowsEnabled: [fields.flowsEnabled ?? []].flat().map(String),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ detailPath: `/lightning/setup/ManageExternalClientApplication/${app.id}/detail` }));
    },
  },
  {
    // Built from Salesforce's base components (lwc/c/ecaDetail).
    name: 'salesforce/eca-detail',
    host: SETUP_HOSTS,
    path: /^\/lightning\/setup\/ManageExternalClientApplication\/0xI\w+\/detail$/,
    async handler(req, res, { url, host, variant, sendReplica }) {
      const app = appOnPort(portOf(req), url.pathname.split('/')[4]);
      if (!app || app.org !== orgOf(host)) return sendReplica('salesforce/not-found.html', 404);
      const lang = langOf(variant);
      const labels = LABELS[lang];
      const props = {
        labels,
        app: {
          name: app.name,
          email: app.email,
          distributionState: distributionWord(app, lang),
          callbackUrl: app.callbackUrl,
          scopes: scopeLabelsOf(app.scopes, lang),
          requireSecretWeb: yesNo(app.requireSecretForWebServerFlow, lang),
          requireSecretRefresh: yesNo(app.requireSecretForRefreshTokenFlow, lang),
          pkce: yesNo(app.pkce, lang),
        },
        consumerUrl: consumerUrl(classicHostFor(host), app, variant),
      };
      sendHtml(res, await renderSalesforcePage('salesforce/lwc-eca-detail.html', { lang, values: { appName: app.name, props: JSON.stringify(props) } }));
    },
  },
  {
    name: 'salesforce/framed-classic',
    host: SETUP_HOSTS,
    path: /^\/lightning\/setup\/(?:NavigationMenus|ConnectedApplication)\/page$/,
    query: { address: /^\/app\/mgmt\/forceconnectedapps\/forceApp(?:Edit|Detail)\.apexp/ },
    async handler(req, res, { url, host, variant }) {
      const lang = langOf(variant);
      const address = /** @type {string} */ (url.searchParams.get('address'));
      const frame = new URL(address, `https://${classicHostFor(host)}`);
      frame.searchParams.set('sfdcIFrameOrigin', `https://${host}`);
      frame.searchParams.set('sfdcIFrameHost', 'web');
      frame.searchParams.set('isdtp', 'p1');
      const html = await renderSalesforcePage('salesforce/framed-classic.html', {
        lang,
        values: {
          title: LABELS[lang][address.includes('forceAppEdit') ? 'ca_title' : 'connected_app_detail'],
          frameId: String(Date.now()).slice(-13),
          frameSrc: withVariant(frame.href, variant),
        },
      });
      sendHtml(res, html);
    },
  },
  {
    name: 'salesforce/ca-form',
    host: CLASSIC_HOSTS,
    path: '/app/mgmt/forceconnectedapps/forceAppEdit.apexp',
    async handler(req, res, { url, host, variant }) {
      const lang = langOf(variant);
      const renderForm = async (errors = '') => {
        let html = await renderSalesforcePage('salesforce/ca-form.html', {
          lang,
          values: { formAction: url.pathname + url.search },
          markup: { scopeOptions: scopeOptions(lang), errors },
        });
        // A translated org's label cells name their control by the row alone, without `for`.
        if (lang !== 'en') html = html.replace(/<label for="[^"]*">/g, '<label>');
        if (flags(variant).has('pkce-on')) html = html.replace(/(<input type="checkbox") (id="[^"]*:pkceSection:pkce")/, '$1 checked $2');
        sendHtml(res, html, 200, { 'content-security-policy': CLASSIC_FORM_CSP });
      };
      if (req.method !== 'POST') return renderForm();

      const form = new URLSearchParams(await readBody(req));
      const field = (suffix) => [...form.entries()].find(([name]) => name.endsWith(suffix))?.[1] ?? '';
      const fields = (suffix) => [...form.entries()].filter(([name]) => name.endsWith(suffix)).map(([, value]) => value);
      const oauth = field(':oauth:isOauth') === 'on';
      const app = {
        kind: /** @type {const} */ ('connected-app'),
        name: field(':nameSection:name').trim(),
        email: field(':emailSection:contactEmail').trim(),
        callbackUrl: oauth ? field(':multiCallbackUrlSection:callbackUrl').trim() : '',
        scopes: oauth ? fields(':duelingListBox:backingList_s') : [],
        pkce: field(':pkceSection:pkce') === 'on',
        requireSecretForWebServerFlow: field(':webServerSecretSection:requireSecret') === 'on',
        requireSecretForRefreshTokenFlow: field(':refreshSecretSection:requireSecret') === 'on',
        flowsEnabled: field(':deviceFlowSection:deviceCheckbox') === 'on' ? ['device'] : [],
      };
      if (!app.name || !app.email || (oauth && !app.callbackUrl)) {
        return renderForm('<div class="message errorM3" role="alert">Error: Invalid Data. Review all error messages below to correct your data.</div>');
      }
      const saved = saveApp(portOf(req), orgOf(host), app);
      // Continue keeps the frame's parameters, as JSF links do.
      const keep = ['sfdcIFrameOrigin', 'sfdcIFrameHost', 'isdtp', VARIANT]
        .filter((name) => url.searchParams.has(name))
        .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(url.searchParams.get(name))}">`);
      sendHtml(
        res,
        await renderSalesforcePage('salesforce/ca-saved.html', {
          lang,
          values: { appName: saved.name, detailPath: CA_DETAIL_PATH },
          markup: { hiddenQuery: [`<input type="hidden" name="applicationId" value="${saved.id}">`, ...keep].join('') },
        }),
      );
    },
  },
  {
    name: 'salesforce/ca-detail',
    host: CLASSIC_HOSTS,
    path: CA_DETAIL_PATH,
    async handler(req, res, { url, host, variant, sendReplica }) {
      const app = appOnPort(portOf(req), url.searchParams.get('applicationId') ?? '');
  if (!app || app.org !== orgOf(host)) return sendReplica('salesforce/not-found.html', 404);
  const lang = langOf(variant);
  const html = await renderSalesforcePage('salesforce/ca-detail.html', {
    lang,
    values: {
      appName: app.name,
      email: app.email,
      callbackUrl: app.callbackUrl,
      pkce: String(app.pkce),
      pkceWord: app.pkce ? 'Checked' : 'Not Checked',
      requireSecretWebWord: app.requireSecretForWebServerFlow ? 'Checked' : 'Not Checked',
      consumerUrl: consumerUrl(host, app, variant),
    },
    markup: { scopeItems: scopeItems(app.scopes, lang) },
  });
  sendHtml(res, html);
    },
  },
  {
    name: 'salesforce/verify-identity',
    host: CLASSIC_HOSTS,
    path: VERIFY_PATH,
    async handler(req, res, { url, variant }) {
  const lang = langOf(variant);
  if (req.method === 'POST') {
    const code = new URLSearchParams(await readBody(req)).get('emc') ?? '';
    const ret = url.searchParams.get('retURL') ?? '/';
    if (/^\d{6}$/.test(code.trim()) && ret.startsWith('/') && !ret.startsWith('//')) {
      res.writeHead(302, { location: withVariant(ret, variant) });
      return res.end();
    }
  }
  const error = req.method === 'POST' ? `<div class="loginError" role="alert">${escapeHtml(LABELS[lang].verify_error)}</div>` : '';
  sendHtml(
    res,
    await renderSalesforcePage('salesforce/verify-identity.html', { lang, values: { formAction: url.pathname + url.search }, markup: { error } }),
  );
    },
  },
  {
    name: 'salesforce/consumer-details',
    host: CLASSIC_HOSTS,
    path: CONSUMER_PATH,
    handler: consumerDetailsHandler,
  },
  {
    name: 'salesforce/consumer-details-elsewhere',
    host: CLASSIC_HOSTS,
    path: CONSUMER_ELSEWHERE_PATH,
    handler: consumerDetailsHandler,
  },
];

/**
 * The Consumer Details page, also served by routes.mjs on hosts that are not Setup (a Visualforce
 * host, a lookalike) to show that the extension captures nothing there.
 * @type {import('./server.mjs').Route['handler']}
 */
export async function consumerDetailsHandler(req, res, { url, host, variant, sendReplica }) {
  const app = appOnPort(portOf(req), url.searchParams.get('applicationId') ?? '');
  if (!app || app.org !== orgOf(host)) return sendReplica('salesforce/not-found.html', 404);
  const file = flags(variant).has('old-consumer') ? 'salesforce/consumer-details-old.html' : 'salesforce/consumer-details.html';
  const html = await renderSalesforcePage(file, {
    lang: langOf(variant),
    values: { appName: app.name, consumerKey: app.consumerKey, consumerSecret: app.consumerSecret },
  });
  sendHtml(res, html);
}
