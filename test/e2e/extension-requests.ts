// Every network request the extension itself makes, as the browser reports it: from its service
// worker (DevTools' Network domain on the worker), from its own pages, and from its content scripts
// (a page's request whose initiating script runs from chrome-extension://). Requests for the
// extension's own files do not leave the browser and are not counted.
import type { Bench } from '../sandbox/browser.mjs';
import type { CDPSession, HTTPRequest, Target } from 'puppeteer';

interface Initiator {
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: Array<{ url: string }>;
  parent?: StackTrace;
}

function stackUrls(stack: StackTrace | undefined): string[] {
  return stack ? [...stack.callFrames.map((frame) => frame.url), ...stackUrls(stack.parent)] : [];
}

export interface RequestWatch {
  /** "<where>: <method> <url>" per request the extension made. */
  requests: string[];
  stop(): Promise<void>;
}

/**
 * Watches the bench's browser from now on. The attached DevTools session keeps the service worker
 * running, so a test that stops the worker cannot use this at the same time.
 */
export async function watchExtensionRequests(bench: Bench): Promise<RequestWatch> {
  const origin = `chrome-extension://${bench.extensionId}`;
  const requests: string[] = [];
  const sessions: CDPSession[] = [];
  // The extension's own files stay in the browser, at its id or at a dynamic address (a
  // web-accessible guide chunk a content script imports is fetched at a per-session id).
  const external = (url: string) => !url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:');

  const watch = async (target: Target) => {
    if (target.type() === 'service_worker' && target.url().startsWith(origin)) {
      const session = await target.createCDPSession();
      sessions.push(session);
      session.on('Network.requestWillBeSent', (event) => {
        if (external(event.request.url)) requests.push(`service worker: ${event.request.method} ${event.request.url}`);
      });
      await session.send('Network.enable');
    } else if (target.type() === 'page') {
      const page = await target.page();
      page?.on('request', (request: HTTPRequest) => {
        if (!external(request.url())) return;
        const initiator = request.initiator() as Initiator | undefined;
        // The guide's chunks run from their dynamic address, not the extension's id.
        const byExtension = page.url().startsWith(origin) || [initiator?.url ?? '', ...stackUrls(initiator?.stack)].some((url) => url.startsWith('chrome-extension://'));
        if (byExtension) requests.push(`${new URL(page.url()).host}: ${request.method()} ${request.url()}`);
      });
    }
  };

  const onCreated = (target: Target) => void watch(target).catch(() => undefined);
  bench.browser.on('targetcreated', onCreated);
  await Promise.all(bench.browser.targets().map(watch));
  return {
    requests,
    async stop() {
      bench.browser.off('targetcreated', onCreated);
      await Promise.all(sessions.map((session) => session.detach().catch(() => undefined)));
    },
  };
}
