// Salesforce replica pages that depend on the org's language and on what the forms saved.
//
// A page file holds `{{label}}` for translated text (LABELS below: Salesforce's Setup is fully
// translated, Swedish included; the Swedish labels follow docs/pages.md "Labels and languages"
// where it has them), `{{=name}}` for an escaped value and `{{{name}}}` for prepared markup. The server
// renders them per request; unit tests render them the same way with `renderSalesforcePage`.
//
// German is a test of the extension's fallbacks: no public source gave Salesforce's German
// wording for these pages (docs/pages.md), so the German below is this bench's own and the
// extension holds no German words. A German page must be served by ids and structure alone.

import { readReplica } from './replicas.mjs';

/** @typedef {'en' | 'sv' | 'de'} Lang */

export const SCOPES = [
  { token: 'full', en: 'Full access (full)', sv: 'Fullständig åtkomst (full)', de: 'Vollzugriff (full)' },
  { token: 'api', en: 'Manage user data via APIs (api)', sv: 'Hantera användardata via API:er (api)', de: 'Benutzerdaten über APIs verwalten (api)' },
  { token: 'web', en: 'Manage user data via Web browsers (web)', sv: 'Hantera användardata via webbläsare (web)', de: 'Benutzerdaten über Webbrowser verwalten (web)' },
  {
    token: 'refresh_token',
    en: 'Perform requests at any time (refresh_token, offline_access)',
    sv: 'Utför förfrågningar när som helst (refresh_token, offline_access)',
    de: 'Anfragen jederzeit durchführen (refresh_token, offline_access)',
  },
  {
    token: 'id',
    en: 'Access the identity URL service (id, profile, email, address, phone)',
    sv: 'Åtkomst till identitets-URL-tjänsten (id, profile, email, address, phone)',
    de: 'Auf den Identitäts-URL-Service zugreifen (id, profile, email, address, phone)',
  },
  { token: 'openid', en: 'Access unique user identifiers (openid)', sv: 'Åtkomst till unika användaridentifierare (openid)', de: 'Auf eindeutige Benutzerkennungen zugreifen (openid)' },
  { token: 'chatter_api', en: 'Access Connect REST API resources (chatter_api)', sv: 'Åtkomst till Connect REST API-resurser (chatter_api)', de: 'Auf Connect REST API-Ressourcen zugreifen (chatter_api)' },
  { token: 'pardot_api', en: 'Access Pardot services (pardot_api)', sv: 'Åtkomst till Pardot-tjänster (pardot_api)', de: 'Auf Pardot-Services zugreifen (pardot_api)' },
  { token: 'cdp_profile_api', en: 'Manage Data Cloud profile data (cdp_profile_api)', sv: 'Hantera Data Cloud-profildata (cdp_profile_api)', de: 'Data Cloud-Profildaten verwalten (cdp_profile_api)' },
  { token: 'visualforce', en: 'Manage user data via Visualforce (visualforce)', sv: 'Hantera användardata via Visualforce (visualforce)', de: 'Benutzerdaten über Visualforce verwalten (visualforce)' },
  { token: 'custom_permissions', en: 'Access custom permissions (custom_permissions)', sv: 'Åtkomst till anpassade behörigheter (custom_permissions)', de: 'Auf benutzerdefinierte Berechtigungen zugreifen (custom_permissions)' },
  { token: 'lightning', en: 'Access Lightning applications (lightning)', sv: 'Åtkomst till Lightning-program (lightning)', de: 'Auf Lightning-Anwendungen zugreifen (lightning)' },
  { token: 'content', en: 'Access content resources (content)', sv: 'Åtkomst till innehållsresurser (content)', de: 'Auf Inhaltsressourcen zugreifen (content)' },
  { token: 'wave_api', en: 'Access Analytics REST API resources (wave_api)', sv: 'Åtkomst till Analytics REST API-resurser (wave_api)', de: 'Auf Analytics REST API-Ressourcen zugreifen (wave_api)' },
  { token: 'cdp_query_api', en: 'Perform ANSI SQL queries on Data Cloud data (cdp_query_api)', sv: 'Utför ANSI SQL-frågor på Data Cloud-data (cdp_query_api)', de: 'ANSI SQL-Abfragen für Data Cloud-Daten durchführen (cdp_query_api)' },
];

/** @type {Record<Lang, Record<string, string>>} */
export const LABELS = {
  en: {
    lang: 'en',
    eca_title: 'New External Client App',
    basic_information: 'Basic Information',
    eca_name: 'External Client App Name',
    api_name: 'API Name',
    contact_email: 'Contact Email',
    contact_phone: 'Contact Phone',
    logo_url: 'Logo Image URL',
    icon_url: 'Icon URL',
    description: 'Description',
    distribution_state: 'Distribution State',
    local: 'Local',
    packaged: 'Packaged',
    select_option: 'Select an Option',
    api_section: 'API (Enable OAuth Settings)',
    enable_oauth: 'Enable OAuth',
    callback_url: 'Callback URL',
    oauth_scopes: 'OAuth Scopes',
    available_scopes: 'Available OAuth Scopes',
    selected_scopes: 'Selected OAuth Scopes',
    move_right: 'Move selection to Selected OAuth Scopes',
    move_left: 'Move selection to Available OAuth Scopes',
    flow_enablement: 'Flow Enablement',
    flow_client_credentials: 'Enable Client Credentials Flow',
    flow_auth_code: 'Enable Authorization Code and Credentials Flow',
    flow_device: 'Enable Device Flow',
    flow_token_exchange: 'Enable Token Exchange Flow',
    flow_jwt_bearer: 'Enable JWT Bearer Flow',
    security: 'Security',
    require_secret_web: 'Require secret for Web Server Flow',
    require_secret_refresh: 'Require secret for Refresh Token Flow',
    pkce: 'Require Proof Key for Code Exchange (PKCE) extension for Supported Authorization Flows',
    refresh_token_rotation: 'Enable Refresh Token Rotation',
    jwt_access_tokens: 'Issue JSON Web Token (JWT)-based access tokens for named users',
    push_notifications: 'Push Notifications',
    push_notifications_enable: 'Enable Push Notifications',
    saml: 'SAML Settings',
    saml_enable: 'Enable SAML',
    canvas: 'Canvas App Settings',
    canvas_enable: 'Enable Canvas',
    custom_attributes: 'Custom Attributes',
    custom_attributes_enable: 'Enable Custom Attributes',
    create: 'Create',
    cancel: 'Cancel',
    review_errors: 'Review the errors on this page.',
    ca_title: 'New Connected App',
    ca_name: 'Connected App Name',
    enable_oauth_settings: 'Enable OAuth Settings',
    device_flow: 'Enable for Device Flow',
    add: 'Add',
    remove: 'Remove',
    save: 'Save',
    saved_message:
      'Changes can take up to 10 minutes to take effect. Deleting a parent org also deletes all connected apps with OAuth settings enabled.',
    continue: 'Continue',
    manage_consumer: 'Manage Consumer Details',
    consumer_key: 'Consumer Key',
    consumer_secret: 'Consumer Secret',
    copy: 'Copy',
    click_to_reveal: 'Click to reveal',
    verify_title: 'Verify Your Identity',
    verify_text: 'You\'re trying to access a protected area of Salesforce. To make sure your Salesforce account is secure, we have to verify your identity. Enter the verification code we emailed to a****@example.com.',
    verification_code: 'Verification Code',
    verify: 'Verify',
    verify_error: 'The verification code is invalid. Check the code and try again.',
    summary: 'Summary',
    policies: 'Policies',
    settings: 'Settings',
    oauth_settings: 'OAuth Settings',
    consumer_key_and_secret: 'Consumer Key and Secret',
    app_settings: 'App Settings',
    yes: 'Yes',
    no: 'No',
    connected_app_detail: 'Connected App',
    eca_manager_title: 'External Client App Manager',
    eca_settings_title: 'External Client App Settings',
    allow_connected_apps: 'Allow creation of connected apps',
    allow_connected_apps_help: 'Connected apps are no longer recommended. Create external client apps instead.',
    on: 'On',
    off: 'Off',
    consumer_details: 'Consumer Details',
    oauth_section: 'API (Enable OAuth Settings)',
  },
  sv: {
    lang: 'sv',
    eca_title: 'Ny extern klientapp',
    basic_information: 'Grundläggande information',
    eca_name: 'Namn på extern klientapp',
    api_name: 'API-namn',
    contact_email: 'Kontakt-e-post',
    contact_phone: 'Kontakttelefon',
    logo_url: 'URL för logotypbild',
    icon_url: 'Ikon-URL',
    description: 'Beskrivning',
    distribution_state: 'Distributionstillstånd',
    local: 'Lokal',
    packaged: 'Paketerad',
    select_option: 'Välj ett alternativ',
    api_section: 'API (Aktivera OAuth-inställningar)',
    enable_oauth: 'Aktivera OAuth',
    callback_url: 'Återanrops-URL',
    oauth_scopes: 'OAuth-omfång',
    available_scopes: 'Tillgängliga OAuth-omfång',
    selected_scopes: 'Valda OAuth-omfång',
    move_right: 'Flytta markering till Valda OAuth-omfång',
    move_left: 'Flytta markering till Tillgängliga OAuth-omfång',
    flow_enablement: 'Flödesaktivering',
    flow_client_credentials: 'Aktivera flöde för klientautentiseringsuppgifter',
    flow_auth_code: 'Aktivera flöde för auktoriseringskod och autentiseringsuppgifter',
    flow_device: 'Aktivera enhetsflöde',
    flow_token_exchange: 'Aktivera tokenutbytesflöde',
    flow_jwt_bearer: 'Aktivera JWT-innehavarflöde',
    security: 'Säkerhet',
    require_secret_web: 'Kräv hemlighet för webbserverflöde',
    require_secret_refresh: 'Kräv hemlighet för uppdateringstokenflöde',
    pkce: 'Kräv PKCE-tillägg (Proof Key for Code Exchange) för auktoriseringsflöden som stöds',
    refresh_token_rotation: 'Aktivera rotation av uppdateringstoken',
    jwt_access_tokens: 'Utfärda JWT-baserade åtkomsttoken (JSON Web Token) för namngivna användare',
    push_notifications: 'Push-meddelanden',
    push_notifications_enable: 'Aktivera push-meddelanden',
    saml: 'SAML-inställningar',
    saml_enable: 'Aktivera SAML',
    canvas: 'Canvas-appinställningar',
    canvas_enable: 'Aktivera Canvas',
    custom_attributes: 'Anpassade attribut',
    custom_attributes_enable: 'Aktivera anpassade attribut',
    create: 'Skapa',
    cancel: 'Avbryt',
    review_errors: 'Granska felen på den här sidan.',
    ca_title: 'Ny ansluten app',
    ca_name: 'Namn på ansluten app',
    enable_oauth_settings: 'Aktivera OAuth-inställningar',
    device_flow: 'Aktivera för enhetsflöde',
    add: 'Lägg till',
    remove: 'Ta bort',
    save: 'Spara',
    saved_message:
      'Det kan ta upp till 10 minuter innan ändringarna träder i kraft. Om en överordnad organisation tas bort tas även alla anslutna appar med OAuth-inställningar bort.',
    continue: 'Fortsätt',
    manage_consumer: 'Hantera konsumentinformation',
    consumer_key: 'Konsumentnyckel',
    consumer_secret: 'Konsumenthemlighet',
    copy: 'Kopiera',
    click_to_reveal: 'Klicka för att visa',
    verify_title: 'Verifiera din identitet',
    verify_text: 'Du försöker komma åt ett skyddat område i Salesforce. För att skydda ditt Salesforce-konto måste vi verifiera din identitet. Ange verifieringskoden som vi skickade till a****@example.com.',
    verification_code: 'Verifieringskod',
    verify: 'Verifiera',
    verify_error: 'Verifieringskoden är ogiltig. Kontrollera koden och försök igen.',
    summary: 'Sammanfattning',
    policies: 'Principer',
    settings: 'Inställningar',
    oauth_settings: 'OAuth-inställningar',
    consumer_key_and_secret: 'Konsumentnyckel och hemlighet',
    app_settings: 'Appinställningar',
    yes: 'Ja',
    no: 'Nej',
    connected_app_detail: 'Ansluten app',
    eca_manager_title: 'Hanterare för externa klientappar',
    eca_settings_title: 'Inställningar för externa klientappar',
    allow_connected_apps: 'Tillåt skapande av anslutna appar',
    allow_connected_apps_help: 'Anslutna appar rekommenderas inte längre. Skapa externa klientappar i stället.',
    on: 'På',
    off: 'Av',
    consumer_details: 'Konsumentinformation',
    oauth_section: 'API (Aktivera OAuth-inställningar)',
  },
  de: {
    lang: 'de',
    eca_title: 'Neue externe Client-App',
    basic_information: 'Grundlegende Informationen',
    eca_name: 'Name der externen Client-App',
    api_name: 'API-Name',
    contact_email: 'Kontakt-E-Mail',
    contact_phone: 'Kontakttelefon',
    logo_url: 'Logobild-URL',
    icon_url: 'Symbol-URL',
    description: 'Beschreibung',
    distribution_state: 'Verteilungsstatus',
    local: 'Lokal',
    packaged: 'Verpackt',
    select_option: 'Option auswählen',
    api_section: 'API (OAuth-Einstellungen aktivieren)',
    enable_oauth: 'OAuth aktivieren',
    callback_url: 'Rückruf-URL',
    oauth_scopes: 'OAuth-Bereiche',
    available_scopes: 'Verfügbare OAuth-Bereiche',
    selected_scopes: 'Ausgewählte OAuth-Bereiche',
    move_right: 'Auswahl nach Ausgewählte OAuth-Bereiche verschieben',
    move_left: 'Auswahl nach Verfügbare OAuth-Bereiche verschieben',
    flow_enablement: 'Flussaktivierung',
    flow_client_credentials: 'Fluss für Client-Anmeldeinformationen aktivieren',
    flow_auth_code: 'Fluss für Autorisierungscode und Anmeldeinformationen aktivieren',
    flow_device: 'Gerätefluss aktivieren',
    flow_token_exchange: 'Token-Austauschfluss aktivieren',
    flow_jwt_bearer: 'JWT-Bearer-Fluss aktivieren',
    security: 'Sicherheit',
    require_secret_web: 'Geheimnis für Webserver-Fluss anfordern',
    require_secret_refresh: 'Geheimnis für Aktualisierungstoken-Fluss anfordern',
    pkce: 'PKCE-Erweiterung (Proof Key for Code Exchange) für unterstützte Autorisierungsflüsse anfordern',
    refresh_token_rotation: 'Rotation von Aktualisierungstoken aktivieren',
    jwt_access_tokens: 'JWT-basierte Zugriffstoken (JSON Web Token) für benannte Benutzer ausgeben',
    push_notifications: 'Push-Benachrichtigungen',
    push_notifications_enable: 'Push-Benachrichtigungen aktivieren',
    saml: 'SAML-Einstellungen',
    saml_enable: 'SAML aktivieren',
    canvas: 'Canvas-App-Einstellungen',
    canvas_enable: 'Canvas aktivieren',
    custom_attributes: 'Benutzerdefinierte Attribute',
    custom_attributes_enable: 'Benutzerdefinierte Attribute aktivieren',
    create: 'Erstellen',
    cancel: 'Abbrechen',
    review_errors: 'Überprüfen Sie die Fehler auf dieser Seite.',
    ca_title: 'Neue verbundene App',
    ca_name: 'Name der verbundenen App',
    enable_oauth_settings: 'OAuth-Einstellungen aktivieren',
    device_flow: 'Für Gerätefluss aktivieren',
    add: 'Hinzufügen',
    remove: 'Entfernen',
    save: 'Speichern',
    saved_message:
      'Es kann bis zu 10 Minuten dauern, bis Änderungen wirksam werden. Beim Löschen einer übergeordneten Organisation werden auch alle verbundenen Apps mit aktivierten OAuth-Einstellungen gelöscht.',
    continue: 'Weiter',
    manage_consumer: 'Consumer-Details verwalten',
    consumer_key: 'Consumer-Schlüssel',
    consumer_secret: 'Consumer-Geheimnis',
    copy: 'Kopieren',
    click_to_reveal: 'Zum Anzeigen klicken',
    verify_title: 'Identität bestätigen',
    verify_text: 'Sie versuchen, auf einen geschützten Bereich von Salesforce zuzugreifen. Um Ihr Salesforce-Konto zu schützen, müssen wir Ihre Identität bestätigen. Geben Sie den Bestätigungscode ein, den wir an a****@example.com gesendet haben.',
    verification_code: 'Bestätigungscode',
    verify: 'Bestätigen',
    verify_error: 'Der Bestätigungscode ist ungültig. Überprüfen Sie den Code und versuchen Sie es erneut.',
    summary: 'Zusammenfassung',
    policies: 'Richtlinien',
    settings: 'Einstellungen',
    oauth_settings: 'OAuth-Einstellungen',
    consumer_key_and_secret: 'Consumer-Schlüssel und -Geheimnis',
    app_settings: 'App-Einstellungen',
    yes: 'Ja',
    no: 'Nein',
    connected_app_detail: 'Verbundene App',
    eca_manager_title: 'Manager für externe Client-Apps',
    eca_settings_title: 'Einstellungen für externe Client-Apps',
    allow_connected_apps: 'Erstellung verbundener Apps zulassen',
    allow_connected_apps_help: 'Verbundene Apps werden nicht mehr empfohlen. Erstellen Sie stattdessen externe Client-Apps.',
    on: 'Ein',
    off: 'Aus',
    consumer_details: 'Consumer-Details',
    oauth_section: 'API (OAuth-Einstellungen aktivieren)',
  },
};

/** App Manager's header in Swedish and German (the German is this bench's own, see salesforce-pages.mjs). */
export const APP_MANAGER_WORDS = {
  sv: {
    'New Lightning App': 'Ny Lightning-app',
    'New Connected App': 'Ny ansluten app',
    'New External Client App': 'Ny extern klientapp',
    'Lightning Experience App Manager': 'Apphanterare för Lightning Experience',
  },
  de: {
    'New Lightning App': 'Neue Lightning-App',
    'New Connected App': 'Neue verbundene App',
    'New External Client App': 'Neue externe Client-App',
    'Lightning Experience App Manager': 'Lightning Experience-App-Manager',
  },
};

/** The variant knob may hold several comma-separated flags: "sv,old-consumer". */
export function flags(variant) {
  return new Set((variant ?? '').split(',').map((flag) => flag.trim()).filter(Boolean));
}

/** @param {string | null} variant @returns {Lang} */
export function langOf(variant) {
  const on = flags(variant);
  return on.has('sv') ? 'sv' : on.has('de') ? 'de' : 'en';
}

export const escapeHtml = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {string} file replica file with {{label}}, {{=value}} and {{{markup}}}
 * @param {{ lang?: Lang, values?: Record<string, unknown>, markup?: Record<string, string> }} [options]
 */
export async function renderSalesforcePage(file, { lang = 'en', values = {}, markup = {} } = {}) {
  const text = await readReplica(file);
  const labels = LABELS[lang];
  return text
    .replace(/\{\{\{(\w+)\}\}\}/g, (_, name) => markup[name] ?? '')
    .replace(/\{\{=(\w+)\}\}/g, (_, name) => escapeHtml(values[name]))
    .replace(/\{\{(\w+)\}\}/g, (whole, name) => (name in labels ? escapeHtml(labels[name]) : whole));
}

/** The scope labels in a language, for the forms' "available" side. */
export function scopeLabels(lang) {
  return SCOPES.map((scope) => scope[lang]);
}

/** The scope labels of saved tokens, for detail pages. */
export function scopeLabelsOf(tokens, lang) {
  return SCOPES.filter((scope) => tokens.includes(scope.token)).map((scope) => scope[lang]);
}
