// The pages' unexpected faces (issue 5, "page variants"): Salesforce and Marketo ship a page that
// differs from the replica (labels renamed, JSF ids changed, a control drawn late or never, the
// components re-rendered after a fill). The page is mutated from here, in its main world, as the
// vendor's own code would; the replica files stay as they are. Whatever the page looks like, the
// page's console stays clean, nothing the admin did not ask for changes, and the guide degrades to
// words: the card says what it could not find and what to do by hand.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'puppeteer';
import { collectConsole, launchBench, type Bench } from '../sandbox/browser.mjs';
import { clickCard, guideRoot, inCard, waitForCardState } from '../sandbox/guide-card.mjs';
import { clearStorage, waitForProgress } from './helpers';
import { KEY, SECRET, SYNC_PAGE, seedExtension, waitForGuideTitle } from './marketo-helpers';
import { SCOPES } from '../sandbox/salesforce-pages.mjs';
import { RECIPE_FORM_STATE, replicaState, SHADOW_MODES, variantFor } from './replica-state';
import { APP_NAME, CONTACT_EMAIL, cardText, clickGuide, expectGuideClearOf, frameWithGuide, guideLayout, setOptions, spotlightBox, waitForCard } from './salesforce-helpers';

type Scope = Page | Frame;

const SETUP = 'https://acme.lightning.force.com';
const APP_MANAGER = `${SETUP}/lightning/setup/NavigationMenus/home`;
const ECA_FORM = `${SETUP}/lightning/setup/ManageExternalClientApplication/create`;
/** The form built from Salesforce's components, in a shadow mode (docs/bench.md). */
const ecaFormIn = (mode: (typeof SHADOW_MODES)[number]) => (variantFor(mode) ? `${ECA_FORM}?sandbox-variant=${variantFor(mode)}` : ECA_FORM);
const CA_FORM_IN_LIGHTNING = `${SETUP}/lightning/setup/NavigationMenus/page?address=${encodeURIComponent('/app/mgmt/forceconnectedapps/forceAppEdit.apexp')}`;
const CALLBACK = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';
/** How long the pages below keep a control back before drawing it. */
const LATE_MS = 3000;

// ---------------------------------------------------------------------------------------------
// The product's own words (English), so that the assertions read what the admin reads.

const MESSAGES = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** chrome.i18n.getMessage, for the en messages: named placeholders filled from `$1`, `$2`. */
function en(key: string, ...substitutions: string[]): string {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`no message ${key}`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

const FIELD = {
  name: en('sf_field_name'),
  email: en('sf_field_email'),
  distribution: en('sf_field_distribution'),
  oauth: en('sf_field_oauth'),
  callback: en('sf_field_callback'),
  scopes: en('sf_field_scopes'),
  flows: en('sf_field_flows'),
  pkce: en('sf_field_pkce'),
  secretWeb: en('sf_field_secret_web'),
  secretRefresh: en('sf_field_secret_refresh'),
};

// ---------------------------------------------------------------------------------------------
// Page-world mutations. Each runs in the page's main world, from evaluateOnNewDocument (before the
// page's own scripts) or evaluate, and must be self-contained: puppeteer sends its source.

/** Lightning components drawn with other words: each component's label-like properties renamed before it renders. */
function renameLightningLabels(renames: Record<string, string>): void {
  // Pages built from Salesforce's components get their words from their host's data-props, read
  // when the page's module mounts them (after parsing): renamed as soon as the host is parsed.
  const renameProps = (host: Element) => {
    const props = JSON.parse(host.getAttribute('data-props') ?? '{}') as { labels?: Record<string, string> };
    for (const [key, value] of Object.entries(props.labels ?? {})) if (Object.hasOwn(renames, value)) props.labels![key] = renames[value];
    host.setAttribute('data-props', JSON.stringify(props));
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && node.matches('[data-lwc-page]:not([data-lwc-mounted])')) renameProps(node);
    }
  }).observe(document, { childList: true, subtree: true });
  const PROPS = ['label', 'source-label', 'selected-label', 'move-right-label', 'move-left-label'];
  const registry = window.customElements;
  const define = registry.define.bind(registry);
  registry.define = (name: string, constructor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
    const prototype = constructor.prototype as { connectedCallback?: () => void };
    const connected = prototype.connectedCallback;
    prototype.connectedCallback = function (this: HTMLElement) {
      for (const prop of PROPS) {
        const value = this.getAttribute(prop);
        if (value !== null && Object.hasOwn(renames, value)) this.setAttribute(prop, renames[value]);
      }
      connected?.call(this);
    };
    define(name, constructor, options);
  };
}

/** The classic Connected App form with other words on its labels (its JSF ids unchanged). */
function renameClassicLabels(renames: Record<string, string>): void {
  if (!location.pathname.endsWith('/forceAppEdit.apexp')) return;
  const rename = (root: ParentNode) => {
    for (const label of root.querySelectorAll('label')) {
      const text = label.textContent?.trim() ?? '';
      if (Object.hasOwn(renames, text)) label.textContent = renames[text];
    }
  };
  document.addEventListener('DOMContentLoaded', () => {
    rename(document);
    for (const template of document.querySelectorAll('template')) rename(template.content);
  });
}

/**
 * The classic Connected App form without its component ids: JSF then generates "j_id0:j_idN"
 * ids, so no id ends in the suffixes the extension knows (":nameSection:name", ...), while each
 * <label for> still names its field. The form's own behaviour (the OAuth section drawn when
 * "Enable OAuth Settings" is ticked, the dueling list box's Add) follows the new ids, as
 * Salesforce's would; the replica's script, which knows only the old ids, is kept out of it.
 */
function stripJsfIds(): void {
  if (!location.pathname.endsWith('/forceAppEdit.apexp')) return;
  const renamed = new Map<string, string>();
  const newId = (old: string) => {
    if (!renamed.has(old)) renamed.set(old, `j_id0:j_id${renamed.size + 10}`);
    return renamed.get(old)!;
  };
  const idFor = (suffix: string) => [...renamed].find(([old]) => old.endsWith(suffix))?.[1] ?? '\u0000';
  const rewrite = (root: ParentNode) => {
    for (const element of root.querySelectorAll('[id*=":"]')) element.id = newId(element.id);
    for (const label of root.querySelectorAll<HTMLLabelElement>('label[for*=":"]')) label.htmlFor = newId(label.htmlFor);
  };
  document.addEventListener('DOMContentLoaded', () => {
    rewrite(document);
    const template = document.getElementById('oauthSectionTemplate') as HTMLTemplateElement | null;
    if (template) rewrite(template.content);
  });
  document.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.id !== idFor(':oauth:isOauth')) return;
    const host = document.getElementById('oauthSectionHost');
    const template = document.getElementById('oauthSectionTemplate') as HTMLTemplateElement | null;
    host?.replaceChildren();
    if (box.checked && template) host?.append(template.content.cloneNode(true));
  });
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('td.buttonCell a');
      if (!link) return;
      event.preventDefault();
      event.stopPropagation();
      const adding = Boolean(link.querySelector('img.rightArrowIcon'));
      const [a, s] = [idFor(':backingList_a'), idFor(':backingList_s')].map((id) => document.getElementById(id) as HTMLSelectElement | null);
      const [from, to] = adding ? [a, s] : [s, a];
      for (const option of [...(from?.selectedOptions ?? [])]) {
        option.selected = false;
        to?.append(option);
      }
    },
    true,
  );
}

/** Marketo's Sync with Salesforce drawing its Consumer Key field `delayMs` after the rest of the form. */
function holdBackMarketoConsumerKey(delayMs: number): void {
  document.addEventListener('DOMContentLoaded', () => {
    const template = document.querySelector<HTMLTemplateElement>('template[data-panel="SF0A1"][data-auth="oauth"]');
    const keyItem = template?.content.querySelector('form .x-form-item');
    if (!keyItem) return;
    keyItem.remove();
    const observer = new MutationObserver(() => {
      const form = document.querySelector('.mkt-sfdc-sync form');
      if (!form) return;
      observer.disconnect();
      setTimeout(() => form.prepend(keyItem), delayMs);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
}

/** Lightning draws the External Client App form again from the server: fresh, empty components. */
async function rerenderEcaForm(): Promise<void> {
  const html = await (await fetch(location.href, { credentials: 'same-origin' })).text();
  const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-lwc-page]');
  const current = document.querySelector('[data-lwc-page]');
  if (!fresh || !current) throw new Error('no form to re-render');
  current.replaceWith(document.importNode(fresh, true));
}

/** ExtJS renders the credential fields again: fresh, empty inputs with new generated ids. */
function rerenderMarketoFields(): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-panel="SF0A1"][data-auth="oauth"]');
  const items = [...document.querySelectorAll('.mkt-sfdc-sync form .x-form-item')];
  const freshItems = [...(template?.content.querySelectorAll('form .x-form-item') ?? [])];
  if (items.length !== 2 || freshItems.length !== 2) throw new Error('unexpected Marketo form');
  items.forEach((item, index) => {
    const fresh = freshItems[index].cloneNode(true) as Element;
    const id = `ext-comp-${9000 + Math.floor(Math.random() * 900) * 2 + index}`;
    fresh.querySelector('input')!.id = id;
    fresh.querySelector('label')!.htmlFor = id;
    item.replaceWith(fresh);
  });
}

// ---------------------------------------------------------------------------------------------
// What the admin sees.

/** The report's lines, one per item. */
function reportLines(scope: Scope): Promise<string[]> {
  return inCard(scope, (root) => [...root.querySelectorAll('[data-guide-report] li')].map((line) => line.textContent?.trim() ?? ''), [] as string[]);
}

/**
 * Clicks a guide action and waits until it has finished (its button busy, then not): a second
 * run of the same action may well leave the same words in the report, so the words cannot tell.
 */
async function runAction(scope: Scope, id: string): Promise<string[]> {
  if (!(await guideRoot(scope))) throw new Error('no guide on the page');
  await inCard(scope, (root) => {
    const state = window as unknown as { guideRuns?: number; guideRunsObserver?: MutationObserver };
    state.guideRunsObserver?.disconnect();
    state.guideRuns = 0;
    state.guideRunsObserver = new MutationObserver((records) => {
      for (const record of records) {
        if (record.oldValue === 'true' && (record.target as Element).getAttribute('aria-busy') === 'false') state.guideRuns! += 1;
      }
    });
    state.guideRunsObserver.observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
  }, undefined);
  await clickCard(scope, `[data-guide-action="${id}"]`);
  await scope.waitForFunction(() => ((window as unknown as { guideRuns?: number }).guideRuns ?? 0) > 0, { timeout: 20_000, polling: 100 });
  return reportLines(scope);
}

/** Waits until the spotlight surrounds `target` (and only it, give or take its padding). */
async function waitForSpotlightOn(scope: Scope, target: ElementHandle<Element>, timeout = 10_000): Promise<void> {
  await waitForCardState(
      scope,
      'the spotlight around the target',
      (root, element: Element) => {
        const spot = root.querySelector('[data-guide-spotlight]');
        if (!spot || !element.isConnected) return false;
        const s = spot.getBoundingClientRect();
        const e = element.getBoundingClientRect();
        if (e.width === 0 || e.height === 0) return false;
        const around = s.left <= e.left + 1 && s.top <= e.top + 1 && s.right >= e.right - 1 && s.bottom >= e.bottom - 1;
        const snug = s.width - e.width < 24 && s.height - e.height < 24;
        return around && snug;
      },
      { timeout },
      target,
    )
    .catch(async (error: Error) => {
      const box = await target.boundingBox().catch(() => null);
      throw new Error(`${error.message}: the spotlight is ${JSON.stringify(await spotlightBox(scope))}, the target ${JSON.stringify(box)}`);
    });
}

/** Waits a moment in which nothing should appear, then says whether the guide draws a spotlight. */
async function spotlightAfter(scope: Scope, ms: number): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return (await spotlightBox(scope)) !== null;
}

async function mustFind(scope: Scope, selector: string): Promise<ElementHandle<Element>> {
  const handle = await scope.waitForSelector(selector, { timeout: 15_000 });
  if (!handle) throw new Error(`nothing matches ${selector}`);
  return handle;
}

/** What the External Client App form's components reported (the replica's state, replica-state.ts). */
async function ecaFormState(page: Page): Promise<Record<string, unknown>> {
  const { page: _page, ...state } = (await replicaState(page)) ?? { page: '' };
  return state;
}

/** The classic form's fields, found through their <label for> (the ids may have changed). */
function caFormByLabel(frame: Frame, labels: Record<string, string>) {
  return frame.evaluate((wanted) => {
    const control = (text: string) => {
      const label = [...document.querySelectorAll<HTMLLabelElement>('label[for]')].find((candidate) => candidate.textContent?.trim() === text);
      return (label ? document.getElementById(label.htmlFor) : null) as (HTMLInputElement & HTMLSelectElement) | null;
    };
    return {
      name: control(wanted.name)?.value,
      email: control(wanted.email)?.value,
      oauth: control(wanted.oauth)?.checked,
      callback: control(wanted.callback)?.value,
      available: control(wanted.available)?.options.length,
      selected: control(wanted.selected)?.options.length,
      pkce: control(wanted.pkce)?.checked,
      secretWeb: control(wanted.secretWeb)?.checked,
      secretRefresh: control(wanted.secretRefresh)?.checked,
      device: control(wanted.device)?.checked,
    };
  }, labels);
}

const CA_LABELS = {
  name: 'Connected App Name',
  email: 'Contact Email',
  oauth: 'Enable OAuth Settings',
  callback: 'Callback URL',
  available: 'Available OAuth Scopes',
  selected: 'Selected OAuth Scopes',
  pkce: 'Require Proof Key for Code Exchange (PKCE) extension for Supported Authorization Flows',
  secretWeb: 'Require secret for Web Server Flow',
  secretRefresh: 'Require secret for Refresh Token Flow',
  device: 'Enable for Device Flow',
};

/** Other words for every label the guide looks up (none of them English or Swedish Setup's). */
const RENAMED: Record<string, string> = {
  'External Client App Name': 'App name (shown to users)',
  'Connected App Name': 'App name (shown to users)',
  'Contact Email': 'Email for questions about this app',
  'Distribution State': 'How the app is distributed',
  'Enable OAuth': 'Turn on OAuth',
  'Enable OAuth Settings': 'Turn on OAuth',
  'Callback URL': 'Redirect URIs',
  'Available OAuth Scopes': 'Scopes you can add',
  'Selected OAuth Scopes': 'Scopes added',
  'Move selection to Selected OAuth Scopes': 'Add the chosen scopes',
  'Move selection to Available OAuth Scopes': 'Remove the chosen scopes',
  'Enable Client Credentials Flow': 'Client Credentials Flow',
  'Enable Authorization Code and Credentials Flow': 'Authorization Code and Credentials Flow',
  'Enable Device Flow': 'Device Flow',
  'Enable Token Exchange Flow': 'Token Exchange Flow',
  'Enable JWT Bearer Flow': 'JWT Bearer Flow',
  'Enable for Device Flow': 'Device Flow',
  'Require secret for Web Server Flow': 'Ask for the secret in the Web Server Flow',
  'Require secret for Refresh Token Flow': 'Ask for the secret in the Refresh Token Flow',
  'Require Proof Key for Code Exchange (PKCE) extension for Supported Authorization Flows': 'Ask for PKCE in the flows that support it',
};

/** The renames for the External Client App form: every label but the name's, the field it is recognised by. */
const ECA_RENAMED = Object.fromEntries(Object.entries(RENAMED).filter(([label]) => label !== 'External Client App Name'));

describe('page variants: the guide degrades to words and the page stays intact', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench();
  });
  afterAll(() => bench?.close());

  async function freshPage(): Promise<{ page: Page; errors: () => string[] }> {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await bench.newPage();
    const console = collectConsole(page);
    return { page, errors: console.errors };
  }

  describe('labels renamed', () => {
    it.each(SHADOW_MODES)('External Client App form (%s shadow): the fill fills what it recognises, names the rest to do by hand, and changes nothing else', async (mode) => {
      const { page, errors } = await freshPage();
      await page.evaluateOnNewDocument(renameLightningLabels, ECA_RENAMED);
      await page.goto(ecaFormIn(mode));
      await waitForCard(page, 'Create the External Client App');
      // The variant took: the page shows the new words, and none of the old ones.
      expect(await page.$('>>> [data-field=contactEmail] >>> label::-p-text(Email for questions about this app)')).not.toBeNull();
      const before = await ecaFormState(page);

      const missing = [FIELD.email, FIELD.distribution, FIELD.oauth, FIELD.callback, FIELD.scopes, FIELD.flows, FIELD.pkce, FIELD.secretWeb, FIELD.secretRefresh];
      expect(await runAction(page, 'fill')).toEqual([en('sf_fill_filled', FIELD.name), en('sf_fill_missing', missing.join(', '))]);
      const after = await ecaFormState(page);
      expect(after.appName).toBe(APP_NAME);
      // The API name follows the name (the page's own doing); every other field is as it was.
      const { appName: _n1, apiName: _a1, openSections: _o1, ...restBefore } = before;
      const { appName: _n2, apiName: _a2, openSections: opened, ...restAfter } = after;
      expect(restAfter).toEqual(restBefore);
      // Without its words for the fields it fills further down, the guide opens every section:
      // the fields its report names are in sight.
      expect([...(opened as string[])].sort()).toEqual(['api', 'basic', 'canvasApp', 'customAttributes', 'pushNotifications', 'samlSettings']);
      expect(restAfter).toMatchObject({ contactEmail: '', distributionState: '', enableOauth: false });

      // The admin ticks the renamed "Enable OAuth" by hand: the guide could not find it, so its
      // card (or the chip standing in for it) keeps off every control of the page, that box
      // among them, and the admin's click reaches the box. The OAuth fields it draws carry new
      // words too. A second fill leaves every one of them as the page drew it.
      await expectGuideClearOf(page, ['>>> [data-field=enableOauth] >>> label', '>>> [data-field=enableOauth] >>> input']);
      await page.locator('>>> [data-field=enableOauth] >>> label').click();
      await page.waitForSelector('>>> [data-field=callbackUrl] >>> textarea');
      // Where the window had no room for the card clear of every control, it stands folded in a chip: the admin opens it.
      if (!(await guideLayout(page)).cardShown) await clickGuide(page, 'chip');
      const drawn = await ecaFormState(page);
      expect(await runAction(page, 'fill')).toEqual([en('sf_fill_unchanged', FIELD.name), en('sf_fill_missing', missing.join(', '))]);
      expect(await ecaFormState(page)).toEqual(drawn);
      expect(drawn).toMatchObject({ enableOauth: true, callbackUrl: '', scopes: [], requireSecretWebServer: true, requireSecretRefresh: true, pkce: true });
      expect(errors()).toEqual([]);
      await page.close();
    });

    it('Connected App form (in its frame): the fields found by id or structure are filled, the ones found only by label are named to do by hand', async () => {
      const { page, errors } = await freshPage();
      await page.evaluateOnNewDocument(renameClassicLabels, RENAMED);
      await page.goto(CA_FORM_IN_LIGHTNING);
      const frame = await frameWithGuide(page, 'forceAppEdit.apexp', 'Create the Connected App');
      expect(await frame.$('label::-p-text(Turn on OAuth)')).not.toBeNull();

      const lines = await runAction(frame, 'fill');
      expect(lines).toEqual([
        en('sf_fill_filled', [FIELD.name, FIELD.email, FIELD.oauth, FIELD.callback, FIELD.scopes].join(', ')),
        // The device flow by its confirmed id, PKCE by the word in its label: both already off.
        en('sf_fill_unchanged', [FIELD.flows, FIELD.pkce].join(', ')),
        en('sf_fill_missing', [FIELD.secretWeb, FIELD.secretRefresh].join(', ')),
      ]);
      // What it could not find is as the page drew it: PKCE off, the secrets' defaults, Device Flow off.
      const renamedLabels = Object.fromEntries(Object.entries(CA_LABELS).map(([field, label]) => [field, RENAMED[label] ?? label]));
      expect(await caFormByLabel(frame, renamedLabels)).toEqual({
        name: APP_NAME,
        email: CONTACT_EMAIL,
        oauth: true,
        callback: CALLBACK,
        available: 0,
        selected: SCOPES.length,
        pkce: false,
        secretWeb: true,
        secretRefresh: false,
        device: false,
      });
      expect(errors()).toEqual([]);
      await page.close();
    });
  });

  it('ids removed: the classic Connected App form without its JSF ids is filled through its labels', async () => {
    const { page, errors } = await freshPage();
    await page.evaluateOnNewDocument(stripJsfIds);
    await page.goto(CA_FORM_IN_LIGHTNING);
    const frame = await frameWithGuide(page, 'forceAppEdit.apexp', 'Create the Connected App');
    // The variant took: no id the extension knows is left.
    expect(await frame.$$eval('[id$=":nameSection:name"], [id$=":oauth:isOauth"], [id$="bottom:save"]', (found) => found.length)).toBe(0);

    const lines = await runAction(frame, 'fill');
    expect(lines.join('\n')).not.toContain(en('sf_fill_missing', '').split(':')[0]);
    expect(lines).toEqual([
      en('sf_fill_filled', [FIELD.name, FIELD.email, FIELD.oauth, FIELD.callback, FIELD.scopes, FIELD.secretRefresh].join(', ')),
      en('sf_fill_unchanged', [FIELD.flows, FIELD.pkce, FIELD.secretWeb].join(', ')),
      en('sf_fill_then_save'),
    ]);
    expect(await caFormByLabel(frame, CA_LABELS)).toEqual({
      name: APP_NAME,
      email: CONTACT_EMAIL,
      oauth: true,
      callback: CALLBACK,
      available: 0,
      selected: SCOPES.length,
      pkce: false,
      secretWeb: true,
      secretRefresh: true,
      device: false,
    });
    // Save has no id either: the guide finds it by its words and points at it.
    await waitForSpotlightOn(frame, await mustFind(frame, 'input[type=submit][value=Save]'));
    expect(errors()).toEqual([]);
    await page.close();
  });

  describe('controls drawn 3 s late', () => {
    it("App Manager's New External Client App: the guide waits, then points at it", async () => {
      const { page, errors } = await freshPage();
      // A slow org: App Manager draws New External Client App LATE_MS after the rest.
      await page.goto(`${APP_MANAGER}?sandbox-variant=eca-button-late`);
      await mustFind(page, 'lightning-button >>> button::-p-text(New Connected App)');
      expect(await page.$('lightning-button >>> button::-p-text(New External Client App)')).toBeNull();
      // Meanwhile nothing points anywhere (a card, if any, says it in words).
      expect(await spotlightAfter(page, 1000)).toBe(false);

      const button = await mustFind(page, 'lightning-button >>> button::-p-text(New External Client App)');
      await waitForCard(page, 'Create an External Client App');
      await waitForSpotlightOn(page, button);
      const progress = await waitForProgress(bench, (p) => p.seen['sf-app-manager'] !== undefined);
      expect(progress.connectedAppsDisabled).toBe(false);
      expect(errors()).toEqual([]);
      await page.close();
    });

    it("Marketo's Consumer Key field: the guide waits for the form, then points at the field", async () => {
      await clearStorage(bench);
      await seedExtension(bench);
      const page = await bench.newPage();
      const console = collectConsole(page);
      await page.evaluateOnNewDocument(holdBackMarketoConsumerKey, LATE_MS);
      await page.goto(SYNC_PAGE);
      await mustFind(page, '.mkt-sfdc-sync input[type=password]');
      expect(await page.$('.mkt-sfdc-sync label::-p-text(Consumer Key)')).toBeNull();
      expect(await spotlightAfter(page, 1000)).toBe(false);

      const key = await mustFind(page, '.mkt-sfdc-sync input[type=text].x-form-field');
      await waitForGuideTitle(page, 'Before you connect');
      await waitForSpotlightOn(page, key);
      expect(await runAction(page, 'fill')).toEqual([
        en('mkto_fill_filled', en('mkto_field_consumer_key')),
        en('mkto_fill_filled', en('mkto_field_consumer_secret')),
        en('mkto_fill_now_save'),
      ]);
      expect(console.errors()).toEqual([]);
      await page.close();
    });
  });

  it('a control that never appears: App Manager without New External Client App says what to do in words, pointing at nothing', async () => {
    const { page, errors } = await freshPage();
    // An org whose App Manager never draws New External Client App.
    await page.goto(`${APP_MANAGER}?sandbox-variant=eca-button-never`);
    await mustFind(page, 'lightning-button >>> button::-p-text(New Connected App)');
    // However long the page module waits for the page to render (RENDER_TIMEOUT_MS, 20 s), the
    // card must come, in words.
    await waitForCard(page, 'Create an External Client App', 25_000);
    expect(await cardText(page, 'body')).toBe(en('sf_app_manager_eca_body'));
    // Nothing to point at: no spotlight, and none later (the guide keeps looking every second).
    expect(await spotlightAfter(page, 2500)).toBe(false);
    // A missing New External Client App is not "Connected Apps are off".
    const progress = await waitForProgress(bench, (p) => p.seen['sf-app-manager'] !== undefined);
    expect(progress.connectedAppsDisabled).toBe(false);
    expect(errors()).toEqual([]);
    await page.close();
  });

  describe('components re-rendered after the fill', () => {
    // Synthetic shadow only: under native shadow the guide does not look for its target again after
    // changes inside the components' shadow roots (placement.ts observes the document), so after the
    // second fill its spotlight stays on the name field instead of moving to Create.
    it.each(['synthetic'] as const)('External Client App form (%s shadow): the guide follows the fresh components and fills them again', async (mode) => {
      const { page, errors } = await freshPage();
      await page.goto(ecaFormIn(mode));
      await waitForCard(page, 'Create the External Client App');
      const firstReport = await runAction(page, 'fill');
      expect(firstReport.join('\n')).toContain(en('sf_fill_filled', '').split(':')[0]);
      expect(firstReport).toContain(en('sf_fill_then_create'));
      // Filled: the guide moved on to Create.
      await waitForSpotlightOn(page, await mustFind(page, '>>> [data-field=create] >>> button'));
      const oldName = await mustFind(page, '>>> [data-field=appName] >>> input');

      await page.evaluate(rerenderEcaForm);
      await page.waitForFunction((old) => !old.isConnected, { polling: 100 }, oldName);
      const freshName = await mustFind(page, '>>> [data-field=appName] >>> input');
      expect(await freshName.evaluate((input) => (input as HTMLInputElement).value)).toBe('');
      // The fresh form is empty again: the guide points at its (new) name field.
      await waitForSpotlightOn(page, freshName);
      expect(await cardText(page, 'title')).toBe('Create the External Client App');

      const again = await runAction(page, 'fill');
      expect(again.join('\n')).not.toContain(en('sf_fill_missing', '').split(':')[0]);
      expect(again).toContain(en('sf_fill_then_create'));
      expect(await ecaFormState(page)).toMatchObject(RECIPE_FORM_STATE);
      expect(((await ecaFormState(page)).scopes as string[]).length).toBe(SCOPES.length);
      await waitForSpotlightOn(page, await mustFind(page, '>>> [data-field=create] >>> button'));
      expect(errors()).toEqual([]);
      await page.close();
    });

    it("Marketo's credential fields: the guide follows the fresh fields and fills them again", async () => {
      await clearStorage(bench);
      await seedExtension(bench);
      const page = await bench.newPage();
      const console = collectConsole(page);
      await page.goto(SYNC_PAGE);
      await waitForGuideTitle(page, 'Before you connect');
      const oldKey = await mustFind(page, '.mkt-sfdc-sync input[type=text].x-form-field');
      await waitForSpotlightOn(page, oldKey);
      const filled = [
        en('mkto_fill_filled', en('mkto_field_consumer_key')),
        en('mkto_fill_filled', en('mkto_field_consumer_secret')),
        en('mkto_fill_now_save'),
      ];
      expect(await runAction(page, 'fill')).toEqual(filled);

      await page.evaluate(rerenderMarketoFields);
      expect(await oldKey.evaluate((input) => input.isConnected)).toBe(false);
      const freshKey = await mustFind(page, '.mkt-sfdc-sync input[type=text].x-form-field');
      await waitForSpotlightOn(page, freshKey);
      // Compared in the page, never printed.
      const holds = () =>
        page.$$eval(
          '.mkt-sfdc-sync input.x-form-field',
          (inputs, key, secret) => [(inputs[0] as HTMLInputElement).value === key, (inputs[1] as HTMLInputElement).value === secret],
          KEY,
          SECRET,
        );
      expect(await holds()).toEqual([false, false]);

      expect(await runAction(page, 'fill')).toEqual(filled);
      expect(await holds()).toEqual([true, true]);
      await waitForSpotlightOn(page, freshKey);
      expect(console.errors()).toEqual([]);
      await page.close();
    });
  });
});
