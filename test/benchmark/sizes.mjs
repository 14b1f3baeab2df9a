// Sizes of what the browser loads for the extension in a page: every file the manifest lists for a
// content script (its js and css), which every matched frame parses, the content scripts the
// background injects instead (built under content-scripts/ but not in the manifest: Marketo's
// recogniser in Chrome, docs/lightness.md), and apart from them the guide's chunks, which a
// content script imports only on a page of the journey (the .js files of
// web_accessible_resources). A shared chunk a content script's code named would count with it.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a chunk reference looks like in built code ("chunks/name-hash.js"). */
const CHUNK_REFERENCE = /chunks\/[\w.-]+\.js/g;

/** @typedef {{ name: string, files: string[], raw: number, gzip: number }} Size */

/** @returns {Promise<Size>} bytes; gzip at zlib's default level, file by file */
async function sizeOf(extensionDir, name, files) {
  const contents = await Promise.all(files.map((file) => readFile(path.join(extensionDir, file))));
  return {
    name,
    files,
    raw: contents.reduce((sum, content) => sum + content.length, 0),
    gzip: contents.reduce((sum, content) => sum + gzipSync(content).length, 0),
  };
}

/**
 * @param {string} extensionDir the built extension (…/chrome-mv3)
 * @returns {Promise<{ contentScripts: Size[], guideChunks: Size[] }>} gzip as a rough stand-in
 *   for what parsing costs
 */
export async function scriptSizes(extensionDir) {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const declared = new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []));
  const injected = (await readdir(path.join(extensionDir, 'content-scripts')))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `content-scripts/${file}`)
    .filter((file) => !declared.has(file));
  const contentScripts = [];
  for (const entry of [...(manifest.content_scripts ?? []), ...injected.map((file) => ({ js: [file] }))]) {
    const files = [...(entry.js ?? []), ...(entry.css ?? [])];
    for (const script of entry.js ?? []) {
      const code = await readFile(path.join(extensionDir, script), 'utf8');
      for (const [chunk] of code.matchAll(CHUNK_REFERENCE)) if (!files.includes(chunk)) files.push(chunk);
    }
    contentScripts.push(await sizeOf(extensionDir, path.basename(entry.js?.[0] ?? files[0], '.js'), files));
  }
  const chunkFiles = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []).filter((file) => file.endsWith('.js'));
  const guideChunks = await Promise.all(chunkFiles.map((file) => sizeOf(extensionDir, path.basename(file, '.js'), [file])));
  return { contentScripts, guideChunks };
}
