import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { EXPORT_LIMITS, type ExportLimits } from '../../src/lib/sanity/export-limits.ts';
import { buildTarGz, type RawTarEntry } from '../support/tar-builder.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const tempDir = useTempDirs();
const DATA = `${JSON.stringify({ _id: 'a', _type: 'author', name: 'A' })}\n`;
const data = (path = 'x/data.ndjson'): RawTarEntry => ({ path, body: DATA });
const file = (path: string, bytes: number): RawTarEntry => ({ path, body: 'x'.repeat(bytes) });

async function writeArchive(entries: RawTarEntry[]): Promise<{ archive: string; root: string }> {
  const root = await tempDir();
  const archive = join(root, 'export.tar.gz');
  await writeFile(archive, buildTarGz(entries));
  return { archive, root };
}

/** Every file and folder under `root`, relative to it. */
async function listTree(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true })).sort();
}

describe('archive limits', () => {
  const small: ExportLimits = { maxFileBytes: 1000, maxTotalBytes: 2500, maxEntries: 4, maxDataBytes: 200 };

  it.each([
    {
      name: 'one file over the per-file limit',
      entries: [data(), file('x/images/big.png', 1001)],
      error: /"x\/images\/big\.png" of 1001 bytes, over the limit of 1000 bytes for one file/,
    },
    {
      name: 'files over the total limit together',
      entries: [data(), file('x/a.png', 900), file('x/b.png', 900), file('x/c.png', 900)],
      error: /holds more than 2500 bytes of files, the limit for one export/,
    },
    {
      name: 'more entries than the limit',
      entries: [data(), file('x/a', 1), file('x/b', 1), file('x/c', 1), file('x/d', 1)],
      error: /has more than 4 entries, the limit for one export/,
    },
    {
      name: 'links counted as entries too',
      entries: [
        data(),
        ...['l1', 'l2', 'l3', 'l4'].map((name) => ({
          path: `x/${name}`,
          type: 'SymbolicLink' as const,
          linkpath: 'data.ndjson',
        })),
      ],
      error: /has more than 4 entries/,
    },
    {
      name: 'a data.ndjson over its own limit',
      entries: [file('x/data.ndjson', 201)],
      error:
        /data\.ndjson in the dataset export ".*" \(at "x\/data\.ndjson"\) is 201 bytes, over the limit of 200 bytes/,
    },
  ])('refuses $name, naming the archive and the limit, and leaves no trace', async ({ entries, error }) => {
    const { archive, root } = await writeArchive(entries);
    const cache = join(root, 'cache');
    const failure = await readDatasetExport(archive, cache, small).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(error);
    expect((failure as Error).message).toMatch(
      /^\[content\] .*raise EXPORT_LIMITS in src\/lib\/sanity\/export-limits\.ts/,
    );
    expect(await listTree(cache)).toEqual([]);
  });

  it('reads an archive exactly at every limit', async () => {
    const body = '\n'.repeat(200 - DATA.length);
    const padded: RawTarEntry = { path: 'x/data.ndjson', body: `${DATA}${body}` };
    const { archive, root } = await writeArchive([
      padded,
      file('x/a.png', 1000),
      file('x/b.png', 1000),
      file('x/c', 300),
    ]);
    const { documents } = await readDatasetExport(archive, join(root, 'cache'), small);
    expect(documents.map((doc) => doc._id)).toEqual(['a']);
  });

  it('refuses an unpacked folder whose data.ndjson is over the limit', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'data.ndjson'), DATA.repeat(10));
    const limits = { ...EXPORT_LIMITS, maxDataBytes: DATA.length * 10 - 1 };
    await expect(readDatasetExport(folder, undefined, limits)).rejects.toThrow(
      new RegExp(
        `data\\.ndjson in the dataset export "${folder}" is ${DATA.length * 10} bytes, over the limit`,
      ),
    );
  });

  it('refuses an unpacked folder whose data.ndjson is a device, which would never end', async () => {
    const folder = await tempDir();
    await symlink('/dev/zero', join(folder, 'data.ndjson'));
    await expect(readDatasetExport(folder)).rejects.toThrow(
      /data\.ndjson in the dataset export ".*" is not a regular file/,
    );
  });
});

describe('what unpacking writes', () => {
  it('writes regular files inside the target only, skipping links, devices and escaping paths', async () => {
    const { archive, root } = await writeArchive([
      data(),
      file('x/images/ok.png', 10),
      { path: 'x/link', type: 'SymbolicLink', linkpath: '/etc/passwd' },
      { path: 'x/hard', type: 'Link', linkpath: 'x/data.ndjson' },
      { path: 'x/outside', type: 'Link', linkpath: '../../../escaped-link' },
      { path: 'x/device', type: 'CharacterDevice' },
      { path: 'x/pipe', type: 'FIFO' },
      { path: 'x/folder', type: 'Directory' },
      file('../escaped-up.txt', 5),
      file('x/../../escaped-climb.txt', 5),
      file('/tmp/escaped-absolute.txt', 5),
      file('x\\..\\..\\escaped-backslash.txt', 5),
    ]);
    const cache = join(root, 'cache');
    const { folder } = await readDatasetExport(archive, cache);
    expect(await listTree(folder)).toEqual(['data.ndjson', 'images', 'images/ok.png']);
    // Nothing beside the archive and its cache, where an escaping path would have landed.
    expect(await readdir(root)).toEqual(['cache', 'export.tar.gz']);
    expect((await listTree(cache)).filter((path) => path.includes('escaped'))).toEqual([]);
  });

  it('unpacks the layout `sanity dataset export` writes, one folder around everything', async () => {
    const { archive, root } = await writeArchive([
      { path: 'production-export-2026-01-01t00-00-00-000z/', type: 'Directory' },
      data('production-export-2026-01-01t00-00-00-000z/data.ndjson'),
    ]);
    await mkdir(join(root, 'cache'));
    const { folder, documents } = await readDatasetExport(archive, join(root, 'cache'));
    expect(folder).toMatch(/production-export-2026-01-01t00-00-00-000z$/);
    expect(documents).toHaveLength(1);
  });
});
