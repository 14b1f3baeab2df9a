// Types of marketo-variants.mjs for TypeScript tests.
export const MARKETO_GERMAN: Map<string, string>;
export function marketoClassicApp(variant: string | null): Promise<string>;
