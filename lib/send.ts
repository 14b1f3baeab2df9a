// Sending a request to the background. Kept apart from lib/messages.ts so that content scripts,
// which only send, do not carry the zod schemas the background validates with.
import type { Request, Responses } from './messages';

export function send<R extends Request>(request: R): Promise<Responses[R['kind']]> {
  return browser.runtime.sendMessage(request) as Promise<Responses[R['kind']]>;
}
