// Reading Marketo's Sync with Salesforce page: its fields and buttons by the words on them, in
// Marketo's UI languages (English, German, French, Japanese, Portuguese, Spanish), because its
// ExtJS ids change at every render and its hash routes are not documented. Where a word is not
// known for a language the page falls back to words in the guide: nothing here throws.
import { deepElements, findButtonByText, findControlByLabel, labelTextOf, matchesAny } from '../../dom/deep-query';

// Labels as Marketo shows them, with and without the trailing colon.
const withColons = (labels: readonly string[]) => labels.flatMap((label) => [label, `${label}:`]);

export const LABELS = {
  consumerKey: withColons(['Consumer Key', 'Verbraucherschlüssel', 'Clé du consommateur', 'コンシューマーキー', 'Chave do consumidor', 'Clave de consumidor']),
  consumerSecret: withColons(['Consumer Secret', 'Verbrauchergeheimnis', 'Secret du consommateur', 'コンシューマーの秘密', 'Segredo do consumidor', 'Secreto de consumidor']),
  securityToken: withColons(['Security Token', 'Sicherheitstoken', 'Jeton de sécurité', 'セキュリティトークン', 'Token de segurança', 'Token de seguridad']),
} as const;

export const BUTTONS = {
  save: ['Save', 'Speichern', 'Enregistrer', '保存', 'Salvar', 'Guardar'],
  login: ['Login with Salesforce', 'Mit Salesforce anmelden', 'Se connecter avec Salesforce', 'Salesforce でログイン', 'Fazer login com o Salesforce', 'Iniciar sesión con Salesforce'],
  confirm: ['Confirm Credentials', 'Anmeldedaten bestätigen', 'Confirmer les informations d’identification', '資格情報を確認', 'Confirmar credenciais', 'Confirmar credenciales'],
  startSalesforceSync: ['Start Salesforce Sync', 'Salesforce-Synchronisierung starten', 'Démarrer la synchronisation Salesforce', 'Salesforce 同期を開始', 'Iniciar sincronização do Salesforce', 'Iniciar sincronización de Salesforce'],
  startSync: ['Start Sync', 'Synchronisierung starten', 'Démarrer la synchronisation', '同期を開始', 'Iniciar sincronização', 'Iniciar sincronización'],
} as const;

export const PAGE_TEXTS = {
  /** The page's own words when the browser stopped its Salesforce window. */
  popupBlocked: ['blocked the Salesforce window', 'Salesforce-Fenster blockiert'],
  /** The sync status once Start Sync is confirmed. */
  syncRunning: ['Sync in Progress', 'Synchronisierung läuft', 'Synchronisation en cours', '同期中', 'Sincronização em andamento', 'Sincronización en curso'],
} as const;

type Text = HTMLInputElement;

/** A button that is there and can be clicked (ExtJS greys out disabled ones on the table). */
function liveButton(root: ParentNode, labels: readonly string[]): HTMLElement | null {
  const button = findButtonByText<HTMLElement>(root, labels);
  if (!button || !button.isConnected) return null;
  if (button.closest('.x-item-disabled') || (button as HTMLButtonElement).disabled) return null;
  return button;
}

const TEXT_FIELDS = 'input:not([type=hidden]), textarea';

/** Every text field under `root` whose label reads one of `labels`. */
function fieldsLabelled(root: ParentNode, labels: readonly string[]): Text[] {
  const found: Text[] = [];
  for (const element of deepElements(root)) if (element.matches(TEXT_FIELDS) && matchesAny(labelTextOf(element), labels)) found.push(element as Text);
  return found;
}

/**
 * Marketo's own sync form around a Consumer Key field: the smallest element that also holds a
 * Consumer Secret field, if it also holds the form's Save or Login with Salesforce button.
 */
function formAround(key: Element): Element | null {
  for (let box = key.parentElement; box; box = box.parentElement) {
    if (fieldsLabelled(box, LABELS.consumerSecret).length === 0) continue;
    return findButtonByText(box, BUTTONS.save) || findButtonByText(box, BUTTONS.login) ? box : null;
  }
  return null;
}

/**
 * Where the fill puts the key and secret: the two fields of Marketo's sync form, found from the
 * form, never the first field in the document that carries the label. A script of the page can
 * plant a labelled field of its own to read what is filled into it: a field outside the form is
 * not the form's, and a second form, or a second key or secret field in the form, leaves the fill
 * nothing to fill (docs/security.md).
 */
export function fillTargets(document: Document): { key: Text; secret: Text } | null {
  const forms = new Set(fieldsLabelled(document, LABELS.consumerKey).map(formAround));
  const [form] = forms;
  if (forms.size !== 1 || !form) return null;
  const [keys, secrets] = [fieldsLabelled(form, LABELS.consumerKey), fieldsLabelled(form, LABELS.consumerSecret)];
  return keys.length === 1 && secrets.length === 1 ? { key: keys[0], secret: secrets[0] } : null;
}

export const syncPage = {
  consumerKey: (document: Document) => findControlByLabel<Text>(document, LABELS.consumerKey),
  consumerSecret: (document: Document) => findControlByLabel<Text>(document, LABELS.consumerSecret),
  securityToken: (document: Document) => findControlByLabel<Text>(document, LABELS.securityToken),
  save: (document: Document) => liveButton(document, BUTTONS.save),
  login: (document: Document) => liveButton(document, BUTTONS.login),
  /** Confirm Credentials: the button of the dialog Marketo shows minutes after Allow. */
  confirm: (document: Document) => liveButton(document, BUTTONS.confirm),
  startSalesforceSync: (document: Document) => liveButton(document, BUTTONS.startSalesforceSync),
  /** Start Sync; in its confirmation dialog, the dialog's own Start Sync (the last one shown). */
  startSync: (document: Document) => {
    const dialog = document.querySelector('[role=dialog], .x-window');
    return (dialog && liveButton(dialog, BUTTONS.startSync)) || liveButton(document, BUTTONS.startSync);
  },
  /** What the subscription's form shows: OAuth (key, secret), basic (token), or not yet. */
  auth(document: Document): 'oauth' | 'basic' | null {
    if (syncPage.consumerKey(document)) return 'oauth';
    if (syncPage.securityToken(document)) return 'basic';
    return null;
  },
  popupBlockedShown: (document: Document) => shownText(document, (text) => PAGE_TEXTS.popupBlocked.some((wanted) => text.includes(wanted))),
  /** The status reads exactly "Sync in Progress" (a sentence that mentions it is not the status). */
  syncRunningShown: (document: Document) => shownText(document, (text) => (PAGE_TEXTS.syncRunning as readonly string[]).includes(text.trim())),
};

/** Whether the page shows (not hidden, also not by ExtJS's classes) a text that `says` accepts. */
function shownText(document: Document, says: (text: string) => boolean): boolean {
  if (!document.body) return false;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!says(node.textContent ?? '')) continue;
    const parent = node.parentElement;
    if (parent && !parent.closest('[hidden], .x-hide-display, .x-hidden, template, script, style')) return true;
  }
  return false;
}
