// What Salesforce's Setup calls things, one table per language, for finding controls by their
// label where no confirmed id exists. Which table a page is read with is the page's own language
// (<html lang>), never the browser's. Adding a language is adding one block below; a term no source
// gives in that language is left out rather than guessed, and the page modules fall back on
// structure (see docs/pages.md, "Labels and languages", which names the source and the strength of
// every block). Scopes are matched by the token in parentheses, never by label.

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

/** Tables whose words come from sources of different strength, joined key by key (strongest first). */
function joined(...tables: LabelTable[]): LabelTable {
  const table: LabelTable = {};
  for (const part of tables) {
    for (const [key, words] of Object.entries(part) as Array<[LabelKey, readonly string[]]>) table[key] = [...(table[key] ?? []), ...words];
  }
  return table;
}

/*
 * German, French, Spanish, Portuguese (Brazil) and Italian, each from three kinds of source (docs/pages.md,
 * "Labels and languages", names each): Salesforce's own help in that language; third parties quoting the
 * UI, machine translated (Marketo's help "Log in Using OAuth 2.0" in that language, and for German also
 * AWS App Studio's German guide); and for German this project's bench, assumed. A word that is wrong on
 * a real org leaves its field unfound and the card lists it to fill by hand. None of them gives the New
 * External Client App button's words: a wrong word there would keep App Manager from being recognised
 * at all (app-manager.ts waits for the button when the page's language has words for it), so that stays
 * with structure.
 */

/** Salesforce Help (de): ind.mfg_dpe_debug_create_connected_app "Erstellen der verbundenen Anwendung". */
const deSalesforce: LabelTable = {
  newConnectedApp: ['Neue verbundene Anwendung'],
  allowConnectedApps: ['Erstellung verbundener Anwendungen zulassen'],
};

/** Marketo's German help (External Client App) and AWS App Studio's German guide (Connected App), machine translated. */
const deQuoted: LabelTable = {
  newConnectedApp: ['Neue verbundene App'],
  caName: ['Name der verbundenen App'],
  distributionState: ['Verteilungsstatus'],
  enableOauth: ['OAuth aktivieren'],
  enableOauthSettings: ['OAuth-Einstellungen aktivieren'],
  callbackUrl: ['Rückruf-URL'],
  selectedScopes: ['Ausgewählte OAuth-Bereiche'],
  requireSecretRefresh: ['Geheime Daten für Aktualisierungstoken-Fluss erfordern'],
  create: ['Erstellen'],
  settingsTab: ['Einstellungen'],
};

/**
 * The rest of the New External Client App form: the wording of this project's bench (its replica of
 * the form in German, docs/bench.md), found in no source, so assumed.
 */
const deBench: LabelTable = {
  ecaName: ['Name der externen Client-App'],
  contactEmail: ['Kontakt-E-Mail'],
  local: ['Lokal'],
  availableScopes: ['Verfügbare OAuth-Bereiche'],
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
};

const de = joined(deSalesforce, deQuoted, deBench);

/** Salesforce Help (fr): ind.mfg_dpe_debug_create_connected_app; Marketo's French help, machine translated. */
const fr = joined(
  { newConnectedApp: ['Nouvelle application connectée'], allowConnectedApps: ["Autoriser la création d'applications connectées"] },
  {
    distributionState: ['État de distribution'],
    local: ['Local'],
    enableOauth: ['Activer OAuth'],
    callbackUrl: ['URL de rappel'],
    requireSecretWeb: ['Exiger un secret pour le flux du serveur web'],
    requireSecretRefresh: ['Exiger un secret pour le flux du jeton d’actualisation'],
    create: ['Créer'],
    settingsTab: ['Paramètres'],
  },
);

/** Marketo's Spanish help, machine translated (Salesforce's own Spanish help named no control). */
const es: LabelTable = {
  distributionState: ['Estado de distribución'],
  local: ['Local'],
  enableOauth: ['Habilitar OAuth'],
  callbackUrl: ['URL de devolución de llamada'],
  requireSecretWeb: ['Requerir secreto para flujo de servidor web'],
  requireSecretRefresh: ['Requerir secreto para flujo de token de actualización'],
  create: ['Crear'],
  settingsTab: ['Configuración'],
};

/** Marketo's Brazilian Portuguese help, machine translated (Salesforce's own named no control). */
const ptBR: LabelTable = {
  distributionState: ['Estado de Distribuição'],
  local: ['Local'],
  enableOauth: ['Ativar OAuth'],
  callbackUrl: ['URL de Retorno'],
  requireSecretWeb: ['Exigir segredo para Fluxo do Servidor Web'],
  requireSecretRefresh: ['Exigir segredo para Fluxo do Token de Atualização'],
  create: ['Criar'],
  settingsTab: ['Configurações'],
};

/** Salesforce Help (it): ind.mfg_dpe_debug_create_connected_app; Marketo's Italian help, machine translated. */
const it = joined(
  {
    newConnectedApp: ['Nuova applicazione connessa'],
    allowConnectedApps: ['Consenti creazione di applicazioni connesse'],
    enableOauthSettings: ['Abilita impostazioni OAuth'],
  },
  {
    distributionState: ['Stato distribuzione'],
    local: ['Locale'],
    callbackUrl: ['URL callback'],
    requireSecretWeb: ['Richiedi segreto per il flusso del server Web'],
    requireSecretRefresh: ['Richiedi segreto per il flusso del token di aggiornamento'],
    create: ['Crea'],
    settingsTab: ['Impostazioni'],
  },
);

/**
 * Dutch, quoted and machine translated: Marketo's Dutch help "Aanmelden met OAuth 2.0" in its Connected
 * App version (New Connected App, Enable OAuth Settings, Add, Save, Continue; the first two also in
 * Microsoft's Dutch Azure AD B2C guide, the only one naming the name field). Salesforce's own Dutch help
 * names the things ("verbonden apps", "externe clientapps") but no control, and the External Client App
 * words of Marketo's later version are word-for-word nonsense (docs/pages.md): App Manager and the
 * External Client App form are read by structure.
 */
const nl: LabelTable = {
  newConnectedApp: ['Nieuwe verbonden app'],
  caName: ['Naam van verbonden app'],
  enableOauthSettings: ['OAuth-instellingen inschakelen'],
  add: ['Toevoegen'],
  save: ['Opslaan'],
  continue: ['Doorgaan'],
};

export const LABEL_TABLES: Readonly<Record<string, LabelTable>> = {
  en,
  sv,
  ja,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  it,
  nl,
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
