import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/lib/content/site-content.ts';
import { planImage } from '../../src/lib/images/plan.ts';
import { FIGURE_BLOCK } from '../../src/lib/portable-text/blocks.ts';
import type { ContentSource } from '../../src/lib/sanity/content-source.ts';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { createExportSource } from '../../src/lib/sanity/export-source.ts';
import { baseDocuments, figure, paragraph, post, writeExport } from '../support/dataset-builder.ts';
import { emulatorSource } from '../support/emulator-client.ts';
import { allowImagesFrom, derivativesOf, generateDerivatives } from '../support/image-plans.ts';
import { type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator.ts';

/*
 * A phone photo is stored landscape with EXIF orientation 6 ("turn me 90° clockwise"). From an
 * export and through the API alike, every derivative must be upright: portrait, exactly the
 * size the page declares, red on top (the stored left half), blue below.
 */

const OPTIONS = { now: new Date('2026-06-01T00:00:00Z'), allowEmptySite: false, warn: () => {} };

let work: string;
let exportFolder: string;
let emulator: SanityEmulator;

async function sidewaysPhoto(): Promise<Buffer> {
  const red = await sharp({ create: { width: 300, height: 450, channels: 3, background: '#d00' } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 600, height: 450, channels: 3, background: '#00d' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 90 })
    .toBuffer();
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'quire-orientation-'));
  const body = [paragraph('Text'), { ...figure('A portrait', 'portrait.jpg'), _key: 'f1' }];
  const documents = [...baseDocuments(), post(1, { body })];
  ({ folder: exportFolder } = await writeExport(documents, {
    images: { 'portrait.jpg': await sidewaysPhoto() },
  }));
  const dataset = await readDatasetExport(exportFolder);
  emulator = await startSanityEmulator({
    documents: dataset.documents,
    projectId: 'quiretest',
    images: dataset.folder,
  });
});
afterAll(async () => {
  await emulator.close();
  await rm(work, { recursive: true, force: true });
});

const SOURCES: Array<[string, () => ContentSource]> = [
  ['a dataset export', () => createExportSource({ kind: 'export', path: exportFolder })],
  ['the Sanity API (the emulator, serving the original with its EXIF)', () => emulatorSource(emulator)],
];

/** The RGB of the pixel at (x, y) of an encoded image. */
async function pixel(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)];
}

describe.each(SOURCES)('an EXIF-rotated photo from %s', (name, createSource) => {
  it('is declared portrait and every derivative is upright at the declared size', async () => {
    const source = createSource();
    const content = await loadSiteContent(source, OPTIONS);
    allowImagesFrom(await source.assetPolicy());
    const figureBlock = content.posts.get('post-1')?.body.find((block) => block._type === 'figure');
    const photo = FIGURE_BLOCK.parse(figureBlock);
    expect([photo.asset.width, photo.asset.height]).toEqual([450, 600]);

    const plan = planImage(photo, { widths: [150, 300, 1200] });
    const planned = derivativesOf(plan);
    expect([plan.width, plan.height]).toEqual([450, 600]);
    const outDir = join(work, name.split(' ')[1] ?? 'x');
    await generateDerivatives(planned, { outDir, cacheDir: join(outDir, 'cache'), concurrency: 2 });

    const derivatives = [...planned];
    expect(derivatives.map(([, planned]) => planned.format).sort()).toEqual([
      'avif',
      'avif',
      'avif',
      'jpeg',
      'jpeg',
      'jpeg',
      'webp',
      'webp',
      'webp',
    ]);
    for (const [path, planned] of derivatives) {
      const file = join(outDir, path);
      const { width = 0, height = 0, orientation } = await sharp(file).metadata();
      expect([width, height, orientation], path).toEqual([planned.width, planned.height, undefined]);
      expect(height, path).toBeGreaterThan(width);
      const [top, bottom] = [await pixel(file, width >> 1, 2), await pixel(file, width >> 1, height - 3)];
      expect(top[0] ?? 0, `${path} top is red`).toBeGreaterThan(150);
      expect(bottom[2] ?? 0, `${path} bottom is blue`).toBeGreaterThan(150);
    }
  });
});
