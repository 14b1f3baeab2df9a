import { describe, expect, it } from 'vitest';
import {
  httpsHostOf,
  isMarketoAppHost,
  isSalesforceLoginHost,
  isSalesforceSetupHost,
  marketoOriginFrom,
  OAUTH_WINDOW_MATCHES,
  salesforceOrgFromHost,
  salesforceOrgOf,
  salesforceOriginFrom,
} from '../../lib/hosts';

describe('Salesforce Setup hosts', () => {
  it.each([
    ['acme.lightning.force.com', 'acme'],
    ['acme.my.salesforce.com', 'acme'],
    ['acme.my.salesforce-setup.com', 'acme'],
    ['acme--uat.sandbox.my.salesforce.com', 'acme--uat'],
    ['acme--uat.sandbox.lightning.force.com', 'acme--uat'],
    ['acme--uat.sandbox.my.salesforce-setup.com', 'acme--uat'],
    ['acme--dev.scratch.my.salesforce-setup.com', 'acme--dev'],
    ['ACME.Lightning.Force.com', 'acme'],
    ['agency.lightning.force.mil', 'agency'],
    ['agency.my.salesforce.mil', 'agency'],
  ])('trusts %s as Setup of org %s', (host, org) => {
    expect(salesforceOrgOf(host)).toBe(org);
  });

  it.each([
    'acme.lightning.force.com.evil.test',
    'acme-lightning.force.com.example',
    'evil-salesforce.com',
    'acme.my.salesforce.com.attacker.net',
    'acme--c.vf.force.com',
    'acme--c.visualforce.com',
    'acme.my.site.com',
    'acme.force.com',
    'lightning.force.com',
    'login.salesforce.com',
    'acme.my.salesforce.co',
    'xn--acme.lightning.force.co',
  ])('does not trust %s as Setup', (host) => {
    expect(isSalesforceSetupHost(host)).toBe(false);
  });

  it.each([
    ['acme.my.salesforce.com', { name: 'acme', sandbox: false }],
    ['acme.lightning.force.com', { name: 'acme', sandbox: false }],
    ['acme--uat.sandbox.my.salesforce.com', { name: 'acme--uat', sandbox: true }],
    ['acme--uat.sandbox.lightning.force.com', { name: 'acme--uat', sandbox: true }],
    ['acme--uat.my.salesforce.com', { name: 'acme--uat', sandbox: true }],
    ['acme--dev.scratch.my.salesforce-setup.com', { name: 'acme--dev', sandbox: true }],
    ['acme-dev-ed.develop.my.salesforce.com', { name: 'acme-dev-ed', sandbox: false }],
    ['login.salesforce.com', null],
    ['acme.my.salesforce.com.evil.test', null],
  ])('names the org of %s', (host, org) => {
    expect(salesforceOrgFromHost(host)).toEqual(org);
  });

  it('runs the OAuth window’s script on My Domain only on the window’s pages', () => {
    const onMyDomain = OAUTH_WINDOW_MATCHES.filter((pattern) => pattern.startsWith('https://*.my.salesforce.com/'));
    expect(onMyDomain.sort()).toEqual([
      'https://*.my.salesforce.com/',
      'https://*.my.salesforce.com/?*',
      'https://*.my.salesforce.com/_ui/identity/verification/*',
      'https://*.my.salesforce.com/services/oauth2/*',
      'https://*.my.salesforce.com/setup/secur/RemoteAccess*',
    ]);
    expect(OAUTH_WINDOW_MATCHES).toContain('https://welcome.salesforce.com/*');
  });

  it('knows the login hosts exactly', () => {
    expect(isSalesforceLoginHost('login.salesforce.com')).toBe(true);
    expect(isSalesforceLoginHost('test.salesforce.com')).toBe(true);
    expect(isSalesforceLoginHost('welcome.salesforce.com')).toBe(true);
    expect(isSalesforceLoginHost('login.salesforce.com.evil.test')).toBe(false);
  });
});

describe('Marketo hosts', () => {
  it.each(['app-ab12.marketo.com', 'engage-ab12.marketo.com', 'app-sjp.marketo.com'])('trusts %s', (host) => {
    expect(isMarketoAppHost(host)).toBe(true);
  });

  it.each([
    'app-ab12.marketo.com.evil.test',
    'evil-marketo.com',
    'marketo.com.evil.example',
    'app.marketo.com',
    'na-ab12.marketo.com',
    'pages.acme.com',
    'acme.mktoweb.com',
    'app-ab12.marketo.co',
  ])('does not trust %s', (host) => {
    expect(isMarketoAppHost(host)).toBe(false);
  });
});

describe('the host of an address', () => {
  it.each([
    ['https://acme.my.salesforce.com/app/mgmt/x', 'acme.my.salesforce.com'],
    ['http://acme.my.salesforce.com/', null],
    ['moz-extension://abc/popup.html', null],
    ['not an address', null],
    [undefined, null],
  ])('%s: %s', (url, host) => {
    expect(httpsHostOf(url)).toBe(host);
  });
});

describe('origins typed by the admin', () => {
  it.each([
    ['acme', 'https://acme.lightning.force.com'],
    ['  acme--uat ', 'https://acme--uat.lightning.force.com'],
    ['https://acme.my.salesforce.com/', 'https://acme.my.salesforce.com'],
    ['acme.lightning.force.com/lightning/setup/SetupOneHome/home', 'https://acme.lightning.force.com'],
    ['acme.my.salesforce-setup.com', 'https://acme.my.salesforce-setup.com'],
  ])('reads the Salesforce address %j', (input, origin) => {
    expect(salesforceOriginFrom(input)).toBe(origin);
  });

  it.each(['', 'https://evil.test', 'not a domain!', 'acme.my.salesforce.com.evil.test'])('refuses the Salesforce address %j', (input) => {
    expect(salesforceOriginFrom(input)).toBeNull();
  });

  it.each([
    ['ab12', 'https://app-ab12.marketo.com'],
    ['app-ab12', 'https://app-ab12.marketo.com'],
    ['https://app-ab12.marketo.com/#MM0A1', 'https://app-ab12.marketo.com'],
  ])('reads the Marketo address %j', (input, origin) => {
    expect(marketoOriginFrom(input)).toBe(origin);
  });

  it.each(['', 'app-ab12.marketo.com.evil.test', 'www.marketo.com'])('refuses the Marketo address %j', (input) => {
    expect(marketoOriginFrom(input)).toBeNull();
  });
});
