import { rename, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportSourceConfig, RemoteSourceConfig } from '../../src/lib/config.ts';
import { identifyContent } from '../../src/lib/content/content-identity.ts';
import { guardAgainstShrink } from '../../src/lib/content/shrink-guard.ts';
import { loadSiteContent } from '../../src/lib/content/site-content.ts';
import { createExportSource } from '../../src/lib/sanity/export-source.ts';
import { createRemoteSource } from '../../src/lib/sanity/remote-source.ts';
import { datasetWithPosts, type TestDocument, writeExport } from '../support/dataset-builder.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const tempDir = useTempDirs();
const CREATED = '2025-03-04T05:06:07Z';

/** A site of `posts` posts whose settings document was created at `createdAt` (if given). */
function site(posts: number, createdAt?: string): TestDocument[] {
  return datasetWithPosts(posts).map((doc) =>
    doc._id === 'siteSettings' && createdAt ? { ...doc, _createdAt: createdAt } : doc,
  );
}

/** The guard step of a build, as src/content.config.ts runs it: load, identify, compare. */
async function build(path: string, cacheDir: string): Promise<void> {
  const config: ExportSourceConfig = { kind: 'export', path, cacheDir: join(cacheDir, 'quire-exports') };
  const source = createExportSource(config);
  const content = await loadSiteContent(source, { now: new Date(), allowEmptySite: false, warn: () => {} });
  await guardAgainstShrink(content.posts.size, {
    cacheDir,
    identity: await identifyContent(config, source),
    allowShrink: false,
    describeSource: source.description,
  });
}

/** Rewrites the export folder's data.ndjson in place, as a re-export into the same folder does. */
async function replaceDocuments(folder: string, documents: TestDocument[]): Promise<void> {
  await writeFile(join(folder, 'data.ndjson'), documents.map((doc) => `${JSON.stringify(doc)}\n`).join(''));
}

describe('the shrink guard knows a site however its export is named', () => {
  it.each([
    { spelling: 'a trailing slash', respell: async (folder: string) => `${folder}/` },
    { spelling: 'a relative path', respell: async (folder: string) => relative(process.cwd(), folder) },
    { spelling: 'a `..` in the path', respell: async (folder: string) => `${folder}/../production-export` },
    {
      spelling: 'a symbolic link',
      respell: async (folder: string) => {
        const link = join(await tempDir(), 'current-export');
        await symlink(folder, link);
        return link;
      },
    },
  ])('refuses 27 → 9 posts when the same folder is named with $spelling', async ({ respell }) => {
    const cache = await tempDir();
    const { folder } = await writeExport(site(27), { parent: await tempDir() });
    await build(folder, cache);
    await replaceDocuments(folder, site(9));
    await expect(build(await respell(folder), cache)).rejects.toThrow(
      /has 9 published posts; the last build had 27/,
    );
  });

  it('refuses 27 → 9 posts from a newer, renamed export of the same site', async () => {
    const cache = await tempDir();
    const january = await writeExport(site(27, CREATED), { parent: await tempDir() });
    const february = await writeExport(site(9, CREATED), { parent: await tempDir() });
    const renamed = join(february.archive, '..', 'production-2026-02-01.tar.gz');
    await rename(february.archive, renamed);
    await build(january.archive, cache);
    await expect(build(renamed, cache)).rejects.toThrow(/has 9 published posts; the last build had 27/);
  });

  it('lets another site (another settings document) build with fewer posts', async () => {
    const cache = await tempDir();
    await build((await writeExport(site(27, CREATED), { parent: await tempDir() })).archive, cache);
    await build(
      (await writeExport(site(9, '2026-09-09T09:09:09Z'), { parent: await tempDir() })).archive,
      cache,
    );
  });
});

describe('identifyContent for the Sanity API', () => {
  const remote = (overrides: Partial<RemoteSourceConfig>): RemoteSourceConfig => ({
    kind: 'remote',
    projectId: 'abc123',
    dataset: 'production',
    perspective: 'published',
    timeoutMs: 1000,
    maxRetries: 0,
    maxResponseBytes: 1_000_000,
    ...overrides,
  });
  const identify = (config: RemoteSourceConfig) => identifyContent(config, createRemoteSource(config));

  it.each([
    { name: 'a token', a: {}, b: { token: 'secret' }, same: true },
    {
      name: 'a trailing slash on the API host',
      a: { apiHost: 'http://127.0.0.1:4000' },
      b: { apiHost: 'http://127.0.0.1:4000/' },
      same: true,
    },
    { name: 'another dataset', a: {}, b: { dataset: 'staging' }, same: false },
    { name: 'another project', a: {}, b: { projectId: 'xyz789' }, same: false },
    { name: 'an API host (an emulator)', a: {}, b: { apiHost: 'http://127.0.0.1:4000' }, same: false },
  ])('treats configs differing by $name as the same site: $same', async ({ a, b, same }) => {
    const [first, second] = [await identify(remote(a)), await identify(remote(b))];
    expect(first === second).toBe(same);
    expect(first).toContain('abc123');
  });
});
