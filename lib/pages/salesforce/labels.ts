// What Salesforce's Setup calls things, per language, for finding controls by their label when no
// stable id exists. English, Swedish (FIELD-NOTES "Swedish labels") and German for the External
// Client App form (the German words are the bench's, not confirmed on a real org); add a language
// by adding its words to each list. Scopes are matched by the token in parentheses, never by label.

export const LABELS = {
  newExternalClientApp: ['New External Client App', 'Ny extern klientapp'],
  newConnectedApp: ['New Connected App', 'Ny ansluten app'],
  ecaName: ['External Client App Name', 'Namn på extern klientapp', 'Name der externen Client-App'],
  caName: ['Connected App Name', 'Namn på ansluten app'],
  contactEmail: ['Contact Email', 'Kontakt-e-post', 'Kontakt-E-Mail'],
  distributionState: ['Distribution State', 'Distributionstillstånd', 'Verteilungsstatus'],
  local: ['Local', 'Lokal'],
  enableOauth: ['Enable OAuth', 'Aktivera OAuth', 'OAuth aktivieren'],
  enableOauthSettings: ['Enable OAuth Settings', 'Aktivera OAuth-inställningar'],
  callbackUrl: ['Callback URL', 'Återanrops-URL', 'återanrops-URL', 'Rückruf-URL'],
  availableScopes: ['Available OAuth Scopes', 'Tillgängliga OAuth-omfång', 'Verfügbare OAuth-Bereiche'],
  selectedScopes: ['Selected OAuth Scopes', 'Valda OAuth-omfång', 'Ausgewählte OAuth-Bereiche'],
  moveRight: [
    'Move selection to Selected OAuth Scopes',
    'Flytta markering till Valda OAuth-omfång',
    'Auswahl nach Ausgewählte OAuth-Bereiche verschieben',
  ],
  add: ['Add', 'Lägg till'],
  flows: [
    'Enable Client Credentials Flow',
    'Enable Authorization Code and Credentials Flow',
    'Enable Device Flow',
    'Enable Token Exchange Flow',
    'Enable JWT Bearer Flow',
    'Enable for Device Flow',
    'Aktivera flöde för klientautentiseringsuppgifter',
    'Aktivera flöde för auktoriseringskod och autentiseringsuppgifter',
    'Aktivera enhetsflöde',
    'Aktivera tokenutbytesflöde',
    'Aktivera JWT-innehavarflöde',
    'Aktivera för enhetsflöde',
    'Fluss für Client-Anmeldeinformationen aktivieren',
    'Fluss für Autorisierungscode und Anmeldeinformationen aktivieren',
    'Gerätefluss aktivieren',
    'Token-Austauschfluss aktivieren',
    'JWT-Bearer-Fluss aktivieren',
  ],
  requireSecretWeb: [
    'Require secret for Web Server Flow',
    'Require Secret for Web Server Flow',
    'Kräv hemlighet för webbserverflöde',
    'Geheimnis für Webserver-Fluss anfordern',
  ],
  requireSecretRefresh: [
    'Require secret for Refresh Token Flow',
    'Require Secret for Refresh Token Flow',
    'Kräv hemlighet för uppdateringstokenflöde',
    'Geheimnis für Aktualisierungstoken-Fluss anfordern',
  ],
  pkce: [
    'Require Proof Key for Code Exchange (PKCE) extension for Supported Authorization Flows',
    'Require Proof Key for Code Exchange (PKCE) Extension for Supported Authorization Flows',
    'Kräv PKCE-tillägg (Proof Key for Code Exchange) för auktoriseringsflöden som stöds',
    'PKCE-Erweiterung (Proof Key for Code Exchange) für unterstützte Autorisierungsflüsse anfordern',
  ],
  create: ['Create', 'Skapa', 'Erstellen'],
  save: ['Save', 'Spara'],
  continue: ['Continue', 'Fortsätt'],
  settingsTab: ['Settings', 'Inställningar'],
  consumerKeyAndSecret: ['Consumer Key and Secret', 'Konsumentnyckel och hemlighet'],
  manageConsumerDetails: ['Manage Consumer Details', 'Hantera konsumentinformation'],
  clickToReveal: ['Click to reveal', 'Klicka för att visa'],
  verifyTitle: ['Verify Your Identity', 'Verifiera din identitet'],
  yes: ['Yes', 'Ja', 'Checked', 'true'],
  createExternalClientApp: ['Create an External Client App'],
  createConnectedApp: ['Create a Connected App'],
} as const;

/** The OAuth scope tokens in a label: "Perform requests at any time (refresh_token, offline_access)". */
export function scopeTokens(label: string): string[] {
  const inner = /\(([^()]*)\)\s*$/.exec(label.trim())?.[1];
  return inner ? inner.split(',').map((token) => token.trim()).filter(Boolean) : [];
}
