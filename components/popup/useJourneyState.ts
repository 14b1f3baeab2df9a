// Everything the popup shows, read from storage and re-read whenever storage changes. The popup
// never writes progress: the background owns it, and the popup only sends requests.
import { useEffect, useState } from 'preact/hooks';
import { checklist, type Checklist } from '../../lib/journey/checklist';
import { KeptSecretSchema, type NoticeId, type Progress, type Settings } from '../../lib/schema';
import { KEYS, readNotices, readProgress, readSecret, readSettings } from '../../lib/storage';

export interface JourneyState {
  progress: Progress;
  settings: Settings;
  notices: NoticeId[];
  /** storage.session holds the consumer secret (its value is read only when revealed or copied). */
  hasSecret: boolean;
  /** An encrypted copy of the secret is kept under the admin's passphrase. */
  hasKeptSecret: boolean;
  list: Checklist;
}

export type JourneyLoad = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; state: JourneyState };

const LOCAL_KEYS: readonly string[] = [KEYS.progress, KEYS.settings, KEYS.notices, KEYS.keptSecret];
const SESSION_KEYS: readonly string[] = [KEYS.secret];

async function holdsSecret(): Promise<boolean> {
  try {
    return (await readSecret()) !== undefined;
  } catch {
    // A browser without storage.session cannot hold it.
    return false;
  }
}

/** Read only: unlike readKeptSecret, this never repairs storage (the background does that). */
async function holdsKeptSecret(): Promise<boolean> {
  const raw = (await browser.storage.local.get(KEYS.keptSecret))[KEYS.keptSecret];
  return raw !== undefined && KeptSecretSchema.safeParse(raw).success;
}

export async function loadJourneyState(): Promise<JourneyState> {
  const [progress, settings, notices, hasSecret, hasKeptSecret] = await Promise.all([
    readProgress(),
    readSettings(),
    readNotices(),
    holdsSecret(),
    holdsKeptSecret(),
  ]);
  const list = checklist(progress, { hasSecret, pkce: settings.pkce, syncUserName: settings.syncUserName });
  return { progress, settings, notices, hasSecret, hasKeptSecret, list };
}

export function useJourneyState(): JourneyLoad {
  const [load, setLoad] = useState<JourneyLoad>({ status: 'loading' });

  useEffect(() => {
    let latest = 0;
    let alive = true;
    const refresh = () => {
      const attempt = ++latest;
      loadJourneyState().then(
        (state) => {
          if (alive && attempt === latest) setLoad({ status: 'ready', state });
        },
        () => {
          if (alive && attempt === latest) setLoad({ status: 'failed' });
        },
      );
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      const watched = area === 'local' ? LOCAL_KEYS : area === 'session' ? SESSION_KEYS : [];
      if (Object.keys(changes).some((key) => watched.includes(key))) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    refresh();
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  return load;
}
