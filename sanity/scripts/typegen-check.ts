/**
 * Fails when the committed TypeGen output is stale: regenerates schema.json and the query
 * types in place, compares them with what was there, and always puts the originals back.
 * Works on a fresh clone (no git state needed). Run from sanity/ via `npm run typegen:check`.
 */
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { GENERATED_TYPES, SCHEMA_JSON } from '../lib/typegen-paths.ts';

const OUTPUTS = [SCHEMA_JSON, GENERATED_TYPES];

async function readIfPresent(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

async function restore(path: string, content: string | undefined): Promise<void> {
  if (content === undefined) await rm(path, { force: true });
  else await writeFile(path, content);
}

const committed = await Promise.all(OUTPUTS.map(readIfPresent));
let regenerated: Array<string | undefined>;
try {
  execFileSync('sanity', ['schema', 'extract', '--force'], { stdio: 'inherit' });
  execFileSync('sanity', ['typegen', 'generate'], { stdio: 'inherit' });
  regenerated = await Promise.all(OUTPUTS.map(readIfPresent));
} finally {
  await Promise.all(OUTPUTS.map((path, i) => restore(path, committed[i])));
}

const stale = OUTPUTS.filter((_, i) => committed[i] !== regenerated[i]);
if (stale.length > 0) {
  for (const path of stale) {
    console.error(`[typegen] ${path} is out of date with the schema or the site's queries.`);
  }
  console.error('[typegen] Run `npm run typegen` and commit the regenerated files.');
  process.exit(1);
}
console.log('[typegen] schema.json and the query types are up to date.');
