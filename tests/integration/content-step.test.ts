import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { runContentStep } from '../support/content-step.ts';
import {
  baseDocuments,
  datasetWithPosts,
  post,
  type TestDocument,
  writeExport,
} from '../support/dataset-builder.ts';
import { type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

/*
 * What a build does with its content, before it writes anything, run in-process through the same
 * configuration, source, content check and shrink guard as a build (tests/support/content-step.ts),
 * from a dataset export and through the Sanity API (the loopback emulator). One full build per way
 * a build refuses proves it exits non-zero and writes nothing (export-build.test.ts,
 * remote-build.test.ts); the cases are here, in milliseconds each.
 */

const tempDir = useTempDirs();
const emulators: SanityEmulator[] = [];
afterEach(async () => {
  await Promise.all(emulators.splice(0).map((emulator) => emulator.close()));
});

/** Content a build can read: the environment pointing at it, and a way to replace it in place. */
interface Served {
  env: Record<string, string>;
  /** Replaces the content, as a re-export into the same folder or an editor's changes would. */
  replace(documents: TestDocument[]): Promise<void>;
}

/** Writes `documents` as an export in a new folder; returns its folder. */
async function exportOf(documents: TestDocument[]): Promise<string> {
  return (await writeExport(documents, { parent: await tempDir() })).folder;
}

async function rewriteExport(folder: string, documents: TestDocument[]): Promise<void> {
  await copyFile(join(await exportOf(documents), 'data.ndjson'), join(folder, 'data.ndjson'));
}

async function fromExport(documents: TestDocument[]): Promise<Served> {
  const folder = await exportOf(documents);
  return { env: { SANITY_EXPORT: folder }, replace: (next) => rewriteExport(folder, next) };
}

async function throughApi(documents: TestDocument[]): Promise<Served & { emulator: SanityEmulator }> {
  // The export's documents as the Content Lake holds them, drafts too, its images on the CDN route.
  const folder = await exportOf(documents);
  const held = async (docs: TestDocument[]) => [
    ...(await readDatasetExport(folder)).documents,
    ...docs.filter((doc) => doc._id.startsWith('drafts.')),
  ];
  const emulator = await startSanityEmulator({
    documents: await held(documents),
    projectId: 'quiretest',
    images: folder,
  });
  emulators.push(emulator);
  return {
    emulator,
    env: {
      SITE_URL: 'https://quire.test',
      SANITY_PROJECT_ID: 'quiretest',
      SANITY_API_HOST: emulator.url,
      SANITY_MAX_RETRIES: '0',
    },
    async replace(next) {
      await rewriteExport(folder, next);
      emulator.setDocuments(await held(next));
    },
  };
}

const twoSeries = (id: string) => ({
  _id: id,
  _type: 'series',
  title: `Series ${id}`,
  slug: { _type: 'slug', current: id },
  parts: [{ _type: 'reference', _ref: 'post-1', _key: 'k1' }],
});

describe.each([
  { from: 'a dataset export', serve: fromExport },
  { from: 'the Sanity API', serve: throughApi },
])('the content step of a build from $from', ({ serve }) => {
  it.each([
    { problem: 'a post without a slug', docs: [post(1, { slug: undefined })], id: 'post-1', field: 'slug' },
    {
      problem: 'two posts with one slug',
      docs: [post(1), post(2, { slug: { _type: 'slug', current: 'post-1' } })],
      id: 'post-1',
      field: 'slug',
    },
    {
      problem: 'a dangling author reference',
      docs: [post(1, { author: { _type: 'reference', _ref: 'author-gone' } })],
      id: 'post-1',
      field: 'author',
    },
    {
      problem: 'a post in two series',
      docs: [post(1), twoSeries('series-a'), twoSeries('series-b')],
      id: 'post-1',
      field: 'series',
    },
  ])('stops on $problem, naming the document and field', async ({ docs, id, field }) => {
    const { env } = await serve([...baseDocuments(), ...docs]);
    await expect(runContentStep(env, await tempDir())).rejects.toThrow(
      `[content] Document "${id}", field "${field}"`,
    );
  });

  it('never takes drafts or posts scheduled for later', async () => {
    const { env } = await serve([
      ...datasetWithPosts(1),
      post(2, { _id: 'drafts.post-2', title: 'Draft only', mainImage: undefined }),
      post(1, { _id: 'drafts.post-1', title: 'Unpublished edit of post one', mainImage: undefined }),
      post(3, { title: 'From the future', publishedAt: '2999-01-01T00:00:00Z' }),
    ]);
    const { content } = await runContentStep(env, await tempDir());
    expect([...content.posts.values()].map((entry) => entry.title)).toEqual(['Post number 1']);
  });

  it('refuses a site with no published posts unless allowed', async () => {
    const { env } = await serve(baseDocuments());
    await expect(runContentStep(env, await tempDir())).rejects.toThrow(
      /has no published posts.*QUIRE_ALLOW_EMPTY_SITE=true/,
    );
    const allowed = await runContentStep({ ...env, QUIRE_ALLOW_EMPTY_SITE: 'true' }, await tempDir());
    expect(allowed.content.posts.size).toBe(0);
  });

  it('refuses most posts gone since the last build of the same site, unless allowed', async () => {
    const cache = await tempDir();
    const site = await serve(datasetWithPosts(10));
    await runContentStep(site.env, cache);
    // Most posts gone from the same site (a half-failed export, a wrong import).
    await site.replace(datasetWithPosts(3));
    await expect(runContentStep(site.env, cache)).rejects.toThrow(
      /has 3 published posts; the last build had 10/,
    );
    // Another site (another export folder, another API host) is compared with its own record.
    await runContentStep((await serve(datasetWithPosts(3))).env, cache);
    await runContentStep({ ...site.env, QUIRE_ALLOW_SHRINK: 'true' }, cache);
    // The allowed build recorded its count: three posts are no longer a drop.
    await runContentStep(site.env, cache);
  });
});

describe('the content step through the Sanity API', () => {
  it('asks one query, for 10 posts as for 500: no request per post, no paging', async () => {
    const queries: number[] = [];
    for (const count of [10, 500]) {
      const { env, emulator } = await throughApi(datasetWithPosts(count));
      const { content } = await runContentStep(env, await tempDir());
      expect(content.posts.size).toBe(count);
      queries.push(emulator.requests.filter((request) => request.path.includes('/data/query/')).length);
    }
    expect(queries).toEqual([1, 1]);
  });
});
