/**
 * Imports the sample content (seed/data.ndjson and the images beside it) into the configured
 * project with `sanity dataset import`. The CLI reads a stream, not a folder, so it is given
 * the .ndjson file; `image@file://./images/…` references resolve against the file's folder.
 * Existing documents are kept unless `--replace` is given, which lists what it would overwrite
 * and asks first (or needs `--yes` where nobody can answer):
 *   npm run seed -- --dataset staging
 *   npm run seed -- --replace
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { readStudioEnv } from '../env.ts';
import { loadRootEnv } from '../lib/load-root-env.ts';
import {
  describeSeedDocuments,
  importArgs,
  parseSeedArgs,
  replaceDecision,
  type SeedOptions,
} from '../lib/seed-args.ts';

const STUDIO_DIR = fileURLToPath(new URL('..', import.meta.url));
// Relative to the Studio folder, where the CLI runs, so `image@file://./images/…` resolves there.
const SEED_FILE = 'seed/data.ndjson';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readOptions(): SeedOptions {
  try {
    return parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** Lists what `--replace` overwrites; true when it may go ahead (`--yes`, or the editor said yes). */
async function confirmReplace(options: SeedOptions, target: string): Promise<boolean> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const decision = replaceDecision(options, interactive);
  if (decision === 'import') return true;
  const documents = readFileSync(`${STUDIO_DIR}${SEED_FILE}`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const list = describeSeedDocuments(documents)
    .map((line) => `  - ${line}`)
    .join('\n');
  console.error(
    `[seed] --replace overwrites these documents in ${target} with the sample's text, wherever they exist;\n` +
      `changes you made to them are lost:\n${list}`,
  );
  if (decision === 'refuse')
    fail('[seed] Nobody can answer here, so nothing was imported. Add --yes to overwrite them anyway.');
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question('Overwrite them? [y/N] ');
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

loadRootEnv();
const options = readOptions();
const env = readStudioEnv();
const projectId = options.projectId ?? (env.hasProject ? env.projectId : undefined);
const dataset = options.dataset ?? env.dataset;
if (!projectId)
  fail(
    '[seed] SANITY_STUDIO_PROJECT_ID is not set, so there is no project to import into. ' +
      'Create a project at sanity.io/manage (or with `npx sanity init`), put its id in .env, and run again.',
  );
const target = `project ${projectId}, dataset "${dataset}"`;
if (!(await confirmReplace(options, target))) fail('[seed] Nothing was imported.');

console.log(`[seed] Importing ${SEED_FILE} into ${target}…`);
const result = spawnSync('sanity', importArgs(SEED_FILE, { projectId, dataset }, options), {
  stdio: 'inherit',
  cwd: STUDIO_DIR,
});
if (result.error)
  fail(
    `[seed] Could not start the Sanity CLI (\`sanity\`): ${result.error.message}. ` +
      'Run `npm ci` at the repository root, then run the seed through npm (`npm run seed`), which puts the CLI on the PATH.',
  );
if (result.signal)
  fail(`[seed] The Sanity CLI was stopped (${result.signal}); the import may be incomplete.`);
process.exit(result.status ?? 1);
