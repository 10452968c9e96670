/**
 * Fails when the committed TypeGen output is stale: extracts the schema and generates the query
 * types into a scratch folder, then compares them with the committed files. The committed files
 * are never written, so a type check running beside this one (as in `npm test`) never reads a
 * half-written file. Works on a fresh clone (no git state needed). Run from sanity/ via
 * `npm run typegen:check`.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { GENERATED_TYPES, SCHEMA_JSON, SCRATCH_VARIABLE, typegenOutputs } from '../lib/typegen-paths.ts';

const SCRATCH = '../node_modules/.cache/quire-typegen-check';
const scratch = typegenOutputs(SCRATCH);

/** TypeGen's header line naming the schema file it read. */
const sourceLine = (schemaPath: string) => `// Source: ${schemaPath.replace(/^\.\//, '')}\n`;

async function regenerate(): Promise<[schema: string, types: string]> {
  await mkdir(SCRATCH, { recursive: true });
  const env = { ...process.env, [SCRATCH_VARIABLE]: SCRATCH };
  execFileSync('sanity', ['schema', 'extract', '--force'], { stdio: 'inherit', env });
  execFileSync('sanity', ['typegen', 'generate'], { stdio: 'inherit', env });
  const types = await readFile(scratch.types, 'utf8');
  if (!types.includes(sourceLine(scratch.schema))) {
    throw new Error(
      `[typegen] ${scratch.types} does not name the schema it read; update ${import.meta.filename}.`,
    );
  }
  // Generated from the scratch schema, it names that file where the committed types name schema.json.
  return [
    await readFile(scratch.schema, 'utf8'),
    types.replace(sourceLine(scratch.schema), sourceLine(SCHEMA_JSON)),
  ];
}

let regenerated: [string, string];
try {
  regenerated = await regenerate();
} finally {
  await rm(SCRATCH, { recursive: true, force: true });
}
const committed = await Promise.all(
  [SCHEMA_JSON, GENERATED_TYPES].map((path) => readFile(path, 'utf8').catch(() => undefined)),
);
const stale = [SCHEMA_JSON, GENERATED_TYPES].filter((_, i) => committed[i] !== regenerated[i]);
if (stale.length > 0) {
  for (const path of stale) {
    console.error(`[typegen] ${path} is out of date with the schema or the site's queries.`);
  }
  console.error('[typegen] Run `npm run typegen` and commit the regenerated files.');
  process.exit(1);
}
console.log('[typegen] schema.json and the query types are up to date.');
