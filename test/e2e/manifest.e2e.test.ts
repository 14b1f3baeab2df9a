// The built manifests ask for exactly what the README ("What it asks for") allows: storage, contentSettings (Chrome
// only: Firefox has no such API), webRequest (to know Marketo's OAuth window by its authorisation
// request; docs/oauth-window.md), scripting (Chrome only: the background injects Marketo's
// recogniser after the page's load event; docs/lightness.md) and the admin consoles' hosts, with
// no broad match pattern. The
// Chrome build is the one the bench loads (npm run build); the Firefox build is made here, in a
// directory of its own, and linted as addons.mozilla.org would. No browser is launched.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../sandbox/browser.mjs';
import { buildFirefox, lintFirefox, type LintResult } from '../firefox/lint.mjs';

// Written out on purpose: a new host or permission must be a decision, not a side effect.
const CONSOLE_HOSTS = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.my.salesforce-setup.com/*',
  'https://login.salesforce.com/*',
  'https://test.salesforce.com/*',
  'https://welcome.salesforce.com/*',
  'https://*.lightning.force.mil/*',
  'https://*.my.salesforce.mil/*',
  'https://*.lightning.crmforce.mil/*',
  'https://*.my.crmforce.mil/*',
  'https://*.lightning.sfcrmapps.cn/*',
  'https://*.my.sfcrmproducts.cn/*',
  'https://*.marketo.com/*',
  'https://experience.adobe.com/*',
];
/** The OAuth window's script runs on Marketo's redirect page only, a path inside a console host. */
const OAUTH_REDIRECT_MATCH = 'https://app.marketo.com/salesforce/*';

// webRequest without "webRequestBlocking" and without "tabs" or "webNavigation": Chrome shows no
// install warning for it beyond the host permissions (webNavigation would add "browsing history").
// Nor for scripting, which injects only where those hosts allow.
const CHROME_PERMISSIONS = ['storage', 'contentSettings', 'webRequest', 'scripting'];
// Manifest V2 lists host access among the permissions.
const FIREFOX_PERMISSIONS = ['storage', 'webRequest', ...CONSOLE_HOSTS];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: Array<string | { resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
  };
}

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

/** A pattern that reaches beyond named hosts: any scheme or http, any host, or a whole TLD. */
function isBroad(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const match = /^([^:]+):\/\/([^/]*)\//.exec(pattern);
  if (!match) return true;
  const [, scheme, host] = match;
  return scheme !== 'https' || host === '*' || host === '' || /^\*\.[^.]+$/.test(host);
}

const hostOf = (pattern: string) => /^https:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';

/** On a console's host: one of the hosts above (a "*." host covers its subdomains), any path. */
function withinConsole(pattern: string): boolean {
  const host = hostOf(pattern);
  return CONSOLE_HOSTS.map(hostOf).some((consoleHost) => host === consoleHost || (consoleHost.startsWith('*.') && host.endsWith(consoleHost.slice(1))));
}

function contentScriptMatches(manifest: Manifest): string[] {
  return (manifest.content_scripts ?? []).flatMap((script) => script.matches);
}

function expectNarrowContentScripts(manifest: Manifest): void {
  const matches = contentScriptMatches(manifest);
  expect(matches.length).toBeGreaterThan(0);
  expect(matches.filter(isBroad)).toEqual([]);
  expect(matches.filter((pattern) => !withinConsole(pattern))).toEqual([]);
  expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*|"tabs"|"webNavigation"|"webRequestBlocking"|vf\.force|visualforce|\.site\.com/);
  // On an org's My Domain the OAuth window's script runs on the window's pages only, not on every page.
  const myDomain = matches.filter((pattern) => hostOf(pattern) === '*.my.salesforce.com');
  expect(myDomain.filter((pattern) => pattern.endsWith('.com/*'))).toEqual([]);
  expect(myDomain).toEqual(expect.arrayContaining(['https://*.my.salesforce.com/setup/secur/RemoteAccess*', 'https://*.my.salesforce.com/_ui/identity/verification/*']));
}

/**
 * The guide's chunks, which the content scripts import on a page of the journey, and the hosts whose
 * pages may load each: the hosts of the content scripts that import it, no other (docs/security.md,
 * "The guide's chunks").
 */
const GUIDE_CHUNKS: Record<string, string[]> = {
  'salesforce-guide.js': ['*.lightning.force.com', '*.lightning.force.mil', '*.lightning.crmforce.mil', '*.lightning.sfcrmapps.cn', '*.my.salesforce-setup.com'],
  'salesforce-classic-guide.js': ['*.my.salesforce.com', '*.my.salesforce.mil', '*.my.crmforce.mil', '*.my.sfcrmproducts.cn', '*.my.salesforce-setup.com'],
  'marketo-guide.js': ['*.marketo.com'],
  'oauth-popup-guide.js': ['login.salesforce.com', 'test.salesforce.com', 'welcome.salesforce.com', '*.my.salesforce.com', '*.my.salesforce.mil', '*.my.crmforce.mil', '*.my.sfcrmproducts.cn', 'app.marketo.com'],
};

/** Marketo's recogniser, which Chrome's background injects after the page's load event (lib/background/marketo-injection.ts). */
const MARKETO_RECOGNISER = 'content-scripts/marketo.js';

/** The files of the manifest's content scripts, and in Chrome the recogniser the background injects. */
function recogniserFiles(manifest: Manifest): string[] {
  const declared = (manifest.content_scripts ?? []).flatMap((script) => {
    expect(script.js?.length).toBe(1);
    return script.js!;
  });
  return manifest.manifest_version === 3 ? [...declared, MARKETO_RECOGNISER] : declared;
}

/** What the recognisers themselves carry: each a file of its own, no shared chunk, no polyfill. */
async function expectLightContentScripts(dir: string, manifest: Manifest): Promise<void> {
  for (const file of recogniserFiles(manifest)) {
    const code = await readFile(path.join(dir, file), 'utf8');
    // webextension-polyfill's wrapper, by the error it builds (the browsers' own APIs answer with promises).
    expect(code).not.toContain('webextension-polyfill');
    expect(code).not.toMatch(/mozWebExtensionPolyfill|The message port closed before a response was received/);
    // The guide is imported, not bundled: no Preact, no overlay.
    expect(code).not.toContain('data-guide-card');
  }
}

describe('isBroad', () => {
  it('tells broad patterns from the consoles’ hosts', () => {
    for (const pattern of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*.marketo.com/*', '*://*.marketo.com/*', 'https://*.com/*']) {
      expect(isBroad(pattern), pattern).toBe(true);
    }
    for (const pattern of [...CONSOLE_HOSTS, OAUTH_REDIRECT_MATCH]) expect(isBroad(pattern), pattern).toBe(false);
  });
});

describe('the Chrome build (MV3)', () => {
  let manifest: Manifest;
  beforeAll(async () => {
    manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  });

  it('asks for storage, contentSettings, webRequest and the consoles’ hosts, nothing optional', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(sorted(manifest.permissions)).toEqual(sorted(CHROME_PERMISSIONS));
    expect(sorted(manifest.host_permissions)).toEqual(sorted(CONSOLE_HOSTS));
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('runs content scripts on the consoles only', () => {
    expectNarrowContentScripts(manifest);
  });

  it("leaves Marketo's recogniser out of the manifest, for the background to inject after the load event", async () => {
    expect((manifest.content_scripts ?? []).flatMap((script) => script.js)).not.toContain(MARKETO_RECOGNISER);
    expect(contentScriptMatches(manifest).filter((pattern) => pattern === 'https://*.marketo.com/*' || hostOf(pattern) === 'experience.adobe.com')).toEqual([]);
    await expect(readFile(path.join(EXTENSION_DIR, MARKETO_RECOGNISER), 'utf8')).resolves.toContain('/marketo-guide.js');
  });

  it('lets only the guide chunks be loaded by pages, each by the hosts whose content script imports it, at an address that changes', async () => {
    const resources = manifest.web_accessible_resources ?? [];
    const byChunk = Object.fromEntries(
      resources.map((entry) => {
        if (typeof entry === 'string') throw new Error(`an MV2 resource in the MV3 manifest: ${entry}`);
        expect(entry.resources).toHaveLength(1);
        expect(entry.use_dynamic_url).toBe(true);
        return [entry.resources[0], sorted(entry.matches.map(hostOf))];
      }),
    );
    expect(byChunk).toEqual(Object.fromEntries(Object.entries(GUIDE_CHUNKS).map(([chunk, hosts]) => [chunk, sorted(hosts)])));
    for (const entry of resources) if (typeof entry !== 'string') expect(entry.matches.filter(isBroad)).toEqual([]);
    // Each chunk is a built file the recognisers name.
    const scripts = await Promise.all(recogniserFiles(manifest).map((file) => readFile(path.join(EXTENSION_DIR, file), 'utf8')));
    for (const chunk of Object.keys(GUIDE_CHUNKS)) {
      expect(scripts.some((code) => code.includes(`/${chunk}`)), chunk).toBe(true);
      await expect(readFile(path.join(EXTENSION_DIR, chunk), 'utf8')).resolves.toMatch(/export\s*\{/);
    }
  });

  it('keeps the guide out of the content scripts, and the polyfill too', async () => {
    await expectLightContentScripts(EXTENSION_DIR, manifest);
  });

  it('carries no Firefox settings', () => {
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
});

describe('the Firefox build (MV2)', () => {
  let outDir: string;
  let dir: string;
  let manifest: Manifest;
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'ext-firefox-'));
    dir = buildFirefox(outDir, { quiet: true });
    manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  });
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('asks for storage, webRequest and the consoles’ hosts, without contentSettings', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(sorted(manifest.permissions)).toEqual(sorted(FIREFOX_PERMISSIONS));
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('contentSettings');
  });

  it("runs content scripts on the consoles only, as in Chrome, with Marketo's recogniser declared rather than injected", async () => {
    expectNarrowContentScripts(manifest);
    const chrome: Manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const marketo = { matches: ['https://*.marketo.com/*', 'https://experience.adobe.com/*'], js: [MARKETO_RECOGNISER], all_frames: true, run_at: 'document_idle' };
    expect(manifest.content_scripts).toEqual(expect.arrayContaining([...(chrome.content_scripts ?? []), marketo]));
    expect(manifest.content_scripts).toHaveLength((chrome.content_scripts ?? []).length + 1);
  });

  it('lets pages load the same guide chunks (MV2 lists files only), and keeps the guide and the polyfill out of the content scripts', async () => {
    expect(sorted(manifest.web_accessible_resources as string[])).toEqual(sorted(Object.keys(GUIDE_CHUNKS)));
    await expectLightContentScripts(dir, manifest);
  });

  it('has an add-on id and declares that it collects no data', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('marketo-sfdc-oauth-guide@example.invalid');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('passes web-ext lint with no errors; the only warnings are Preact’s innerHTML and the content scripts’ import of the guide', async () => {
    const result: LintResult = await lintFirefox(dir);
    expect(result.errors.map((error) => `${error.code} ${error.file ?? ''}: ${error.message}`)).toEqual([]);
    // Preact's diff assigns innerHTML for dangerouslySetInnerHTML, which our code never uses; a
    // content script imports its guide chunk from the extension's own files, at an address only
    // known at run time (runtime.getURL of a fixed path, lib/content/guide-chunk.ts). Any other
    // warning is new and must be looked at.
    const expected = (warning: LintResult['warnings'][number]) =>
      warning.code === 'UNSAFE_VAR_ASSIGNMENT' &&
      (/innerHTML/.test(warning.message) || (/^Unsafe call to import for argument 0$/.test(warning.message) && /^content-scripts\/[\w-]+\.js$/.test(warning.file ?? '')));
    const unexpected = result.warnings.filter((warning) => !expected(warning));
    expect(unexpected.map((warning) => `${warning.code} ${warning.file ?? ''}: ${warning.message}`)).toEqual([]);
  });
});
