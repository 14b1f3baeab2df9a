// A throwaway TLS identity for the sandbox's loopback HTTPS server.
//
// Chromium runs with --ignore-certificate-errors, so any certificate works; it only has to exist.
// It is generated per start with the `openssl` CLI (Node has no certificate builder), read into
// memory, and its files are deleted at once, so no key material outlives the call or lands in git.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Generates a self-signed certificate (EC P-256, valid two days).
 * @returns {Promise<{ key: Buffer, cert: Buffer }>}
 */
export async function makeThrowawayCertificate() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sandbox-tls-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  try {
    await run('openssl', [
      'req', '-x509', '-nodes',
      '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
      '-keyout', keyFile, '-out', certFile,
      '-days', '2', '-subj', '/CN=sandbox.test',
    ]);
    return { key: await readFile(keyFile), cert: await readFile(certFile) };
  } catch (error) {
    throw new Error(`The sandbox needs the openssl CLI to make its certificate: ${error.message}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
