// Runtime messages to the background, typed and validated on arrival. A message that does not
// parse is dropped without being echoed (it might hold a secret).
import { z } from 'zod';
import { AppPathSchema, ItemIdSchema, ObservationSchema } from './schema';
import type { CredentialProblem } from './credentials';
import type { GuideContext } from './pages/page-module';
import type { PopupsAnswer } from './popups';

export const RequestSchema = z.discriminatedUnion('kind', [
  /** From a content script: a fact about the page it runs in. */
  z.object({ kind: z.literal('observe'), observation: ObservationSchema }),
  /** From a content script: whether its tab is Marketo's OAuth window (lib/background/oauth-window.ts). */
  z.object({ kind: z.literal('oauth-window') }),
  /** From a content script: what its guide needs to choose its words. */
  z.object({ kind: z.literal('guide-context') }),
  /** From a content script on Salesforce's consumer details page. */
  z.object({ kind: z.literal('captured'), key: z.string().max(2000), secret: z.string().max(2000) }),
  /** From a content script in Marketo's admin application: the key and secret to fill in. */
  z.object({ kind: z.literal('secret-for-fill') }),
  /** From the popup: the admin's own actions. */
  z.object({ kind: z.literal('tick'), item: ItemIdSchema, done: z.boolean() }),
  z.object({ kind: z.literal('choose-path'), path: AppPathSchema }),
  z.object({ kind: z.literal('paste-credentials'), key: z.string().max(10_000), secret: z.string().max(10_000) }),
  z.object({ kind: z.literal('clear-credentials') }),
  z.object({ kind: z.literal('reset') }),
  z.object({ kind: z.literal('check-popups') }),
  z.object({ kind: z.literal('allow-popups') }),
  z.object({ kind: z.literal('dismiss-notices') }),
]);
export type Request = z.infer<typeof RequestSchema>;

export type CredentialsResult =
  | { ok: true }
  | { ok: false; key?: CredentialProblem; secret?: CredentialProblem };

/** What the background answers to each request. */
export interface Responses {
  observe: { ok: boolean };
  'oauth-window': { oauthWindow: boolean };
  'guide-context': GuideContext;
  captured: CredentialsResult;
  /** Absent key or secret: nothing held (or the secret is gone); the page says so in words. */
  'secret-for-fill': { key?: string; secret?: string };
  tick: { ok: boolean };
  'choose-path': { ok: boolean };
  'paste-credentials': CredentialsResult;
  'clear-credentials': { ok: boolean };
  reset: { ok: boolean };
  /** The pop-up setting for the admin's Marketo (lib/popups.ts). */
  'check-popups': PopupsAnswer;
  'allow-popups': PopupsAnswer;
  'dismiss-notices': { ok: boolean };
}
