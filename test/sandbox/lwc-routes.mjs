// What the Lightning pages built from Salesforce's base components load (lwc/build.mjs builds it):
// the bundle, SLDS, its icons, and the shadow mode. Shadow mode is a variant flag: synthetic shadow
// (how Lightning Experience runs today) unless the `sandbox-variant` knob has "native-shadow".
// See docs/bench.md.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_DIR, ensureLwcBuild } from './lwc/build.mjs';
import { flags } from './salesforce-pages.mjs';

const VARIANT = 'sandbox-variant';

/** "synthetic" or "native" for a request: its own knob, else the page's that loads it, else the cookie's. */
export function shadowModeOf(req, variant) {
  const referrer = URL.canParse(req.headers.referer ?? '') ? new URL(req.headers.referer).searchParams.get(VARIANT) : null;
  return flags(referrer ?? variant).has('native-shadow') ? 'native' : 'synthetic';
}

/** @param {import('node:http').ServerResponse} res @param {string} file @param {string} type */
async function sendBuilt(res, file, type) {
  await ensureLwcBuild();
  res.writeHead(200, { 'content-type': type });
  res.end(await readFile(path.join(BUILD_DIR, file)));
}

const JS = 'text/javascript; charset=utf-8';

/** @param {Array<string | RegExp>} hosts @returns {Array<import('./server.mjs').Route>} */
export function lwcRoutes(hosts) {
  return [
    {
      name: 'lwc/shadow-mode',
      host: hosts,
      path: '/_lwc/shadow-mode.js',
      async handler(req, res, { variant }) {
        if (shadowModeOf(req, variant) === 'synthetic') return sendBuilt(res, 'synthetic-shadow.js', JS);
        res.writeHead(200, { 'content-type': JS });
        res.end('// native shadow: nothing to load\n');
      },
    },
    { name: 'lwc/pages', host: hosts, path: '/_lwc/pages.js', handler: (req, res) => sendBuilt(res, 'pages.js', JS) },
    { name: 'lwc/slds', host: hosts, path: '/_lwc/slds.css', handler: (req, res) => sendBuilt(res, 'slds.css', 'text/css; charset=utf-8') },
    {
      // Where lightning-icon looks for SLDS's utility sprite.
      name: 'lwc/utility-icons',
      host: hosts,
      path: '/assets/icons/utility-sprite/svg/symbols.svg',
      handler: (req, res) => sendBuilt(res, 'utility-sprite.svg', 'image/svg+xml'),
    },
  ];
}
