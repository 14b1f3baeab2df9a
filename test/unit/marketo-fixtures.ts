// The Marketo and Salesforce-login replicas as unit tests see them: the page the browser gets,
// rendered without its scripts (a panel is what ext-app.js would render from its template), and a
// guide context built from progress the way the background builds it.
import { checklist } from '../../lib/journey/checklist';
import { initialProgress } from '../../lib/journey/reducer';
import type { GuideContext } from '../../lib/pages/page-module';
import type { Progress } from '../../lib/schema';
import { defaultSettings } from '../../lib/storage';
import { marketoClassicApp } from '../sandbox/marketo-variants.mjs';
import { readReplica } from '../sandbox/replicas.mjs';

export const KEY = `3MVG9${'rJ8x_Q.k2Lm'.repeat(8)}`;
export const SECRET = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';

/** Replaces the test document's content with another document's, scripts left out. */
function adopt(html: string): void {
  // Stylesheets are left out before parsing: happy-dom would try to fetch them.
  const parsed = new DOMParser().parseFromString(html.replace(/<link\b[^>]*>/g, ''), 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  document.documentElement.lang = parsed.documentElement.lang;
  if (parsed.documentElement.dataset.auth) document.documentElement.dataset.auth = parsed.documentElement.dataset.auth;
  else delete document.documentElement.dataset.auth;
  document.title = parsed.title;
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
}

/** Sync with Salesforce as ext-app.js renders it, in a variant ("de", "basic", "de,basic"). */
export async function showSyncPage(variant: string | null): Promise<void> {
  adopt(await marketoClassicApp(variant));
  const auth = document.documentElement.dataset.auth ?? 'oauth';
  showTemplate(`template[data-panel="SF0A1"][data-auth="${auth}"]`);
}

/** Adds the content of one of the page's templates, as the app does when Marketo moves on. */
export function showTemplate(selector: string, into: Element = document.body): void {
  const template = document.querySelector<HTMLTemplateElement>(selector);
  if (!template) throw new Error(`no template ${selector}`);
  into.append(template.content.cloneNode(true));
}

/** A page of Salesforce's login host, its {{placeholders}} filled. */
export async function showLoginPage(file: string, values: Record<string, string>): Promise<void> {
  const html = (await readReplica(`salesforce-login/${file}`)).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  adopt(html);
}

export function guideContext(changes: Partial<Progress> = {}, { hasSecret = true, syncUserName = '', salesforceOrigin = '' } = {}): GuideContext {
  const progress = { ...initialProgress(), ...changes };
  const settings = { ...defaultSettings(), syncUserName, salesforceOrigin };
  return { progress, settings, checklist: checklist(progress, { hasSecret, pkce: false, syncUserName }) };
}

/** A Location as the content script sees it, with the origins of the frames above it. */
export function fakeLocation(url: string, ancestors: string[] = []): Location {
  const parsed = new URL(url);
  return { protocol: parsed.protocol, hostname: parsed.hostname, pathname: parsed.pathname, href: parsed.href, ancestorOrigins: ancestors as unknown as DOMStringList } as Location;
}
