// Gives the fake browser real translations: browser.i18n.getMessage answers from
// public/_locales/<lang>/messages.json, with $1-style and named placeholders, as Chrome does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

function load(lang: string): Record<string, Entry> {
  // Resolved from the repository root (vitest's cwd): happy-dom's environment changes import.meta.url.
  const file = path.resolve(process.cwd(), 'public/_locales', lang, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function useLocale(lang: 'en' | 'sv'): void {
  const messages = load(lang);
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const values = [substitutions ?? []].flat().map(String);
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : '';
    });
  }) as typeof browser.i18n.getMessage);
}
