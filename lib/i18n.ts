// Every string the admin reads comes from public/_locales through the browser's i18n, so it
// follows the browser's language. The English file is the source of the key type.
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** For keys built from data (step ids, problem codes); falls back to the key itself. */
export function tDynamic(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as MessageKey, substitutions) || key;
}
