// Marketo Admin > CRM > Sync with Salesforce: where the consumer key and secret go. The fields it
// shows tell whether the subscription has "Enable OAuth for SFDC Sync" (key and secret) or is
// still on basic authentication (username, password, security token).
import { isMarketoAppHost } from '../../hosts';
import type { PageModule } from '../page-module';

// Marketo's UI languages: English, German, French, Japanese, Portuguese, Spanish.
const CONSUMER_KEY_LABELS = ['consumer key', 'verbraucherschlüssel', 'clé du consommateur', 'コンシューマーキー', 'chave do consumidor', 'clave de consumidor'];
const SECURITY_TOKEN_LABELS = ['security token', 'sicherheitstoken', 'jeton de sécurité', 'セキュリティトークン', 'token de segurança', 'token de seguridad'];

function visibleLabels(document: Document): string[] {
  return Array.from(document.querySelectorAll('label'), (label) => (label.textContent ?? '').trim().toLowerCase());
}

function hasLabel(document: Document, names: readonly string[]): boolean {
  return visibleLabels(document).some((text) => names.some((name) => text.startsWith(name)));
}

export const syncWithSalesforce: PageModule = {
  id: 'marketo/sync-with-salesforce',
  // Marketo navigates by hash, and the hash for this page is not documented: decide by content,
  // in Marketo's admin application only (its hosts also serve customers' landing pages).
  matchesUrl: (url) => isMarketoAppHost(url.hostname) && !url.pathname.startsWith('/lp/'),
  isShown: (document) => hasLabel(document, CONSUMER_KEY_LABELS) || hasLabel(document, SECURITY_TOKEN_LABELS),
  observe: (document) => [
    { type: 'seen', milestone: 'mkto-sync-page' },
    { type: 'oauth-feature', state: hasLabel(document, CONSUMER_KEY_LABELS) ? 'oauth' : 'basic' },
  ],
};

// Real URLs:
//   https://app-<pod>.marketo.com/#SF0A1 (older builds; reached through Admin > CRM)
//   https://experience.adobe.com/#/@<tenant>/so:<munchkin-id>/marketo-engage/classic/ (framing the above)
