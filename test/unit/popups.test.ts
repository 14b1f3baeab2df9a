// Issue 10: "Allow pop-ups" allows exactly the admin's Marketo host (and Experience Cloud's when
// Marketo runs inside it), judges that host and no made-up one, and gives the setting back once
// the sync runs or the admin starts over. Chrome's contentSettings.popups is faked with its rules.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readProgress } from '../../lib/storage';
import { ADOBE_SHELL, MARKETO, ask, frame, popup } from './hardening-cases';

/** The rules this extension set, pattern → setting, as Chrome keeps them. */
let rules: Map<string, string>;
let asked: string[];

function fakeContentSettings() {
  const matches = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));
  return {
    popups: {
      set: async ({ primaryPattern, setting }: { primaryPattern: string; setting: string }) => void rules.set(primaryPattern, setting),
      get: async ({ primaryUrl }: { primaryUrl: string }) => {
        asked.push(primaryUrl);
        return { setting: [...rules].find(([pattern]) => matches(pattern, primaryUrl))?.[1] ?? 'block' };
      },
      clear: async () => rules.clear(),
    },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  rules = new Map();
  asked = [];
  vi.stubGlobal('chrome', { contentSettings: fakeContentSettings() });
});
afterEach(() => vi.unstubAllGlobals());

describe('Allow pop-ups', () => {
  it('from the card on the Marketo app, allows that app host and nothing else', async () => {
    expect(await ask({ kind: 'allow-popups' }, frame(MARKETO))).toEqual({ state: 'allowed', hosts: ['app-ab12.marketo.com'] });
    expect([...rules.keys()]).toEqual(['https://app-ab12.marketo.com/*']);
    expect((await readProgress()).popups).toBe('allowed');
  });

  it('from the card inside Experience Cloud, allows the app host and the shell host, which Chrome judges the window by', async () => {
    const answer = await ask({ kind: 'allow-popups' }, frame('https://app-ab12.marketo.com/', ADOBE_SHELL, 7));
    expect(answer).toEqual({ state: 'allowed', hosts: ['app-ab12.marketo.com', 'experience.adobe.com'] });
    expect([...rules.keys()]).toEqual(['https://app-ab12.marketo.com/*', 'https://experience.adobe.com/*']);
  });

  it('from the popup, allows the Marketo host the extension learned, and judges that host', async () => {
    await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'mkto-sync-page' } }, frame('https://app-cd34.marketo.com/#SF0A1'));
    asked = [];
    expect(await ask({ kind: 'allow-popups' }, popup())).toEqual({ state: 'allowed', hosts: ['app-cd34.marketo.com'] });
    expect([...rules.keys()]).toEqual(['https://app-cd34.marketo.com/*']);
    expect(asked).toEqual(['https://app-cd34.marketo.com/']);
  });

  it('from the popup, allows the shell host too when the Marketo it learned runs inside Experience Cloud', async () => {
    await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'mkto-sync-page' } }, frame('https://app-cd34.marketo.com/#SF0A1', ADOBE_SHELL, 7));
    expect(await ask({ kind: 'allow-popups' }, popup())).toEqual({ state: 'allowed', hosts: ['app-cd34.marketo.com', 'experience.adobe.com'] });
    expect([...rules.keys()]).toEqual(['https://app-cd34.marketo.com/*', 'https://experience.adobe.com/*']);
  });

  it('allows nothing and judges no made-up pod before the extension knows which Marketo', async () => {
    expect(await ask({ kind: 'allow-popups' }, popup())).toEqual({ state: 'unknown' });
    expect(await ask({ kind: 'check-popups' }, popup())).toEqual({ state: 'unknown' });
    expect(rules.size).toBe(0);
    expect(asked).toEqual([]);
    expect((await readProgress()).popups).toBe('unknown');
  });

  it('is given back once the sync runs', async () => {
    await ask({ kind: 'allow-popups' }, frame(MARKETO));
    await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'mkto-sync-running' } }, frame(MARKETO));
    expect((await readProgress()).completedAt).toBeTypeOf('number');
    expect(rules.size).toBe(0);
  });

  it('is given back when the admin starts over', async () => {
    await ask({ kind: 'allow-popups' }, frame(MARKETO));
    await ask({ kind: 'reset' }, popup());
    expect(rules.size).toBe(0);
  });

  it('is not given back by a customer page on the app host saying "Sync in Progress"', async () => {
    await ask({ kind: 'allow-popups' }, frame(MARKETO));
    await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'mkto-sync-running' } }, frame('https://app-ab12.marketo.com/lp/123-ABC-456/sync.html'));
    expect([...rules.keys()]).toEqual(['https://app-ab12.marketo.com/*']);
  });
});
