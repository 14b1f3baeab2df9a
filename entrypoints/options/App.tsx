// The options page: defaults for the guide (app name, contact email, where the consoles are, the
// sync user, the PKCE recipe choice) and the opt-in keeping of the consumer secret. The whole form
// is validated with SettingsSchema on Save; nothing typed is lost when something is wrong.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CheckboxField } from '../../components/options/CheckboxField';
import { KeepSecretSection, keepMode } from '../../components/options/KeepSecretSection';
import { TextField } from '../../components/options/TextField';
import { passphraseMessageKey } from '../../lib/crypto';
import { t, tDynamic, type MessageKey } from '../../lib/i18n';
import { disableKeeping, enableKeeping, readKeepingState, type KeepingState } from '../../lib/kept-secret';
import { KEYS, readSettings, writeSettings } from '../../lib/storage';
import {
  firstInvalid,
  normaliseHost,
  validateForm,
  valuesFromSettings,
  type FieldErrors,
  type FieldName,
  type FormValues,
  type PassphraseNeed,
} from './form';

type Status = { kind: 'saving' | 'saved' | 'invalid' | 'failed' | 'unlocked'; text: string };

export function App() {
  const [values, setValues] = useState<FormValues>();
  const [keeping, setKeeping] = useState<KeepingState>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>();
  const [changing, setChanging] = useState(false);
  const saving = useRef(false);

  useEffect(() => {
    void Promise.all([readSettings(), readKeepingState()]).then(([settings, state]) => {
      setValues(valuesFromSettings(settings));
      setKeeping(state);
    });
    // The popup or the background may unlock, keep or forget the secret while this page is open.
    const watched = new Set<string>([KEYS.keptSecret, KEYS.keptSecretKey, KEYS.settings]);
    const listener = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some((key) => watched.has(key))) void readKeepingState().then(setKeeping);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  if (!values || !keeping) return <main class="page" aria-busy="true" />;

  function update<K extends keyof FormValues>(field: K, value: FormValues[K]) {
    setValues((current) => current && { ...current, [field]: value });
    setErrors((current) => {
      const next = { ...current };
      delete next[field as FieldName];
      // A new passphrase makes a mismatch with the confirmation a new question.
      if (field === 'passphrase') delete next.confirmation;
      return next;
    });
    setStatus(undefined);
  }

  function passphraseNeed(form: FormValues, state: KeepingState): PassphraseNeed {
    const mode = keepMode(form.keepSecret, state);
    if (mode === 'turning-on' || (mode === 'on' && changing)) return 'required';
    return mode === 'no-passphrase' ? 'optional' : 'none';
  }

  async function save(event: Event) {
    event.preventDefault();
    if (!values || !keeping || saving.current) return;
    const result = validateForm(values, passphraseNeed(values, keeping));
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({ kind: 'invalid', text: t('options_check_fields') });
      const first = firstInvalid(result.errors);
      if (first) document.getElementById(first)?.focus();
      return;
    }
    saving.current = true;
    setStatus({ kind: 'saving', text: t('options_saving') });
    try {
      // Keeping changes go through kept-secret, which owns settings.keepSecret.
      const before = await readKeepingState();
      await writeSettings({ ...result.settings, keepSecret: before.enabled });
      if (!values.keepSecret && before.enabled) {
        await disableKeeping();
      } else if (values.keepSecret && result.newPassphrase !== undefined) {
        const enabled = await enableKeeping(result.newPassphrase);
        if (!enabled.ok) {
          setErrors({ passphrase: passphraseMessageKey(enabled.problem) as MessageKey });
          setStatus({ kind: 'invalid', text: t('options_check_fields') });
          document.getElementById('passphrase')?.focus();
          return;
        }
      }
      setValues(valuesFromSettings(await readSettings()));
      setKeeping(await readKeepingState());
      setChanging(false);
      setErrors({});
      setStatus({ kind: 'saved', text: t('options_saved') });
    } catch {
      setStatus({ kind: 'failed', text: t('options_save_failed') });
    } finally {
      saving.current = false;
    }
  }

  const error = (field: FieldName) => (errors[field] ? tDynamic(errors[field]) : undefined);
  const origin = (kind: 'salesforce' | 'marketo') => {
    const normalised = normaliseHost(kind, values[kind]);
    return normalised ? t('options_host_normalised', normalised) : undefined;
  };

  return (
    <main class="page">
      <header class="page-header">
        <p class="brand">{t('extName')}</p>
        <h1>{t('options_title')}</h1>
        <p>{t('options_intro')}</p>
      </header>

      <form onSubmit={save} noValidate>
        <p class="legend">
          <span class="required" aria-hidden="true">
            *
          </span>{' '}
          {t('options_required_legend')}
        </p>

        <section class="card" aria-labelledby="app-heading">
          <h2 id="app-heading">{t('options_app_heading')}</h2>
          <TextField
            id="appName"
            label={t('options_app_name_label')}
            hint={t('options_app_name_hint')}
            value={values.appName}
            onInput={(value) => update('appName', value)}
            error={error('appName')}
            required
            spellcheck
          />
          <TextField
            id="contactEmail"
            type="email"
            label={t('options_email_label')}
            hint={t('options_email_hint')}
            value={values.contactEmail}
            onInput={(value) => update('contactEmail', value)}
            error={error('contactEmail')}
            autoComplete="email"
            inputMode="email"
          />
        </section>

        <section class="card" aria-labelledby="hosts-heading">
          <h2 id="hosts-heading">{t('options_hosts_heading')}</h2>
          <p class="lead">{t('options_hosts_intro')}</p>
          <TextField
            id="salesforce"
            label={t('options_salesforce_label')}
            hint={t('options_salesforce_hint')}
            value={values.salesforce}
            onInput={(value) => update('salesforce', value)}
            note={origin('salesforce')}
            error={error('salesforce')}
            inputMode="url"
          />
          <TextField
            id="marketo"
            label={t('options_marketo_label')}
            hint={t('options_marketo_hint')}
            value={values.marketo}
            onInput={(value) => update('marketo', value)}
            note={origin('marketo')}
            error={error('marketo')}
            inputMode="url"
          />
        </section>

        <section class="card" aria-labelledby="oauth-heading">
          <h2 id="oauth-heading">{t('options_oauth_heading')}</h2>
          <TextField
            id="syncUserName"
            label={t('options_sync_user_label')}
            hint={t('options_sync_user_hint')}
            value={values.syncUserName}
            onInput={(value) => update('syncUserName', value)}
            error={error('syncUserName')}
            autoComplete="off"
          />
          <CheckboxField id="pkce" label={t('options_pkce_label')} checked={values.pkce} onChange={(checked) => update('pkce', checked)}>
            <p>{t('options_pkce_explain')}</p>
            <p>{t('options_pkce_warning')}</p>
          </CheckboxField>
        </section>

        <KeepSecretSection
          checked={values.keepSecret}
          onToggle={(checked) => update('keepSecret', checked)}
          state={keeping}
          passphrase={values.passphrase}
          confirmation={values.confirmation}
          onPassphrase={(value) => update('passphrase', value)}
          onConfirmation={(value) => update('confirmation', value)}
          passphraseError={error('passphrase')}
          confirmationError={error('confirmation')}
          changing={changing}
          onChanging={(next) => {
            setChanging(next);
            if (!next) {
              update('passphrase', '');
              update('confirmation', '');
            }
          }}
          onUnlocked={() => {
            void readKeepingState().then(setKeeping);
            setStatus({ kind: 'unlocked', text: t('options_unlocked') });
          }}
        />

        <div class="actions">
          <button type="submit" class="brand-button">
            {t('options_save')}
          </button>
          <p role="status" class={`status ${status?.kind ?? ''}`}>
            {status?.text ?? ''}
          </p>
        </div>
      </form>
    </main>
  );
}
