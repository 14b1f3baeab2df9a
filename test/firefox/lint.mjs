// Builds the Firefox extension (WXT's default for Firefox: MV2) and lints it with web-ext, as
// addons.mozilla.org would. Fails on any error; prints every warning and their count.
//
//   node test/firefox/lint.mjs             build into $WXT_OUT_DIR (default .output), then lint
//   node test/firefox/lint.mjs --no-build  lint the existing build only

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where `wxt build -b firefox` writes for a given output directory (WXT_OUT_DIR). */
export function firefoxDir(outDir = process.env.WXT_OUT_DIR ?? '.output') {
  return path.resolve(ROOT, outDir, 'firefox-mv2');
}

/** Builds the Firefox extension into `outDir` (honoured through WXT_OUT_DIR) and returns its directory. */
export function buildFirefox(outDir = process.env.WXT_OUT_DIR ?? '.output', { quiet = false } = {}) {
  // A build started from a test runner must not inherit its mode (NODE_ENV=test, VITEST...).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  env.WXT_OUT_DIR = path.resolve(ROOT, outDir);
  const result = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: ROOT,
    env,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`wxt build -b firefox failed (${result.status ?? result.signal})\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  const dir = firefoxDir(env.WXT_OUT_DIR);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No manifest.json in ${dir} after the build`);
  return dir;
}

/**
 * web-ext lint of an unpacked extension, without printing or exiting.
 * @param {string} sourceDir
 * @returns {Promise<{ errors: LintMessage[], warnings: LintMessage[], notices: LintMessage[] }>}
 * @typedef {{ code: string, message: string, description?: string | string[], file?: string, line?: number, column?: number }} LintMessage
 */
export async function lintFirefox(sourceDir) {
  const { cmd } = await import('web-ext');
  const result = await cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
  return { errors: result.errors ?? [], warnings: result.warnings ?? [], notices: result.notices ?? [] };
}

/** @param {LintMessage} message */
function describe(message) {
  const where = message.file ? ` ${message.file}${message.line ? `:${message.line}:${message.column ?? 0}` : ''}` : '';
  return `${message.code}${where}: ${message.message}`;
}

async function main() {
  const noBuild = process.argv.includes('--no-build');
  const dir = noBuild ? firefoxDir() : buildFirefox();
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`No built extension in ${dir}: run without --no-build.`);
    return 1;
  }
  const { errors, warnings, notices } = await lintFirefox(dir);
  console.log(`\nweb-ext lint ${path.relative(ROOT, dir) || dir}`);
  for (const error of errors) console.log(`  error    ${describe(error)}`);
  for (const warning of warnings) console.log(`  warning  ${describe(warning)}`);
  for (const notice of notices) console.log(`  notice   ${describe(notice)}`);
  console.log(`${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
  return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
