/**
 * Imports the sample content (seed/data.ndjson and the images beside it) into the configured
 * project with `sanity dataset import`. The CLI reads a stream, not a folder, so it is given
 * the .ndjson file; `image@file://./images/…` references resolve against the file's folder.
 * Existing documents are kept (`--missing`) unless `--replace` is passed through:
 *   npm run seed -- --replace
 */
import { spawnSync } from 'node:child_process';
import { readStudioEnv } from '../env.ts';
import { loadRootEnv } from '../lib/load-root-env.ts';

const SEED_FILE = 'seed/data.ndjson';

loadRootEnv();
const { projectId, dataset, hasProject } = readStudioEnv();
if (!hasProject) {
  console.error(
    '[seed] SANITY_STUDIO_PROJECT_ID is not set, so there is no project to import into. ' +
      'Create a project at sanity.io/manage (or with `npx sanity init`), put its id in .env, and run again.',
  );
  process.exit(1);
}

const passedThrough = process.argv.slice(2);
const keepExisting = passedThrough.includes('--replace') ? [] : ['--missing'];
console.log(`[seed] Importing ${SEED_FILE} into project ${projectId}, dataset "${dataset}"…`);
const result = spawnSync(
  'sanity',
  [
    'dataset',
    'import',
    SEED_FILE,
    '--project-id',
    projectId,
    '--dataset',
    dataset,
    ...keepExisting,
    ...passedThrough,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
