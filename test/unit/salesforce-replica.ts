// Loading a Salesforce replica page into the unit tests' DOM (happy-dom): rendered as the sandbox
// serves it, with its behaviour script run where the page module's work depends on it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { vi } from 'vitest';
import { renderSalesforcePage } from '../sandbox/salesforce-pages.mjs';
import { initialProgress } from '../../lib/journey/reducer';
import { checklist } from '../../lib/journey/checklist';
import type { GuideContext } from '../../lib/pages/page-module';
import type { Settings } from '../../lib/schema';

export async function loadReplica(
  file: string,
  options: {
    lang?: 'en' | 'sv' | 'de';
    values?: Record<string, unknown>;
    markup?: Record<string, string>;
    script?: string;
    /** Changes the served HTML, as the sandbox's route does for a variant. */
    transform?: (html: string) => string;
  } = {},
): Promise<void> {
  // Stylesheets are left out: happy-dom does not load them, and says so loudly.
  const rendered = (await renderSalesforcePage(file, options)).replace(/<link rel="stylesheet"[^>]*>/g, '');
  const html = options.transform ? options.transform(rendered) : rendered;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.documentElement.lang = parsed.documentElement.lang;
  // Built apart and then attached, as Lightning inserts content: components see their children.
  const staging = document.createElement('div');
  staging.innerHTML = parsed.body.innerHTML;
  document.body.replaceChildren(...staging.childNodes);
  if (options.script) {
    // Resolved from the repository root (vitest's cwd): happy-dom's environment changes import.meta.url.
    const code = await readFile(path.resolve(process.cwd(), 'test/sandbox/replicas', options.script), 'utf8');
    new Function(code)();
  }
}

export const SETTINGS: Settings = {
  version: 1,
  appName: 'Marketo Sync',
  contactEmail: 'admin@acme.example',
  salesforceOrigin: '',
  marketoOrigin: '',
  syncUserName: '',
  pkce: false,
  keepSecret: false,
};

export function guideContext(overrides: Partial<GuideContext['progress']> = {}, settings = SETTINGS): GuideContext {
  const progress = { ...initialProgress(), ...overrides };
  return { progress, settings, checklist: checklist(progress, { hasSecret: false, pkce: settings.pkce, syncUserName: '' }) };
}

/** Runtime messages the page modules send, answered ok; returns the list they land in. */
export function recordMessages(): unknown[] {
  const sent: unknown[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    sent.push(message);
    return { ok: true };
  }) as typeof browser.runtime.sendMessage);
  return sent;
}
