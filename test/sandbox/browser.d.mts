// Types of browser.mjs for TypeScript tests.
import type { Browser, Page, WebWorker } from 'puppeteer';
import type { Sandbox } from './server.mjs';

export const EXTENSION_DIR: string;
export const POPUP_VIEWPORT: { width: number; height: number };

export interface BenchOptions {
  /** Browser language: --lang, --accept-lang and LANGUAGE. Default "en". */
  lang?: string;
  /** Keep Chrome's popup blocker on (puppeteer turns it off). Default false. */
  popupBlocking?: boolean;
  /** Load the built extension (true, the default), none (false), or the unpacked build in this directory. */
  extension?: boolean | string;
  /** Default true. */
  headless?: boolean;
}

export interface Bench {
  /** The running Chromium (another one after restart()). */
  readonly browser: Browser;
  sandbox: Sandbox;
  /** 32 letters a-p; null when launched with extension: false. */
  extensionId: string | null;
  serviceWorker(): Promise<WebWorker>;
  /** popup.html in a tab at 360x600 (a new tab, or `page` reused). */
  openPopup(page?: Page): Promise<Page>;
  /** The real toolbar popup for `tab`. */
  openActionPopup(tab: Page): Promise<Page>;
  newPage(): Promise<Page>;
  /** Quits Chromium and starts it again on the same profile: storage.local stays, storage.session goes. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface ConsoleEntry {
  kind: 'console' | 'pageerror';
  text: string;
  url?: string;
}

export function launchBench(options?: BenchOptions): Promise<Bench>;
export function stopServiceWorker(bench: Bench): Promise<boolean>;
export function collectConsole(page: Page): {
  entries: ConsoleEntry[];
  errors(): string[];
  stop(): void;
};
