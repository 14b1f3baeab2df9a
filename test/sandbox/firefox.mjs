// The bench's second browser: Firefox (Debian's firefox-esr) driven by puppeteer over WebDriver
// BiDi, with the Firefox build of the extension installed as a temporary add-on, pointed at the
// sandbox.
//
// Firefox has no --host-resolver-rules. Instead every https request goes through a loopback proxy
// of ours (network.proxy.*): a CONNECT to a sandbox host is piped to the sandbox server, any other
// host is refused, so a test can never reach the real sites. Build first
// (`npm run build:firefox`): the add-on is loaded from .output/firefox-mv2.

import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { SANDBOX_HOST_PATTERNS } from './routes.mjs';
import { startSandbox } from './server.mjs';

/** The unpacked add-on that `npm run build:firefox` writes. */
export const FIREFOX_EXTENSION_DIR = path.resolve(
  fileURLToPath(new URL('../../', import.meta.url)),
  process.env.WXT_OUT_DIR ?? '.output',
  'firefox-mv2',
);

/** The add-on's id (wxt.config.ts) and the internal UUID we give it, so its pages have a known address. */
const GECKO_ID = 'marketo-sfdc-oauth-guide@example.invalid';
const EXTENSION_UUID = '6b2c3f1e-5a7d-4e8b-9c0f-1d2e3f4a5b6c';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const PAGE_VIEWPORT = { width: 1280, height: 800 };
const POPUP_VIEWPORT = { width: 360, height: 600 };

/** Firefox on this machine: FIREFOX_EXECUTABLE_PATH, else Debian's firefox-esr, else none. */
export function firefoxPath() {
  if (process.env.FIREFOX_EXECUTABLE_PATH) return process.env.FIREFOX_EXECUTABLE_PATH;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** Whether `host` is one the sandbox answers for (the same patterns Chromium's resolver rules map). */
function isSandboxHost(host) {
  return SANDBOX_HOST_PATTERNS.some((pattern) =>
    pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern,
  );
}

/** A loopback proxy that tunnels CONNECTs for sandbox hosts to the sandbox and refuses the rest. */
async function startProxy(sandboxPort) {
  const sockets = new Set();
  const proxy = http.createServer((_req, res) => {
    // Plain http is never the sandbox's: refuse it.
    res.writeHead(403);
    res.end();
  });
  proxy.on('connect', (req, client, head) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const host = (req.url ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!isSandboxHost(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(sandboxPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (proxy.address());
  return {
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve(undefined));
      }),
  };
}

/**
 * Starts a sandbox, its proxy and Firefox with the add-on installed.
 * @param {{ lang?: string, prefs?: Record<string, string | number | boolean> }} [options] lang: the browser's and the
 *   pages' language (intl.locale.requested, intl.accept_languages); prefs: more of Firefox's preferences (an
 *   older release's behaviour, e.g. without the Navigation API)
 */
export async function launchFirefoxBench({ lang = 'en', prefs = {} } = {}) {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox here: install Debian\'s firefox-esr, or set FIREFOX_EXECUTABLE_PATH.');
  if (!fs.existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const sandbox = await startSandbox();
  const proxy = await startProxy(sandbox.port);
  const cleanUp = async () => {
    await proxy.close();
    await sandbox.close();
  };

  /** @type {import('puppeteer').Browser} */
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true, // the sandbox's throwaway certificate
      // WebDriver BiDi navigates only to web addresses unless told otherwise; the tests open the
      // add-on's own pages (moz-extension:) in tabs, as the Chromium bench opens chrome-extension: ones.
      env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      defaultViewport: PAGE_VIEWPORT,
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'intl.locale.requested': lang,
        'intl.accept_languages': lang,
        // Keep Firefox from asking anything of the network at start.
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'extensions.getAddons.cache.enabled': false,
        'services.settings.server': 'https://127.0.0.1:9/',
        ...prefs,
      },
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close().catch(() => undefined);
    await cleanUp();
    throw error;
  }

  let closed = false;
  return {
    browser,
    sandbox,
    extensionOrigin: FIREFOX_EXTENSION_ORIGIN,
    newPage: () => browser.newPage(),

    /** popup.html in a tab at popup size (a new tab, or `page` reused), once it has drawn. */
    async openPopup(page) {
      const popup = page ?? (await browser.newPage());
      await popup.setViewport(POPUP_VIEWPORT);
      // Firefox loads add-on pages in the add-on's own process, whose navigation events puppeteer
      // does not receive: the page loads, but goto() waits in vain. Wait for the page instead.
      await popup.goto(`${FIREFOX_EXTENSION_ORIGIN}/popup.html`, { timeout: 3_000 }).catch(() => undefined);
      await popup.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout: 10_000 });
      return popup;
    },

    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => undefined);
      await cleanUp();
    },
  };
}
