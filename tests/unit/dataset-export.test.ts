import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { createExportSource } from '../../src/lib/sanity/export-source.ts';
import { baseDocuments, figure, post, type TestDocument, writeExport } from '../support/dataset-builder.ts';
import { buildTarGz } from '../support/tar-builder.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const tempDir = useTempDirs();
const exportOf = async (documents: TestDocument[]) => writeExport(documents, { parent: await tempDir() });

async function writeArchive(bytes: Buffer): Promise<string> {
  const file = join(await tempDir(), 'export.tar.gz');
  await writeFile(file, bytes);
  return file;
}

describe('readDatasetExport', () => {
  it('reads an archive and its unpacked folder to the same documents', async () => {
    const paths = await exportOf([...baseDocuments(), post(1)]);
    const fromFolder = await readDatasetExport(paths.folder);
    const fromArchive = await readDatasetExport(paths.archive, await tempDir());
    const strip = (docs: typeof fromFolder.documents) =>
      JSON.stringify(docs).replaceAll(/file:[^"]+\/images\//g, 'file:IMAGES/');
    expect(strip(fromArchive.documents)).toBe(strip(fromFolder.documents));
  });

  it('hides drafts and release versions, as the published perspective does', async () => {
    const paths = await exportOf([
      post(1),
      { ...post(1), _id: 'drafts.post-1' },
      { ...post(2), _id: 'versions.r1.post-2' },
    ]);
    const { documents } = await readDatasetExport(paths.folder);
    expect(documents.filter((doc) => doc._type === 'post').map((doc) => doc._id)).toEqual(['post-1']);
  });

  it('turns _sanityAsset into a reference to the asset document the Content Lake would hold', async () => {
    const paths = await exportOf([{ _id: 'a', _type: 'author', image: figure('Portrait') }]);
    const { documents } = await readDatasetExport(paths.folder);
    const author = documents.find((doc) => doc._id === 'a');
    const asset = documents.find((doc) => doc._type === 'sanity.imageAsset');
    expect(author?.image).toEqual({
      _type: 'figure',
      alt: 'Portrait',
      caption: 'A caption',
      asset: { _type: 'reference', _ref: asset?._id },
    });
    expect(asset).toMatchObject({
      _id: expect.stringMatching(/^image-[0-9a-f]{40}-640x360-png$/),
      mimeType: 'image/png',
      url: expect.stringMatching(/^file:\/\/.*\.png$/),
      metadata: {
        dimensions: { width: 640, height: 360, aspectRatio: 640 / 360 },
        lqip: expect.stringMatching(/^data:image\/jpeg;base64,/),
      },
    });
  });

  it('answers asset-> projections with the Content Lake shape', async () => {
    const paths = await exportOf([...baseDocuments(), post(1)]);
    const source = createExportSource({ kind: 'export', path: paths.folder });
    const result = await source.fetch('*[_id == $id][0].mainImage.asset->metadata.dimensions', {
      id: 'post-1',
    });
    expect(result).toEqual({
      _type: 'sanity.imageDimensions',
      width: 640,
      height: 360,
      aspectRatio: 640 / 360,
    });
  });

  it.each([
    ['a path that does not exist', async () => '/nonexistent/export', /does not exist.*SANITY_EXPORT/],
    ['a folder without data.ndjson', async () => tempDir(), /No data\.ndjson/],
    [
      'a line that is not JSON',
      async () => {
        const folder = await tempDir();
        await writeFile(join(folder, 'data.ndjson'), '{"_id":"a","_type":"post"}\n{oops\n');
        return folder;
      },
      /Line 2 of data\.ndjson .* is not valid JSON/,
    ],
    [
      'an image missing from the export',
      async () => {
        const folder = await tempDir();
        const doc = {
          _id: 'p',
          _type: 'post',
          mainImage: { _sanityAsset: 'image@file://./images/gone.jpg' },
        };
        await writeFile(join(folder, 'data.ndjson'), `${JSON.stringify(doc)}\n`);
        return folder;
      },
      /Document "p", field "mainImage": the file "images\/gone\.jpg" is missing/,
    ],
    [
      'an archive that is not a tar.gz',
      async () => writeArchive(Buffer.from('not an archive')),
      /Cannot unpack the dataset export .*incorrect header check/,
    ],
    [
      'a gzip file that holds no tar',
      async () => writeArchive(gzipSync('data.ndjson is not in here')),
      /Cannot unpack the dataset export .*TAR_BAD_ARCHIVE/,
    ],
    [
      'an archive cut off inside a file',
      async () => {
        const whole = gunzipSync(buildTarGz([{ path: 'x/data.ndjson', body: 'x'.repeat(4000) }]));
        return writeArchive(gzipSync(whole.subarray(0, 2048)));
      },
      /Cannot unpack the dataset export .*Truncated input/,
    ],
  ])('fails clearly on %s', async (_, makePath, message) => {
    await expect(readDatasetExport(await makePath(), await tempDir())).rejects.toThrow(message);
  });

  it('needs a cache folder to read an archive, and says so', async () => {
    const paths = await exportOf([...baseDocuments(), post(1)]);
    await expect(readDatasetExport(paths.archive)).rejects.toThrow(/no cache folder was given.*cacheDir/);
  });
});
