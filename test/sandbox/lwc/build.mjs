// Builds the bench's Lightning pages from Salesforce's own base components (npm
// lightning-base-components, compiled by the lwc compiler through rollup) into a git-ignored folder,
// once: the output is reused while its inputs (our page components, this script, the pinned
// versions) stay the same. Called by the sandbox server before it serves, and runnable alone:
// `node test/sandbox/lwc/build.mjs`. See docs/bench.md.
//
// Out (test/sandbox/lwc/.build/):
//   pages.js            the LWC engine, the base components and our page components (c-*), one ES module
//   synthetic-shadow.js @lwc/synthetic-shadow, loaded as a classic script before pages.js in synthetic mode
//   slds.css            Salesforce Lightning Design System's style sheet
//   utility-sprite.svg  the dozen SLDS utility icons the pages use

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BUILD_DIR = path.join(here, '.build');
/** Where npm installed a package (some, like lwc, do not export their package.json). */
const packageDir = (name) => path.join(here, '../../../node_modules', name);

/** lightning-icon's template libraries, replaced by ours (icons/). */
const ICON_MODULES = ['Utility', 'Action', 'Standard', 'Doctype', 'Custom'].flatMap((category) => [
  `lightning/iconSvgTemplates${category}`,
  `lightning/iconSvgTemplates${category}Rtl`,
]);

/** The utility icons the pages draw (combobox, dual listbox, accordion, toggle, buttons). */
const ICONS = ['down', 'up', 'left', 'right', 'check', 'chevronright', 'chevrondown', 'close', 'error', 'info', 'search', 'add', 'settings', 'warning'];

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.parentPath.includes(`${path.sep}.build`))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** What the build depends on: our sources and the exact versions of what it compiles. */
async function inputsHash() {
  const hash = createHash('sha256');
  for (const file of await filesUnder(here)) hash.update(file).update(await readFile(file));
  for (const name of ['lwc', '@lwc/rollup-plugin', '@lwc/engine-dom', '@lwc/synthetic-shadow', 'lightning-base-components', '@salesforce-ux/design-system', 'rollup']) {
    hash.update(name).update(JSON.parse(await readFile(path.join(packageDir(name), 'package.json'), 'utf8')).version);
  }
  return hash.digest('hex');
}

async function bundle(outDir) {
  const { rollup } = await import('rollup');
  const { default: lwc } = await import('@lwc/rollup-plugin');
  const build = await rollup({
    input: path.join(here, 'main.js'),
    plugins: [
      lwc({
        modules: [
          // Our gate wins over the package's stub (see gates/comboboxElementInternals.js).
          { name: '@salesforce/gate/bc.260.enableComboboxElementInternals', path: path.join(here, 'gates/comboboxElementInternals.js') },
          // The dozen utility icons the pages use, not the whole icon library (see icons/).
          ...ICON_MODULES.map((name) => ({ name, path: path.join(here, name.endsWith('TemplatesUtility') ? 'icons/utilityIcons.js' : 'icons/noIcons.js') })),
          { dir: here },
          { npm: 'lightning-base-components' },
        ],
        rootDir: here,
      }),
      {
        // The components read `process.env.NODE_ENV` and `import.meta.env.SSR`, as Salesforce's own build replaces them.
        name: 'bench-env',
        transform(code) {
          if (!code.includes('process.env.NODE_ENV') && !code.includes('import.meta.env')) return null;
          return code
            .replaceAll('process.env.NODE_ENV', '"production"')
            .replaceAll('import.meta.env.SSR', 'false')
            .replaceAll('import.meta.env', '({})');
        },
      },
    ],
    onwarn(warning, warn) {
      // The base components' own source draws these; they say nothing about our pages.
      if (['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'PLUGIN_WARNING'].includes(warning.code ?? '')) return;
      warn(warning);
    },
  });
  await build.write({ file: path.join(outDir, 'pages.js'), format: 'es', inlineDynamicImports: true });
  await build.close();
}

async function sprite(outDir) {
  const iconsDir = path.join(packageDir('@salesforce-ux/design-system'), 'assets/icons/utility');
  const symbols = await Promise.all(
    ICONS.map(async (name) => {
      const svg = await readFile(path.join(iconsDir, `${name}.svg`), 'utf8');
      const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 520 520';
      const body = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
      return `<symbol id="${name}" viewBox="${viewBox}">${body}</symbol>`;
    }),
  );
  await writeFile(path.join(outDir, 'utility-sprite.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>`);
}

let building = null;

/** Builds unless the cached build matches its inputs; concurrent callers share one build. */
export function ensureLwcBuild() {
  building ??= (async () => {
    const hash = await inputsHash();
    const stamp = path.join(BUILD_DIR, 'inputs.sha256');
    if ((await readFile(stamp, 'utf8').catch(() => '')) === hash) return BUILD_DIR;
    const started = Date.now();
    const tmp = `${BUILD_DIR}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    await bundle(tmp);
    await sprite(tmp);
    // Both are published for bundlers: the production build, as a page loads it.
    const shadow = await readFile(path.join(packageDir('@lwc/synthetic-shadow'), 'dist/index.js'), 'utf8');
    await writeFile(path.join(tmp, 'synthetic-shadow.js'), shadow.replaceAll('process.env.NODE_ENV', '"production"'));
    const slds = await readFile(path.join(packageDir('@salesforce-ux/design-system'), 'assets/styles/salesforce-lightning-design-system.min.css'), 'utf8');
    // The Setup shell draws its own logo; SLDS's points at an image the bench does not serve.
    await writeFile(path.join(tmp, 'slds.css'), slds.replace('background-image:url(../images/logo-noname.svg);', ''));
    await writeFile(path.join(tmp, 'inputs.sha256'), hash);
    await rm(BUILD_DIR, { recursive: true, force: true });
    await rename(tmp, BUILD_DIR);
    console.error(`[sandbox] Lightning pages built from lightning-base-components in ${Date.now() - started} ms`);
    return BUILD_DIR;
  })();
  return building;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureLwcBuild();
}
