/**
 * `npm run preview:drafts`: the site with unpublished drafts, at http://localhost:4322 (plus the
 * base path of SITE_URL), for the editor's eyes only. Runs `astro dev` with the drafts perspective;
 * every page reloads content from the API, carries a "Preview" banner and `noindex`.
 * Needs SANITY_PROJECT_ID and SANITY_API_READ_TOKEN (in .env or the shell); extra arguments go to
 * `astro dev` (e.g. `-- --port 4400`).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDotEnv, readConfig } from '../src/lib/config.ts';
import { DRAFTS_PREVIEW_HOST, DRAFTS_PREVIEW_PORT } from '../src/lib/shared-settings.ts';

const ASTRO_BIN = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

loadDotEnv();
process.env.QUIRE_PREVIEW_DRAFTS = 'true';
// A content store of its own, so drafts never sit in the store that builds and `npm run dev` use.
process.env.QUIRE_CACHE_DIR = join(process.env.QUIRE_CACHE_DIR || 'node_modules/.cache', 'drafts-preview');
try {
  // Before Astro starts, so a missing token is one clear line rather than a dev-server stack.
  readConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const extra = process.argv.slice(2);
// Astro ignores a flag given twice, so a --port of the caller's replaces ours rather than joining it.
const port = extra.includes('--port') ? [] : ['--port', String(DRAFTS_PREVIEW_PORT)];
// --ignore-lock: Astro otherwise refuses a second dev server, and `npm run dev` may be running.
const args = ['dev', '--host', DRAFTS_PREVIEW_HOST, '--ignore-lock', ...port, ...extra];
const astro = spawn(process.execPath, [ASTRO_BIN, ...args], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
astro.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
