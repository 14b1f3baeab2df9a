// What Salesforce's Setup calls things, one table per language, for finding controls by their
// label where no confirmed id exists. Which table a page is read with is the page's own language
// (<html lang>), never the browser's. Adding a language is adding one block below; where a term
// was not found in Salesforce's help in that language it is left out rather than guessed, and the
// page modules fall back on structure (see docs/pages.md, "Labels and languages", which names the
// source of every block). Scopes are matched by the token in parentheses, never by label.

const en = {
  newExternalClientApp: ['New External Client App'],
  newConnectedApp: ['New Connected App'],
  ecaName: ['External Client App Name'],
  caName: ['Connected App Name'],
  contactEmail: ['Contact Email'],
  distributionState: ['Distribution State'],
  local: ['Local'],
  enableOauth: ['Enable OAuth'],
  enableOauthSettings: ['Enable OAuth Settings'],
  callbackUrl: ['Callback URL'],
  availableScopes: ['Available OAuth Scopes'],
  selectedScopes: ['Selected OAuth Scopes'],
  moveRight: ['Move selection to Selected OAuth Scopes'],
  add: ['Add'],
  flows: [
    'Enable Client Credentials Flow',
    'Enable Authorization Code and Credentials Flow',
    'Enable Device Flow',
    'Enable Token Exchange Flow',
    'Enable JWT Bearer Flow',
    'Enable for Device Flow',
  ],
  requireSecretWeb: ['Require secret for Web Server Flow', 'Require Secret for Web Server Flow'],
  requireSecretRefresh: ['Require secret for Refresh Token Flow', 'Require Secret for Refresh Token Flow'],
  pkce: [
    'Require Proof Key for Code Exchange (PKCE) extension for Supported Authorization Flows',
    'Require Proof Key for Code Exchange (PKCE) Extension for Supported Authorization Flows',
  ],
  create: ['Create'],
  save: ['Save'],
  continue: ['Continue'],
  settingsTab: ['Settings'],
  consumerKeyAndSecret: ['Consumer Key and Secret'],
  manageConsumerDetails: ['Manage Consumer Details'],
  clickToReveal: ['Click to reveal'],
  verifyTitle: ['Verify Your Identity'],
  yes: ['Yes', 'Checked', 'true'],
  createExternalClientApp: ['Create an External Client App'],
  createConnectedApp: ['Create a Connected App'],
  allowConnectedApps: ['Allow creation of connected apps'],
} satisfies Record<string, readonly string[]>;

export type LabelKey = keyof typeof en;
type LabelTable = Partial<Record<LabelKey, readonly string[]>>;

/** Swedish: Marketo's Swedish help, machine translated (docs/pages.md, "Labels and languages"). */
const sv: LabelTable = {
  newExternalClientApp: ['Ny extern klientapp'],
  newConnectedApp: ['Ny ansluten app'],
  ecaName: ['Namn på extern klientapp'],
  caName: ['Namn på ansluten app'],
  contactEmail: ['Kontakt-e-post'],
  distributionState: ['Distributionstillstånd', 'Distributionsstatus'],
  local: ['Lokal'],
  enableOauth: ['Aktivera OAuth'],
  enableOauthSettings: ['Aktivera OAuth-inställningar'],
  callbackUrl: ['Återanrops-URL'],
  availableScopes: ['Tillgängliga OAuth-omfång'],
  selectedScopes: ['Valda OAuth-omfång'],
  moveRight: ['Flytta markering till Valda OAuth-omfång'],
  add: ['Lägg till'],
  flows: [
    'Aktivera flöde för klientautentiseringsuppgifter',
    'Aktivera flöde för auktoriseringskod och autentiseringsuppgifter',
    'Aktivera enhetsflöde',
    'Aktivera tokenutbytesflöde',
    'Aktivera JWT-innehavarflöde',
    'Aktivera för enhetsflöde',
  ],
  requireSecretWeb: ['Kräv hemlighet för webbserverflöde'],
  requireSecretRefresh: ['Kräv hemlighet för uppdateringstokenflöde'],
  pkce: ['Kräv PKCE-tillägg (Proof Key for Code Exchange) för auktoriseringsflöden som stöds'],
  create: ['Skapa'],
  save: ['Spara'],
  continue: ['Fortsätt'],
  settingsTab: ['Inställningar'],
  consumerKeyAndSecret: ['Konsumentnyckel och hemlighet', 'Konsumentnyckel och konsumenthemlighet'],
  manageConsumerDetails: ['Hantera konsumentinformation'],
  clickToReveal: ['Klicka för att visa'],
  verifyTitle: ['Verifiera din identitet'],
  yes: ['Ja'],
};

/**
 * Japanese: Salesforce's own help in Japanese (developer guides "接続アプリケーションの定義" and
 * "API インテグレーション用の OAuth 設定の有効化"; Salesforce Help "外部クライアントアプリケーション").
 */
const ja: LabelTable = {
  newConnectedApp: ['新規接続アプリケーション'],
  enableOauthSettings: ['OAuth 設定の有効化'],
  callbackUrl: ['コールバック URL'],
  selectedScopes: ['選択した OAuth 範囲'],
  flows: ['デバイスフローで有効化'],
  requireSecretWeb: ['Web サーバーフローの秘密が必要'],
  requireSecretRefresh: ['更新トークンフローの秘密が必要'],
  pkce: ['コード交換の証明鍵が必要 (PKCE)'],
  save: ['保存'],
};

/**
 * German for the New External Client App form only: the wording of this project's bench (its
 * replica of the form in German), NOT found in Salesforce's German help, so assumed (docs/pages.md).
 * A word that is wrong on a real org leaves that field unfound, and the card lists it to fill by hand.
 */
const de: LabelTable = {
  ecaName: ['Name der externen Client-App'],
  contactEmail: ['Kontakt-E-Mail'],
  distributionState: ['Verteilungsstatus'],
  local: ['Lokal'],
  enableOauth: ['OAuth aktivieren'],
  callbackUrl: ['Rückruf-URL'],
  availableScopes: ['Verfügbare OAuth-Bereiche'],
  selectedScopes: ['Ausgewählte OAuth-Bereiche'],
  moveRight: ['Auswahl nach Ausgewählte OAuth-Bereiche verschieben'],
  flows: [
    'Fluss für Client-Anmeldeinformationen aktivieren',
    'Fluss für Autorisierungscode und Anmeldeinformationen aktivieren',
    'Gerätefluss aktivieren',
    'Token-Austauschfluss aktivieren',
    'JWT-Bearer-Fluss aktivieren',
  ],
  requireSecretWeb: ['Geheimnis für Webserver-Fluss anfordern'],
  requireSecretRefresh: ['Geheimnis für Aktualisierungstoken-Fluss anfordern'],
  pkce: ['PKCE-Erweiterung (Proof Key for Code Exchange) für unterstützte Autorisierungsflüsse anfordern'],
  create: ['Erstellen'],
};

/**
 * Languages whose Setup wording was looked for in Salesforce's help and not found for these
 * controls (docs/pages.md says what was found): known, so not guessed at, and read by structure.
 */
const NOT_FOUND: LabelTable = {};

export const LABEL_TABLES: Readonly<Record<string, LabelTable>> = {
  en,
  sv,
  ja,
  de,
  fr: NOT_FOUND,
  es: NOT_FOUND,
  'pt-BR': NOT_FOUND,
  it: NOT_FOUND,
  nl: NOT_FOUND,
};

/** Every language's words for each control, for the modules that do not read the page's language. */
export const LABELS: Record<LabelKey, readonly string[]> = Object.fromEntries(
  (Object.keys(en) as LabelKey[]).map((key) => [key, [...new Set(Object.values(LABEL_TABLES).flatMap((table) => table[key] ?? []))]]),
) as unknown as Record<LabelKey, readonly string[]>;

/**
 * The table for a page's language tag ("de", "de-DE", "pt-BR", "pt_BR"), or null when the page
 * names none we keep. Salesforce writes Brazilian Portuguese as pt_BR; plain "pt" is read as it.
 */
export function languageOf(doc: Document): string | null {
  const tag = (doc.documentElement.getAttribute('lang') ?? '').trim().replace('_', '-').toLowerCase();
  if (!tag) return null;
  if (tag === 'pt' || tag.startsWith('pt-')) return 'pt-BR';
  const primary = tag.split('-')[0];
  return primary in LABEL_TABLES ? primary : null;
}

/**
 * The words the page shows for `key`: its language's, then English (Salesforce leaves some
 * strings untranslated). A page whose language is unknown is read with every table.
 */
export function labelsFor(doc: Document, key: LabelKey): readonly string[] {
  const lang = languageOf(doc);
  if (lang === null) return LABELS[key];
  return [...(LABEL_TABLES[lang][key] ?? []), ...(lang === 'en' ? [] : en[key])];
}

/** Whether the page names a language whose words for `key` we have (else a module leans on structure). */
export function hasWordsFor(doc: Document, key: LabelKey): boolean {
  const lang = languageOf(doc);
  return lang !== null && (lang === 'en' || (LABEL_TABLES[lang][key]?.length ?? 0) > 0);
}

/** The OAuth scope tokens in a label: "Perform requests at any time (refresh_token, offline_access)". */
export function scopeTokens(label: string): string[] {
  const inner = /\(([^()]*)\)\s*$/.exec(label.trim())?.[1];
  return inner ? inner.split(',').map((token) => token.trim()).filter(Boolean) : [];
}
