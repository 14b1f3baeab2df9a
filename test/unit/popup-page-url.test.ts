// Where the popup's "open the page" button goes: the admin's own setting first, then the host
// learned from visited tabs; never anything but the consoles' https origins.
import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../components/popup/pageUrl';
import { initialProgress } from '../../lib/journey/reducer';
import type { StepPage } from '../../lib/journey/steps';
import { defaultSettings } from '../../lib/storage';

const appManager: StepPage = { side: 'salesforce', path: '/lightning/setup/NavigationMenus/home' };
const marketoSync: StepPage = { side: 'marketo', path: '/#SF0A1' };

const learned = { ...initialProgress(), hosts: { salesforce: 'https://acme.my.salesforce-setup.com', marketo: 'https://app-ab12.marketo.com' } };

describe('pageUrl', () => {
  it('is unknown until a host is learned or set', () => {
    expect(pageUrl(appManager, initialProgress(), defaultSettings())).toBeUndefined();
    expect(pageUrl(marketoSync, initialProgress(), defaultSettings())).toBeUndefined();
  });

  it('uses the hosts learned from the tabs the admin visited', () => {
    expect(pageUrl(appManager, learned, defaultSettings())).toBe('https://acme.my.salesforce-setup.com/lightning/setup/NavigationMenus/home');
    expect(pageUrl(marketoSync, learned, defaultSettings())).toBe('https://app-ab12.marketo.com/#SF0A1');
  });

  it('prefers the origins set in the options', () => {
    const settings = { ...defaultSettings(), salesforceOrigin: 'https://other.lightning.force.com', marketoOrigin: 'https://app-zz99.marketo.com' };
    expect(pageUrl(appManager, learned, settings)).toBe('https://other.lightning.force.com/lightning/setup/NavigationMenus/home');
    expect(pageUrl(marketoSync, learned, settings)).toBe('https://app-zz99.marketo.com/#SF0A1');
  });

  it('opens nothing that is not an admin console on https', () => {
    const hosts = (salesforce: string, marketo: string) => ({ ...initialProgress(), hosts: { salesforce, marketo } });
    expect(pageUrl(appManager, hosts('https://evil.example', 'https://x'), defaultSettings())).toBeUndefined();
    expect(pageUrl(appManager, hosts('http://acme.my.salesforce.com', 'https://x'), defaultSettings())).toBeUndefined();
    expect(pageUrl(marketoSync, hosts('https://x', 'https://app-ab12.marketo.com.evil.example'), defaultSettings())).toBeUndefined();
    expect(pageUrl(marketoSync, hosts('https://x', 'https://landing.marketo.com'), defaultSettings())).toBeUndefined();
  });
});
