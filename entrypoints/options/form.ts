// The options form as data: what the admin typed, and whether it makes valid Settings. Pure, so
// it is unit-tested without a browser; problems are i18n keys, turned into words by the page.
import { passphraseMessageKey, passphraseProblem } from '../../lib/crypto';
import { marketoOriginFrom, salesforceOriginFrom } from '../../lib/hosts';
import type { MessageKey } from '../../lib/i18n';
import { SETTINGS_VERSION, SettingsSchema, type Settings } from '../../lib/schema';

export interface FormValues {
  appName: string;
  contactEmail: string;
  /** As typed: a My Domain name or any Setup address. */
  salesforce: string;
  /** As typed: a pod or the Marketo address. */
  marketo: string;
  syncUserName: string;
  pkce: boolean;
  keepSecret: boolean;
  passphrase: string;
  confirmation: string;
}

export type FieldName = 'appName' | 'contactEmail' | 'salesforce' | 'marketo' | 'syncUserName' | 'passphrase' | 'confirmation';

/** The order fields appear in, so the first one in error gets the focus. */
export const FIELD_ORDER: readonly FieldName[] = ['appName', 'contactEmail', 'salesforce', 'marketo', 'syncUserName', 'passphrase', 'confirmation'];

export type FieldErrors = Partial<Record<FieldName, MessageKey>>;

/**
 * Whether this save sets a passphrase: 'required' when keeping is being turned on or the
 * passphrase changed, 'optional' when keeping is on but no key is held in this session (filled
 * in, it is set; left empty, nothing changes), 'none' otherwise.
 */
export type PassphraseNeed = 'none' | 'required' | 'optional';

export type Validated =
  | { ok: true; settings: Settings; newPassphrase?: string }
  | { ok: false; errors: FieldErrors };

export function valuesFromSettings(settings: Settings): FormValues {
  return {
    appName: settings.appName,
    contactEmail: settings.contactEmail,
    salesforce: settings.salesforceOrigin,
    marketo: settings.marketoOrigin,
    syncUserName: settings.syncUserName,
    pkce: settings.pkce,
    keepSecret: settings.keepSecret,
    passphrase: '',
    confirmation: '',
  };
}

/** The origin a typed host stands for: '' when empty, null when it cannot be one. */
export function normaliseHost(kind: 'salesforce' | 'marketo', typed: string): string | null {
  if (!typed.trim()) return '';
  return kind === 'salesforce' ? salesforceOriginFrom(typed) : marketoOriginFrom(typed);
}

const SCHEMA_FIELDS: Record<string, FieldName> = {
  appName: 'appName',
  contactEmail: 'contactEmail',
  salesforceOrigin: 'salesforce',
  marketoOrigin: 'marketo',
  syncUserName: 'syncUserName',
};

export function validateForm(values: FormValues, need: PassphraseNeed): Validated {
  const errors: FieldErrors = {};
  const salesforceOrigin = normaliseHost('salesforce', values.salesforce);
  const marketoOrigin = normaliseHost('marketo', values.marketo);
  if (salesforceOrigin === null) errors.salesforce = 'options_salesforce_invalid';
  if (marketoOrigin === null) errors.marketo = 'options_marketo_invalid';

  const candidate = {
    version: SETTINGS_VERSION,
    appName: values.appName,
    contactEmail: values.contactEmail.trim(),
    salesforceOrigin: salesforceOrigin ?? '',
    marketoOrigin: marketoOrigin ?? '',
    syncUserName: values.syncUserName,
    pkce: values.pkce,
    keepSecret: values.keepSecret,
  };
  const parsed = SettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = SCHEMA_FIELDS[String(issue.path[0])];
      if (field && !errors[field]) errors[field] = fieldMessage(field, values);
    }
  }

  let newPassphrase: string | undefined;
  const wantsPassphrase = values.keepSecret && (need === 'required' || (need === 'optional' && (values.passphrase !== '' || values.confirmation !== '')));
  if (wantsPassphrase) {
    const problem = passphraseProblem(values.passphrase, values.confirmation);
    if (problem === 'mismatch') errors.confirmation = 'passphrase_mismatch';
    else if (problem) errors.passphrase = passphraseMessageKey(problem) as MessageKey;
    else newPassphrase = values.passphrase;
  }

  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, settings: parsed.data, ...(newPassphrase === undefined ? {} : { newPassphrase }) };
}

function fieldMessage(field: FieldName, values: FormValues): MessageKey {
  switch (field) {
    case 'appName':
      return values.appName.trim() ? 'options_app_name_too_long' : 'options_app_name_required';
    case 'contactEmail':
      return 'options_email_invalid';
    case 'salesforce':
      return 'options_salesforce_invalid';
    case 'marketo':
      return 'options_marketo_invalid';
    case 'syncUserName':
      return 'options_sync_user_too_long';
    default:
      return 'options_check_fields';
  }
}

export function firstInvalid(errors: FieldErrors): FieldName | undefined {
  return FIELD_ORDER.find((field) => errors[field] !== undefined);
}
