import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { type BuiltOutput, buildSite, findFilesContaining, readOutput } from '../support/build-site.ts';
import {
  DRAFT_TEXT,
  FIXTURE_ORIGIN,
  FIXTURE_POST_COUNT,
  fixtureDrafts,
  getFixtureSite,
} from '../support/fixture-site.ts';
import { type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator.ts';

/*
 * A build through the real @sanity/client against the loopback emulator, serving the fixture
 * site's content (tests/support/fixture-site.ts) with its drafts. The failure matrix and the
 * number of queries per content load run in-process (remote-source.test.ts, content-step.test.ts).
 */

/** The project id the emulator answers for and the builds ask for; it names the image folder. */
const PROJECT_ID = 'quiretest';
const READ_TOKEN = 'sk-test-viewer-token-0123456789';

/** Environment that points a build at the emulator through the real @sanity/client. */
function remoteEnv(emulator: SanityEmulator, extra: Record<string, string> = {}): Record<string, string> {
  return {
    SITE_URL: FIXTURE_ORIGIN,
    SANITY_PROJECT_ID: PROJECT_ID,
    SANITY_DATASET: 'production',
    SANITY_API_HOST: emulator.url,
    ...extra,
  };
}

/** Requests to the query API, the metered kind; image downloads come from the CDN. */
function apiRequests(emulator: SanityEmulator) {
  return emulator.requests.filter((request) => request.path.includes('/data/query/'));
}

describe('a build through the Sanity API', () => {
  let emulator: SanityEmulator;
  let fromExport: BuiltOutput;
  let exportFolder: string;
  beforeAll(async () => {
    const fixture = await getFixtureSite();
    exportFolder = fixture.exportFolder;
    fromExport = await readOutput(fixture.outDir);
    const { documents, folder } = await readDatasetExport(exportFolder);
    emulator = await startSanityEmulator({
      documents: [...documents, ...fixtureDrafts()],
      projectId: PROJECT_ID,
      images: folder,
    });
  });
  afterAll(() => emulator.close());

  it('writes the same pages as a build of the same dataset export, with no draft or token in them', async () => {
    const fromApi = await buildSite(remoteEnv(emulator, { SANITY_API_READ_TOKEN: READ_TOKEN }));
    expect(fromApi.exitCode, fromApi.output).toBe(0);
    expect(fromApi.pages.filter((page) => page.startsWith('posts/'))).toHaveLength(FIXTURE_POST_COUNT);
    expect(fromApi.pages).toEqual(fromExport.pages);
    for (const page of fromApi.pages) {
      expect(await fromApi.read(page), page).toBe(await fromExport.read(page));
    }
    // One content load, not a query per page or per post.
    expect(apiRequests(emulator)).toHaveLength(1);
    expect(apiRequests(emulator).at(-1)?.authorization).toBe(`Bearer ${READ_TOKEN}`);
    expect(emulator.requests.some((request) => request.path.startsWith(`/images/${PROJECT_ID}/`))).toBe(true);
    expect(await findFilesContaining(fromApi.outDir, 'Post number 9')).not.toEqual([]);
    expect(await findFilesContaining(fromApi.outDir, READ_TOKEN)).toEqual([]);
    expect(await findFilesContaining(fromApi.outDir, DRAFT_TEXT)).toEqual([]);
    // The build manifests differ only in build time and in naming their source.
    const apiManifest = JSON.parse(await fromApi.read('build-manifest.json'));
    const exportManifest = await fromExport.read('build-manifest.json');
    expect(apiManifest).toMatchObject({
      source: 'sanity:quiretest/production',
      postCount: FIXTURE_POST_COUNT,
    });
    expect(JSON.parse(exportManifest)).toMatchObject({ source: 'export', postIds: apiManifest.postIds });
    // Neither the export's folder nor its archive beside it.
    expect(exportManifest).not.toContain(dirname(exportFolder));
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
