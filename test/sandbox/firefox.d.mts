// Types of firefox.mjs for TypeScript tests.
import type { Browser, Page } from 'puppeteer';
import type { Sandbox } from './server.mjs';

export const FIREFOX_EXTENSION_DIR: string;
export const FIREFOX_EXTENSION_ORIGIN: string;
export function firefoxPath(): string | null;

export interface FirefoxBench {
  browser: Browser;
  sandbox: Sandbox;
  /** moz-extension://<fixed uuid> */
  extensionOrigin: string;
  newPage(): Promise<Page>;
  /** popup.html in a tab at popup size (a new tab, or `page` reused), once it has drawn. */
  openPopup(page?: Page): Promise<Page>;
  close(): Promise<void>;
}

export function launchFirefoxBench(options?: { lang?: string; prefs?: Record<string, string | number | boolean> }): Promise<FirefoxBench>;
