// A sandboxed document (<iframe sandbox> without allow-same-origin, or a CSP sandbox) has a
// console's address but an opaque origin: whoever framed or served it controls what it shows.
// The background refuses its messages by `sender.origin` (lib/background/senders.ts), which older
// Firefox releases may not report; the content scripts stand down there themselves, so such a
// frame draws no card and asks nothing, whatever the browser tells the background.

/** Whether this document's origin is opaque ("null"). */
export function isSandboxedDocument(): boolean {
  return self.origin === 'null';
}
