import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { buildSite } from '../support/build-site.ts';
import { datasetWithPosts, post, writeExport } from '../support/dataset-builder.ts';
import { type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator.ts';

/** The project id the emulator answers for and the builds ask for; it names the image folder. */
const PROJECT_ID = 'quiretest';

/** Environment that points a build at the emulator through the real @sanity/client. */
function remoteEnv(
  emulator: SanityEmulator,
  extra: Record<string, string | undefined> = {},
): Record<string, string> {
  return {
    SITE_URL: 'https://quire.test',
    SANITY_PROJECT_ID: PROJECT_ID,
    SANITY_DATASET: 'production',
    SANITY_API_HOST: emulator.url,
    ...Object.fromEntries(
      Object.entries(extra).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
  };
}

/** Text that exists only in drafts, and a token: neither may ever reach `dist/`. */
const DRAFT_ONLY = 'Sentinel words from an unpublished draft';
const READ_TOKEN = 'sk-test-viewer-token-0123456789';
const DRAFTS = [
  post(1, { _id: 'drafts.post-1', title: `${DRAFT_ONLY} (edit)`, mainImage: undefined }),
  post(99, { _id: 'drafts.post-99', title: `${DRAFT_ONLY} (new)`, mainImage: undefined }),
];

/**
 * An emulator serving `postCount` published posts plus {@link DRAFTS}, with their images on its
 * CDN route, and the export they came from.
 */
async function emulatorFor(postCount: number) {
  const paths = await writeExport(datasetWithPosts(postCount));
  const { documents, folder } = await readDatasetExport(paths.folder);
  const emulator = await startSanityEmulator({
    documents: [...documents, ...DRAFTS],
    projectId: PROJECT_ID,
    images: folder,
  });
  return { paths, emulator };
}

/** Requests to the query API, the metered kind; image downloads come from the CDN. */
function apiRequests(emulator: SanityEmulator) {
  return emulator.requests.filter((request) => request.path.includes('/data/query/'));
}

/** Paths of the files under `dir` whose bytes contain `text`. */
async function filesContaining(dir: string, text: string): Promise<string[]> {
  const found: string[] = [];
  for await (const file of glob('**/*', { cwd: dir, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name);
    if ((await readFile(path)).includes(text)) found.push(path);
  }
  return found;
}

describe('a build through the Sanity API', () => {
  let emulator: SanityEmulator;
  let exportFolder: string;
  beforeAll(async () => {
    ({
      emulator,
      paths: { folder: exportFolder },
    } = await emulatorFor(10));
  });
  afterAll(() => emulator.close());

  it('produces the same pages as a build of the same dataset export, with no draft or token in them', async () => {
    const fromExport = await buildSite({ SANITY_EXPORT: exportFolder, SITE_URL: 'https://quire.test' });
    const fromApi = await buildSite(remoteEnv(emulator, { SANITY_API_READ_TOKEN: READ_TOKEN }));
    expect(fromApi.exitCode, fromApi.output).toBe(0);
    expect(fromApi.pages.filter((page) => page.startsWith('posts/'))).toHaveLength(10);
    expect(fromApi.pages).toEqual(fromExport.pages);
    for (const page of fromApi.pages) {
      expect(await fromApi.read(page), page).toBe(await fromExport.read(page));
    }
    expect(apiRequests(emulator).at(-1)?.authorization).toBe(`Bearer ${READ_TOKEN}`);
    expect(emulator.requests.some((request) => request.path.startsWith(`/images/${PROJECT_ID}/`))).toBe(true);
    expect(await filesContaining(fromApi.outDir, 'Post number 1')).not.toEqual([]);
    expect(await filesContaining(fromApi.outDir, READ_TOKEN)).toEqual([]);
    expect(await filesContaining(fromApi.outDir, DRAFT_ONLY)).toEqual([]);
    // The build manifests differ only in build time and in naming their source.
    const apiManifest = JSON.parse(await fromApi.read('build-manifest.json'));
    const exportManifest = await fromExport.read('build-manifest.json');
    expect(apiManifest).toMatchObject({ source: 'sanity:quiretest/production', postCount: 10 });
    expect(JSON.parse(exportManifest)).toMatchObject({ source: 'export', postIds: apiManifest.postIds });
    expect(exportManifest).not.toContain(exportFolder);
  });

  // The failure matrix runs in-process (remote-source.test.ts); one build proves the whole path:
  // a non-zero exit, the cause named, and no page written.
  it('fails on an API error that persists, naming the cause, before writing any page', async () => {
    emulator.setFault({ status: 500 });
    const before = emulator.requests.length;
    try {
      const build = await buildSite(remoteEnv(emulator, { SANITY_MAX_RETRIES: '1' }));
      expect(build.exitCode).not.toBe(0);
      expect(build.output).toMatch(/\[sanity\].*answered HTTP 500 \(.*2 attempts\)/);
      expect(build.pages).toEqual([]);
      expect(emulator.requests.length - before).toBe(2);
    } finally {
      emulator.setFault(undefined);
    }
  });
});

describe('API requests per build', () => {
  it('stay the same small number for 10 posts and for 500', async () => {
    const counts: number[] = [];
    for (const postCount of [10, 500]) {
      const { emulator } = await emulatorFor(postCount);
      try {
        const build = await buildSite(remoteEnv(emulator));
        expect(build.exitCode, build.output).toBe(0);
        expect(build.pages.filter((page) => page.startsWith('posts/'))).toHaveLength(postCount);
        counts.push(apiRequests(emulator).length);
      } finally {
        await emulator.close();
      }
    }
    expect(counts[0]).toBeLessThanOrEqual(3);
    expect(counts[1]).toBe(counts[0]);
  });
});
