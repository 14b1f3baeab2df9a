// Types of salesforce-pages.mjs for TypeScript tests.
export type Lang = 'en' | 'sv' | 'de';
export const SCOPES: Array<{ token: string; en: string; sv: string; de: string }>;
export const LABELS: Record<Lang, Record<string, string>>;
export function flags(variant: string | null): Set<string>;
export function langOf(variant: string | null): Lang;
export function escapeHtml(text: unknown): string;
export function renderSalesforcePage(
  file: string,
  options?: { lang?: Lang; values?: Record<string, unknown>; markup?: Record<string, string> },
): Promise<string>;
export function scopeLabels(lang: Lang): string[];
export function scopeLabelsOf(tokens: string[], lang: Lang): string[];
