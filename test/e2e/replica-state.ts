// What a replica built from Salesforce's base components holds: the state its page component
// kept from its components' change events (test/sandbox/lwc, docs/bench.md), read from the page's
// own world. Never a DOM value: a value shown but never reported would not be saved by Create.
import type { Page } from 'puppeteer';
import { APP_NAME, CONTACT_EMAIL } from './salesforce-helpers';

export type ReplicaState = Record<string, unknown> & { page: string };

export function replicaState(page: Page): Promise<ReplicaState | null> {
  return page.evaluate(() => (window as unknown as { __replicaState?: ReplicaState }).__replicaState ?? null);
}

/** The bench's two shadow modes: synthetic (how Lightning Experience runs today) and native. */
export const SHADOW_MODES = ['synthetic', 'native'] as const;
export type ShadowMode = (typeof SHADOW_MODES)[number];

/** The sandbox-variant flags for a shadow mode and page language. */
export function variantFor(mode: ShadowMode, lang: 'en' | 'sv' | 'de' = 'en'): string {
  return [mode === 'native' ? 'native-shadow' : '', lang === 'en' ? '' : lang].filter(Boolean).join(',');
}

/** The New External Client App form as its components report it once Marketo's recipe is in (PKCE off, no flows). */
export const RECIPE_FORM_STATE = {
  appName: APP_NAME,
  contactEmail: CONTACT_EMAIL,
  distributionState: 'Local',
  enableOauth: true,
  callbackUrl: 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect',
  pkce: false,
  requireSecretWebServer: true,
  requireSecretRefresh: true,
  flowClientCredentials: false,
  flowAuthCode: false,
  flowDevice: false,
  flowTokenExchange: false,
  flowJwtBearer: false,
};
