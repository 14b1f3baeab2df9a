// Typed, validated access to extension storage. A value that does not parse (corrupt, foreign,
// or from a newer version) is replaced by a clean default and leaves a notice for the popup;
// nothing here throws because of what storage holds.
import type { ZodType } from 'zod';
import { parseConsumerKey, parseConsumerSecret } from './credentials';
import { isMarketoAppHost, isMyDomainName, isSalesforceSetupHost } from './hosts';
import { initialProgress } from './journey/reducer';
import {
  KeptSecretSchema,
  NoticesSchema,
  PROGRESS_VERSION,
  ProgressSchema,
  SETTINGS_VERSION,
  SettingsSchema,
  type KeptSecret,
  type NoticeId,
  type Progress,
  type Settings,
} from './schema';

export const KEYS = {
  progress: 'progress',
  settings: 'settings',
  notices: 'notices',
  keptSecret: 'keptSecret',
  /** storage.session only: memory, extension contexts only. */
  secret: 'secret',
  /** storage.session only: the AES key derived from the passphrase, while the browser runs. */
  keptSecretKey: 'keptSecretKey',
} as const;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    appName: 'Marketo Sync',
    contactEmail: '',
    salesforceOrigin: '',
    marketoOrigin: '',
    syncUserName: '',
    pkce: false,
    keepSecret: false,
  };
}

/**
 * Upgrades an older stored record, one version at a time. Index i turns version i+1 into i+2;
 * empty while version 1 is the only one that ever shipped.
 */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

export function migrate(raw: unknown, current: number, migrations: readonly Migration[]): unknown {
  if (typeof raw !== 'object' || raw === null || !('version' in raw) || typeof raw.version !== 'number') return raw;
  let record = raw as Record<string, unknown> & { version: number };
  while (record.version < current && migrations[record.version - 1]) {
    const next = migrations[record.version - 1](record);
    record = { ...next, version: record.version + 1 };
  }
  return record;
}

const PROGRESS_MIGRATIONS: readonly Migration[] = [];
const SETTINGS_MIGRATIONS: readonly Migration[] = [];

interface Stored<T> {
  key: string;
  schema: ZodType<T>;
  fallback: () => T;
  version: number;
  migrations: readonly Migration[];
  notice: NoticeId;
}

/** An https origin (nothing more) of one of the consoles, as learnedOrigin() records it. */
function isConsoleOrigin(value: string, isHost: (host: string) => boolean): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.origin === value && isHost(url.hostname);
  } catch {
    return false;
  }
}

/**
 * Progress as this extension writes it: beyond its shape, the learned hosts are the consoles'
 * origins and the held key is a consumer key. Content scripts open the learned hosts and Marketo
 * is filled with the key, so a foreign record that merely has the shape is not taken either.
 */
const StoredProgressSchema = ProgressSchema.superRefine((progress, context) => {
  const { salesforce, marketo } = progress.hosts;
  if (salesforce !== undefined && !isConsoleOrigin(salesforce, isSalesforceSetupHost)) {
    context.addIssue({ code: 'custom', path: ['hosts', 'salesforce'], message: 'not a Setup origin' });
  }
  if (marketo !== undefined && !isConsoleOrigin(marketo, isMarketoAppHost)) {
    context.addIssue({ code: 'custom', path: ['hosts', 'marketo'], message: 'not a Marketo origin' });
  }
  // Org names are shown in the guide and compared: only My Domain names, as the hosts give them.
  for (const field of ['credentialOrg', 'windowOrg'] as const) {
    const org = progress[field];
    if (org !== undefined && !isMyDomainName(org.name)) context.addIssue({ code: 'custom', path: [field, 'name'], message: 'not a My Domain name' });
  }
  if (progress.consumerKey !== undefined && !parseConsumerKey(progress.consumerKey).ok) {
    context.addIssue({ code: 'custom', path: ['consumerKey'], message: 'not a consumer key' });
  }
});

const PROGRESS: Stored<Progress> = {
  key: KEYS.progress,
  schema: StoredProgressSchema,
  fallback: initialProgress,
  version: PROGRESS_VERSION,
  migrations: PROGRESS_MIGRATIONS,
  notice: 'progress-reset',
};

const SETTINGS: Stored<Settings> = {
  key: KEYS.settings,
  schema: SettingsSchema,
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  notice: 'settings-reset',
};

/** Reads a stored record; absent gives the default, unreadable gives the default and a notice. */
async function read<T>(stored: Stored<T>): Promise<{ value: T; replaced: boolean }> {
  const raw = (await browser.storage.local.get(stored.key))[stored.key];
  if (raw === undefined) return { value: stored.fallback(), replaced: false };
  const parsed = stored.schema.safeParse(migrate(raw, stored.version, stored.migrations));
  if (parsed.success) return { value: parsed.data, replaced: false };
  console.warn(`[oauth-guide] stored ${stored.key} was unreadable and has been reset`);
  return { value: stored.fallback(), replaced: true };
}

/** For the background, the only writer: replaces an unreadable record and records the notice. */
async function readRepairing<T>(stored: Stored<T>): Promise<T> {
  const { value, replaced } = await read(stored);
  if (replaced) {
    await browser.storage.local.set({ [stored.key]: value });
    await addNotice(stored.notice);
  }
  return value;
}

export const readProgress = () => read(PROGRESS).then(({ value }) => value);
export const readProgressRepairing = () => readRepairing(PROGRESS);
export const readSettings = () => read(SETTINGS).then(({ value }) => value);
export const readSettingsRepairing = () => readRepairing(SETTINGS);

export async function writeProgress(progress: Progress): Promise<void> {
  await browser.storage.local.set({ [KEYS.progress]: StoredProgressSchema.parse(progress) });
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEYS.settings]: SettingsSchema.parse(settings) });
}

export async function readNotices(): Promise<NoticeId[]> {
  const parsed = NoticesSchema.safeParse((await browser.storage.local.get(KEYS.notices))[KEYS.notices]);
  return parsed.success ? parsed.data : [];
}

// Repairs of different keys can run at once; their notices are added one after another so
// that none overwrites another's.
let noticesWritten: Promise<void> = Promise.resolve();

export function addNotice(notice: NoticeId): Promise<void> {
  noticesWritten = noticesWritten.catch(() => undefined).then(async () => {
    const notices = await readNotices();
    if (!notices.includes(notice)) await browser.storage.local.set({ [KEYS.notices]: [...notices, notice] });
  });
  return noticesWritten;
}

export async function clearNotices(): Promise<void> {
  await browser.storage.local.remove(KEYS.notices);
}

export async function readKeptSecret(): Promise<KeptSecret | undefined> {
  const raw = (await browser.storage.local.get(KEYS.keptSecret))[KEYS.keptSecret];
  if (raw === undefined) return undefined;
  const parsed = KeptSecretSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  await browser.storage.local.remove(KEYS.keptSecret);
  await addNotice('kept-secret-reset');
  return undefined;
}

/** The held secret; anything that is not one (wrong type, junk, a key) reads as none held. */
export async function readSecret(): Promise<string | undefined> {
  const raw = (await browser.storage.session.get(KEYS.secret))[KEYS.secret];
  if (typeof raw !== 'string') return undefined;
  const parsed = parseConsumerSecret(raw);
  return parsed.ok ? parsed.value : undefined;
}

export async function writeSecret(secret: string): Promise<void> {
  await browser.storage.session.set({ [KEYS.secret]: secret });
}

export async function deleteSecret(): Promise<void> {
  await browser.storage.session.remove(KEYS.secret);
}
