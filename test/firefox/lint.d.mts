// Types of lint.mjs for TypeScript tests.

export interface LintMessage {
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
  column?: number;
}

export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Where `wxt build -b firefox` writes for an output directory (default $WXT_OUT_DIR or .output). */
export function firefoxDir(outDir?: string): string;
/** Builds the Firefox extension into `outDir` and returns its directory (…/firefox-mv2). */
export function buildFirefox(outDir?: string, options?: { quiet?: boolean }): string;
/** web-ext lint of an unpacked extension, without printing or exiting. */
export function lintFirefox(sourceDir: string): Promise<LintResult>;
