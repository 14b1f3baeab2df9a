import { describe, expect, it } from 'vitest';
import { firstInvalid, normaliseHost, validateForm, valuesFromSettings, type FormValues } from '../../entrypoints/options/form';
import { SettingsSchema } from '../../lib/schema';
import { defaultSettings } from '../../lib/storage';

const form = (changes: Partial<FormValues> = {}): FormValues => ({ ...valuesFromSettings(defaultSettings()), ...changes });

describe('the options form', () => {
  it('saves the defaults as they are', () => {
    expect(validateForm(form(), 'none')).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('normalises what was typed into settings that SettingsSchema accepts', () => {
    const result = validateForm(
      form({ appName: '  Acme Sync ', contactEmail: ' admin@acme.example ', salesforce: 'acme--uat', marketo: 'https://app-ab12.marketo.com/#MM0A1', pkce: true }),
      'none',
    );
    expect(result).toEqual({
      ok: true,
      settings: {
        ...defaultSettings(),
        appName: 'Acme Sync',
        contactEmail: 'admin@acme.example',
        salesforceOrigin: 'https://acme--uat.lightning.force.com',
        marketoOrigin: 'https://app-ab12.marketo.com',
        pkce: true,
      },
    });
    if (result.ok) expect(SettingsSchema.parse(result.settings)).toEqual(result.settings);
  });

  it('names a problem per field and points at the first one', () => {
    const result = validateForm(
      form({ appName: ' ', contactEmail: 'not-an-email', salesforce: 'https://evil.example.com', marketo: 'marketo.com.evil.example', syncUserName: 'x'.repeat(201) }),
      'none',
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        appName: 'options_app_name_required',
        contactEmail: 'options_email_invalid',
        salesforce: 'options_salesforce_invalid',
        marketo: 'options_marketo_invalid',
        syncUserName: 'options_sync_user_too_long',
      },
    });
    if (!result.ok) expect(firstInvalid(result.errors)).toBe('appName');
  });

  it('refuses an app name over 80 characters', () => {
    expect(validateForm(form({ appName: 'x'.repeat(81) }), 'none')).toEqual({ ok: false, errors: { appName: 'options_app_name_too_long' } });
    expect(validateForm(form({ appName: 'x'.repeat(80) }), 'none').ok).toBe(true);
  });

  it('asks for a passphrase and its confirmation when keeping is turned on', () => {
    expect(validateForm(form({ keepSecret: true }), 'required')).toEqual({ ok: false, errors: { passphrase: 'passphrase_empty' } });
    expect(validateForm(form({ keepSecret: true, passphrase: 'short', confirmation: 'short' }), 'required')).toEqual({ ok: false, errors: { passphrase: 'passphrase_too_short' } });
    expect(validateForm(form({ keepSecret: true, passphrase: 'long enough here', confirmation: 'long enough' }), 'required')).toEqual({ ok: false, errors: { confirmation: 'passphrase_mismatch' } });
    expect(validateForm(form({ keepSecret: true, passphrase: 'long enough here', confirmation: 'long enough here' }), 'required')).toMatchObject({ ok: true, newPassphrase: 'long enough here' });
  });

  it('takes an optional passphrase only when one was typed', () => {
    expect(validateForm(form({ keepSecret: true }), 'optional')).toEqual({ ok: true, settings: { ...defaultSettings(), keepSecret: true } });
    expect(validateForm(form({ keepSecret: true, passphrase: 'long enough here' }), 'optional')).toEqual({ ok: false, errors: { confirmation: 'passphrase_mismatch' } });
  });

  it('ignores the passphrase fields when keeping is off', () => {
    expect(validateForm(form({ passphrase: 'x' }), 'required')).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('normalises hosts, telling empty from invalid', () => {
    expect(normaliseHost('salesforce', '  ')).toBe('');
    expect(normaliseHost('salesforce', 'acme')).toBe('https://acme.lightning.force.com');
    expect(normaliseHost('marketo', 'ab12')).toBe('https://app-ab12.marketo.com');
    expect(normaliseHost('marketo', 'evil-marketo.com')).toBeNull();
  });
});
