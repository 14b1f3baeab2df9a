// Sizes of the content scripts as the browser loads them: every file the manifest lists for a
// content script (its js and css), plus any chunk its code names. WXT bundles each content script
// whole today, so there are none, but a shared chunk would be code the page pays for too.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a chunk reference looks like in built code ("chunks/name-hash.js"). */
const CHUNK_REFERENCE = /chunks\/[\w.-]+\.js/g;

/**
 * @param {string} extensionDir the built extension (…/chrome-mv3)
 * @returns {Promise<Array<{ name: string, files: string[], raw: number, gzip: number }>>} bytes;
 *   gzip at zlib's default level, file by file, as a rough stand-in for what parsing costs
 */
export async function contentScriptSizes(extensionDir) {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const sizes = [];
  for (const entry of manifest.content_scripts ?? []) {
    const files = [...(entry.js ?? []), ...(entry.css ?? [])];
    for (const script of entry.js ?? []) {
      const code = await readFile(path.join(extensionDir, script), 'utf8');
      for (const [chunk] of code.matchAll(CHUNK_REFERENCE)) if (!files.includes(chunk)) files.push(chunk);
    }
    const contents = await Promise.all(files.map((file) => readFile(path.join(extensionDir, file))));
    sizes.push({
      name: path.basename(entry.js?.[0] ?? files[0], '.js'),
      files,
      raw: contents.reduce((sum, content) => sum + content.length, 0),
      gzip: contents.reduce((sum, content) => sum + gzipSync(content).length, 0),
    });
  }
  return sizes;
}
