import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { STATS_FILE } from '../../src/lib/images/generate.ts';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import type { TestDocument } from '../../tests/support/dataset-builder.ts';
import { paragraph } from '../../tests/support/dataset-builder.ts';
import { startSanityEmulator } from '../../tests/support/sanity-emulator.ts';
import { type BuildRun, runBuild } from './run-build.ts';
import { writeDataFile } from './write-export.ts';

/** Where one size's Quire builds read and write. */
export interface QuireSetup {
  label: string;
  /** The repository root. */
  root: string;
  /** The unpacked export folder the builds read. */
  dataset: string;
  /** Holds `cache/` (QUIRE_CACHE_DIR) and `dist/`; inside the project, see tests/support/build-site.ts. */
  work: string;
  logFile: string;
}

/** A Quire build's timing plus the image pipeline's count of derivatives it encoded. */
export type QuireRun = BuildRun & { imagesEncoded: number };

const PROJECT_ID = 'bench';
const SITE_URL = 'https://quire.test';
// Set but empty, so a developer's .env (which never overrides a set variable) changes nothing.
const QUIET_ENV = {
  SANITY_PROJECT_ID: '',
  SANITY_API_HOST: '',
  SANITY_EXPORT: '',
  SANITY_API_READ_TOKEN: '',
};

const cacheOf = (setup: QuireSetup) => join(setup.work, 'cache');
/** The output folder of every Quire build of this setup. */
export const distOf = (setup: QuireSetup): string => join(setup.work, 'dist');

async function build(setup: QuireSetup, what: string, env: Record<string, string>): Promise<QuireRun> {
  const run = await runBuild({
    label: `Quire, ${setup.label}, ${what}`,
    cwd: setup.root,
    args: [join(setup.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', distOf(setup)],
    env: { ...QUIET_ENV, SITE_URL, QUIRE_CACHE_DIR: cacheOf(setup), ...env },
    logFile: setup.logFile,
  });
  const stats = JSON.parse(await readFile(join(cacheOf(setup), 'quire-images', STATS_FILE), 'utf8'));
  return { ...run, imagesEncoded: Number(stats.encoded) };
}

/** A build from an empty cache into an empty output folder: a first build in CI. */
export async function coldBuild(setup: QuireSetup): Promise<QuireRun> {
  await rm(setup.work, { recursive: true, force: true });
  // The output lock (src/lib/build/output-lock.ts) sits beside dist/, so its parent must exist.
  await mkdir(setup.work, { recursive: true });
  return build(setup, 'cold', { SANITY_EXPORT: setup.dataset });
}

/** A build of unchanged content over the previous build's cache and output. */
export function warmBuild(setup: QuireSetup): Promise<QuireRun> {
  return build(setup, 'warm', { SANITY_EXPORT: setup.dataset });
}

/** Edits one post (its title and a new paragraph), as a Studio edit would, then builds warm. */
export async function editedBuild(setup: QuireSetup, documents: TestDocument[]): Promise<QuireRun> {
  const posts = documents.filter((doc) => doc._type === 'post');
  const middle = posts[Math.floor(posts.length / 2)];
  const edited = documents.map((doc) =>
    doc === middle
      ? {
          ...doc,
          title: `${doc.title} (revised)`,
          body: [...(doc.body as []), paragraph('A new closing line.', 'edit')],
        }
      : doc,
  );
  await writeDataFile(setup.dataset, edited);
  try {
    return await build(setup, 'one post edited', { SANITY_EXPORT: setup.dataset });
  } finally {
    await writeDataFile(setup.dataset, documents);
  }
}

/**
 * A warm build through the Sanity API, served by the local emulator, counting the query
 * requests it makes (image downloads are not API requests and are not counted).
 */
export async function apiBuild(setup: QuireSetup): Promise<QuireRun & { apiRequests: number }> {
  const dataset = await readDatasetExport(setup.dataset);
  const emulator = await startSanityEmulator({
    documents: dataset.documents,
    projectId: PROJECT_ID,
    images: dataset.folder,
  });
  try {
    const run = await build(setup, 'through the API', {
      SANITY_PROJECT_ID: PROJECT_ID,
      SANITY_API_HOST: emulator.url,
    });
    const apiRequests = emulator.requests.filter((request) => request.path.includes('/data/query/')).length;
    return { ...run, apiRequests };
  } finally {
    await emulator.close();
  }
}
