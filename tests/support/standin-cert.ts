import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PEM key and certificate for a TLS server. */
export interface TlsIdentity {
  key: string;
  cert: string;
}

/**
 * Makes a throwaway self-signed certificate for `*.sanity.io` with the system's `openssl`.
 * Chromium is started with --ignore-certificate-errors, so nothing needs to trust it; it exists
 * because the Studio only talks HTTPS and Node's TLS server will not start without one.
 */
export async function makeSelfSignedCert(): Promise<TlsIdentity> {
  const dir = await mkdtemp(join(tmpdir(), 'quire-standin-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=*.sanity.io',
      '-addext',
      'subjectAltName=DNS:*.sanity.io,DNS:sanity.io,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    return { key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') };
  } catch (error) {
    throw new Error(
      `[studio-standin] Could not make a test certificate with openssl: ${String(error)}. Install it with \`apt-get install -y openssl\`.`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
