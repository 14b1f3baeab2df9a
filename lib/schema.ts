// Everything that crosses a context boundary or lives in storage, as zod schemas. Values that do
// not parse are dropped (messages) or replaced by a clean default with a notice (storage).
import { z } from 'zod';
import { ITEMS, MILESTONES, PATHS, type ItemId } from './journey/steps';

const ITEM_IDS = ITEMS.map((item) => item.id) as [ItemId, ...ItemId[]];

export const AppPathSchema = z.enum(PATHS);
export const ItemIdSchema = z.enum(ITEM_IDS);
export const MilestoneSchema = z.enum(MILESTONES);

/** What a page module read from the app form; a field the page did not show is absent. */
export const AppFormSchema = z.object({
  name: z.string().max(500).optional(),
  email: z.string().max(500).optional(),
  distributionState: z.string().max(100).optional(),
  oauthEnabled: z.boolean().optional(),
  callbackUrls: z.array(z.string().max(2000)).max(50).optional(),
  /** Scopes still on the "available" side. */
  scopesAvailable: z.number().int().min(0).max(1000).optional(),
  pkce: z.boolean().optional(),
  requireSecretForWebServerFlow: z.boolean().optional(),
  requireSecretForRefreshTokenFlow: z.boolean().optional(),
  flowsEnabled: z.array(z.string().max(200)).max(50).optional(),
});
export type AppForm = z.infer<typeof AppFormSchema>;

/** What the app's saved settings show (detail page), read back to catch mistakes early. */
export const AppSettingsSchema = z.object({
  callbackUrls: z.array(z.string().max(2000)).max(50),
  scopes: z.array(z.string().max(200)).max(200),
  pkce: z.boolean().optional(),
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

export const PopupsStateSchema = z.enum(['allowed', 'blocked', 'unknown']);
export type PopupsState = z.infer<typeof PopupsStateSchema>;

/** Facts reported by content scripts. Facts, never decisions: the background reduces them. */
export const ObservationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('seen'), milestone: MilestoneSchema }),
  z.object({ type: z.literal('app-form'), path: AppPathSchema, form: AppFormSchema }),
  z.object({ type: z.literal('app-settings'), path: AppPathSchema, settings: AppSettingsSchema }),
  z.object({ type: z.literal('popups'), state: PopupsStateSchema }),
  z.object({ type: z.literal('oauth-feature'), state: z.enum(['oauth', 'basic']) }),
  z.object({ type: z.literal('connected-apps-disabled') }),
  z.object({ type: z.literal('oauth-error'), code: z.string().max(200) }),
  z.object({ type: z.literal('approval-user'), user: z.string().max(300) }),
]);
export type Observation = z.infer<typeof ObservationSchema>;

/** A Salesforce org as its host names it (lib/hosts.ts salesforceOrgFromHost). */
export const SalesforceOrgSchema = z.object({
  name: z.string().min(1).max(100),
  sandbox: z.boolean(),
});
export type SalesforceOrgRecord = z.infer<typeof SalesforceOrgSchema>;

export const HostsSchema = z.object({
  salesforce: z.string().url().optional(),
  marketo: z.string().url().optional(),
  /** That Marketo was last seen inside Adobe Experience Cloud's shell, whose pop-ups count too. */
  marketoInShell: z.boolean().optional(),
});
export type Hosts = z.infer<typeof HostsSchema>;

export const PROGRESS_VERSION = 1;

export const ProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  path: AppPathSchema,
  /** Who chose the path: nobody yet, the pages the admin opened, or the admin in the popup. */
  pathSource: z.enum(['default', 'observed', 'admin']),
  /** When each milestone was first seen (epoch ms). */
  seen: z.partialRecord(MilestoneSchema, z.number()),
  forms: z.partialRecord(AppPathSchema, AppFormSchema),
  appSettings: z.partialRecord(AppPathSchema, AppSettingsSchema),
  consumerKey: z.string().max(500).optional(),
  credentialSource: z.enum(['captured', 'pasted']).optional(),
  /** The org whose Setup the key and secret were captured in (pasted ones: unknown). */
  credentialOrg: SalesforceOrgSchema.optional(),
  popups: PopupsStateSchema,
  oauthFeature: z.enum(['oauth', 'basic', 'unknown']),
  ticks: z.partialRecord(ItemIdSchema, z.boolean()),
  connectedAppsDisabled: z.boolean(),
  oauthError: z.string().max(200).optional(),
  approvalUser: z.string().max(300).optional(),
  /** The org Marketo's OAuth window is signed in to, from the My Domain host it reached. */
  windowOrg: SalesforceOrgSchema.optional(),
  hosts: HostsSchema,
  completedAt: z.number().optional(),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  appName: z.string().trim().min(1).max(80),
  contactEmail: z.union([z.literal(''), z.string().trim().email().max(254)]),
  /** Origins set by the admin; they win over the hosts learned from visited tabs. */
  salesforceOrigin: z.union([z.literal(''), z.string().url()]),
  marketoOrigin: z.union([z.literal(''), z.string().url()]),
  /** The Salesforce user Marketo should sign in as, to warn on the approval page. */
  syncUserName: z.string().trim().max(200),
  /** Recipe choice: Marketo's live page says PKCE off. */
  pkce: z.boolean(),
  keepSecret: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The consumer secret kept across restarts, encrypted under the admin's passphrase. */
export const KeptSecretSchema = z.object({
  version: z.literal(1),
  salt: z.string().min(1).max(200),
  iv: z.string().min(1).max(200),
  ciphertext: z.string().min(1).max(10_000),
  iterations: z.number().int().min(100_000).max(10_000_000),
});
export type KeptSecret = z.infer<typeof KeptSecretSchema>;

export const NOTICE_IDS = ['progress-reset', 'settings-reset', 'kept-secret-reset', 'secret-gone', 'switched-to-eca'] as const;
export const NoticeIdSchema = z.enum(NOTICE_IDS);
export type NoticeId = z.infer<typeof NoticeIdSchema>;
export const NoticesSchema = z.array(NoticeIdSchema).max(NOTICE_IDS.length);
