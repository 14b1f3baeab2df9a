// Reading replica pages from disk, the same way for the server and for unit tests.
//
// Pages of one site share their chrome (Salesforce's Setup header and tree): each page file holds
// its own content and pulls the shared parts in with `<!-- #include salesforce/_shell-top.html -->`.
// A unit test that wants exactly what the browser gets calls `readReplica`; one that only needs a
// page's own content can read the file as it is.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the folder that holds every replica file. From the module's own path, not
 * `new URL(..., import.meta.url)`: under happy-dom (unit tests) the global URL is happy-dom's.
 */
export const REPLICAS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'replicas') + path.sep;

const INCLUDE = /<!--\s*#include\s+(\S+)\s*-->/g;

/**
 * Absolute path of a replica file, refusing anything outside the replicas folder.
 * @param {string} file path relative to replicas/, e.g. "salesforce/app-manager.html"
 */
export function replicaPath(file) {
  const full = path.resolve(REPLICAS_DIR, file);
  if (!full.startsWith(REPLICAS_DIR)) throw new Error(`Not a replica file: ${file}`);
  return full;
}

/**
 * A replica page as served: its text with includes expanded (includes may include, a few deep).
 * @param {string} file path relative to replicas/
 * @returns {Promise<string>}
 */
export async function readReplica(file, depth = 0) {
  const text = await readFile(replicaPath(file), 'utf8');
  if (depth > 4) throw new Error(`Includes nest too deep at ${file}`);
  const parts = await Promise.all(
    [...text.matchAll(INCLUDE)].map((match) => readReplica(match[1], depth + 1)),
  );
  let index = 0;
  return text.replace(INCLUDE, () => parts[index++]);
}
