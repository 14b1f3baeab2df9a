// Requests from the popup to the background. The background may be restarting, not yet
// listening, or refuse: every failure comes back as undefined, so a component shows a clear
// message instead of throwing. Nothing here logs what was sent (it may hold a key or a secret).
import type { Request, Responses } from '../../lib/messages';
import { send } from '../../lib/send';

export async function ask<R extends Request>(request: R): Promise<Responses[R['kind']] | undefined> {
  try {
    const answer = await send(request);
    return answer === null || typeof answer !== 'object' ? undefined : answer;
  } catch {
    return undefined;
  }
}

/** For requests answered with `{ ok }`: true only when the background said it was done. */
export async function askOk(request: Request): Promise<boolean> {
  const answer = (await ask(request)) as { ok?: unknown } | undefined;
  return answer?.ok === true;
}
