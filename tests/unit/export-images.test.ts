import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { type ImageSamples, imageSamples } from '../support/broken-images.ts';
import { baseDocuments, figure, paragraph, post, writeExport } from '../support/dataset-builder.ts';

/*
 * The export reader opens every image once (for its size and placeholder), so an image the
 * pipeline could not decode fails here, before any page is written, naming who uses it.
 */

let samples: ImageSamples;
beforeAll(async () => {
  samples = await imageSamples();
});

describe('an export image that cannot be decoded is a content error naming its document', () => {
  it.each<[keyof ImageSamples, RegExp]>([
    ['garbage', /not in an image format the pipeline reads/],
    ['truncated', /the file is damaged or incomplete \(/],
    ['headerOnly', /the file is damaged or incomplete/],
    ['huge', /larger than the 268 megapixels \(16383×16383\)/],
  ])('%s', async (kind, reason) => {
    const file = `${kind}.jpg`;
    const body = [paragraph('Text'), { ...figure('Broken', file), _key: 'f1' }];
    const { folder } = await writeExport([...baseDocuments(), post(1), post(2, { body })], {
      images: { [file]: samples[kind] },
    });
    const reading = readDatasetExport(folder);
    await expect(reading).rejects.toThrow(
      new RegExp(
        `^\\[content\\] The published content has a problem .*\\n  - \\[content\\] Document "post-2", field "body\\[_key=="f1"\\]": the image "images/${file}" in the export cannot be used: `,
      ),
    );
    await expect(reading).rejects.toThrow(reason);
    await expect(reading).rejects.toThrow(`Replace images/${file} in the export with a working image`);
  });

  it('lists every broken image at once', async () => {
    const images = { 'a.jpg': samples.garbage, 'b.jpg': samples.truncated };
    const documents = [
      ...baseDocuments(),
      post(1, { mainImage: figure('A', 'a.jpg') }),
      post(2, { mainImage: figure('B', 'b.jpg') }),
    ];
    const { folder } = await writeExport(documents, { images });
    await expect(readDatasetExport(folder)).rejects.toThrow(
      /2 problems[\s\S]*"post-1", field "mainImage"[\s\S]*"post-2", field "mainImage"/,
    );
  });
});

describe('an export image stored sideways with EXIF orientation', () => {
  it.each([
    [6, [300, 400]],
    [8, [300, 400]],
    [3, [400, 300]],
    [1, [400, 300]],
  ])(
    'orientation %i is declared at its upright size %j, as Sanity declares it',
    async (orientation, [width, height]) => {
      const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#36c' } })
        .withMetadata({ orientation })
        .jpeg()
        .toBuffer();
      const { folder } = await writeExport([post(1, { mainImage: figure('Photo', 'photo.jpg') })], {
        images: { 'photo.jpg': photo },
      });
      const { assets } = await readDatasetExport(folder);
      const asset = assets.find((doc) => doc.originalFilename === 'photo.jpg');
      expect(asset?._id).toMatch(new RegExp(`^image-[0-9a-f]{40}-${width}x${height}-jpg$`));
      expect(asset?.metadata).toMatchObject({
        dimensions: { width, height, aspectRatio: (width ?? 0) / (height ?? 1) },
      });
      const { lqip: dataUrl = '' } = (asset?.metadata ?? {}) as { lqip?: string };
      const lqip = Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
      const placeholder = await sharp(lqip).metadata();
      expect(placeholder.width < placeholder.height).toBe((width ?? 0) < (height ?? 0));
    },
  );
});
