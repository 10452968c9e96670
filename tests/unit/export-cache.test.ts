import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { KEEP_UNPACKED_EXPORTS } from '../../src/lib/sanity/export-cache.ts';
import { baseDocuments, post, type TestDocument, writeExport } from '../support/dataset-builder.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const tempDir = useTempDirs();
const ENTRY = /^[0-9a-f]{16}$/;

async function setUp(documents: TestDocument[] = [...baseDocuments(), post(1)]) {
  const root = await tempDir();
  return { ...(await writeExport(documents, { parent: root })), cache: join(root, 'cache', 'quire-exports') };
}

const titles = (documents: TestDocument[]) =>
  documents.filter((doc) => doc._type === 'post').map((doc) => doc.title);

describe('the unpack cache', () => {
  it('lives in the folder it is given, one entry per archive, reused while it matches', async () => {
    const { archive, cache } = await setUp();
    const first = await readDatasetExport(archive, cache);
    const again = await readDatasetExport(archive, cache);
    const entries = await readdir(cache);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(ENTRY);
    expect(relative(cache, first.folder).startsWith(`${entries[0]}/`)).toBe(true);
    expect(again.folder).toBe(first.folder);
  });

  it.each([
    {
      change: 'an edited data.ndjson',
      tamper: (folder: string) =>
        writeFile(
          join(folder, 'data.ndjson'),
          `${JSON.stringify({ ...post(1), title: 'Edited in the cache' })}\n`,
        ),
    },
    {
      change: 'a data.ndjson added above the real one',
      tamper: async (folder: string) =>
        writeFile(join(folder, '..', 'data.ndjson'), `${JSON.stringify({ ...post(9), title: 'Planted' })}\n`),
    },
    {
      change: 'a deleted image',
      tamper: async (folder: string) => {
        const images = join(folder, 'images');
        for (const name of await readdir(images)) await rm(join(images, name));
      },
    },
    {
      change: 'a deleted manifest',
      tamper: (folder: string) => rm(join(folder, '..', '..', 'quire-manifest.json')),
    },
  ])('does not trust $change: it unpacks the archive again', async ({ tamper }) => {
    const { archive, cache } = await setUp();
    const first = await readDatasetExport(archive, cache);
    const original = await readFile(join(first.folder, 'data.ndjson'), 'utf8');
    await tamper(first.folder);
    const again = await readDatasetExport(archive, cache);
    expect(titles(again.documents)).toEqual(['Post number 1']);
    expect(again.documents).toEqual(first.documents);
    expect(await readFile(join(again.folder, 'data.ndjson'), 'utf8')).toBe(original);
  });

  it(`keeps the ${KEEP_UNPACKED_EXPORTS} most recently used archives`, async () => {
    const root = await tempDir();
    const cache = join(root, 'cache');
    const archive = async (n: number) => (await writeExport([post(n)], { parent: root })).archive;
    const use = async (path: string) =>
      relative(cache, (await readDatasetExport(path, cache)).folder).split('/')[0];
    const [a, b, c, d, e] = [
      await archive(1),
      await archive(2),
      await archive(3),
      await archive(4),
      await archive(5),
    ];
    const [entryA, entryB, entryC] = [await use(a), await use(b), await use(c)];
    await use(a); // used again: now more recent than B and C
    const entryD = await use(d);
    expect((await readdir(cache)).sort()).toEqual([entryA, entryC, entryD].sort());
    const entryE = await use(e);
    expect((await readdir(cache)).sort()).toEqual([entryA, entryD, entryE].sort());
    expect(new Set([entryA, entryB, entryC, entryD, entryE]).size).toBe(5);
  });

  it('removes the folders of unpacks whose build died, and keeps those of running builds', async () => {
    const { archive, cache } = await setUp();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const running = process.ppid;
    await mkdir(join(cache, `0123456789abcdef.${dead}.partial`), { recursive: true });
    await mkdir(join(cache, `fedcba9876543210.${running}.partial`), { recursive: true });
    await readDatasetExport(archive, cache);
    const names = await readdir(cache);
    expect(names).toContain(`fedcba9876543210.${running}.partial`);
    expect(names).not.toContain(`0123456789abcdef.${dead}.partial`);
    expect(names.filter((name) => ENTRY.test(name))).toHaveLength(1);
  });
});
