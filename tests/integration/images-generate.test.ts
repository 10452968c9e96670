import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/content/entries.ts';
import { STATS_FILE } from '../../src/lib/images/generate.ts';
import { planImage } from '../../src/lib/images/plan.ts';
import { exportAssetPolicy } from '../../src/lib/sanity/asset-policy.ts';
import { allowImagesFrom, derivativesOf, generateDerivatives } from '../support/image-plans.ts';

let work: string;
let photo: Figure;

/** A 2000×1200 JPEG with a red left half and a blue right half, so cuts can be seen. */
async function writePhoto(file: string): Promise<void> {
  const half = { width: 1000, height: 1200, channels: 3 } as const;
  const red = await sharp({ create: { ...half, background: '#d00' } })
    .png()
    .toBuffer();
  await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#00d' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .toFile(file);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'quire-images-'));
  const file = join(work, 'photo.jpg');
  await writePhoto(file);
  // The pipeline reads only what a content source's policy allows; here, the files of this test.
  allowImagesFrom(
    exportAssetPolicy(work, [pathToFileURL(file).href, pathToFileURL(join(work, 'rotated.jpg')).href]),
  );
  photo = {
    alt: 'Red and blue',
    crop: { top: 0.1, bottom: 0, left: 0, right: 0.2 },
    hotspot: { x: 0.25, y: 0.5, width: 0.1, height: 0.1 },
    asset: {
      id: 'image-test-2000x1200-jpg',
      url: pathToFileURL(file).href,
      mimeType: 'image/jpeg',
      width: 2000,
      height: 1200,
    },
  };
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('generateDerivatives over a real image', () => {
  it('encodes every derivative once, then serves them all from the cache', async () => {
    const cacheDir = join(work, 'cache');
    const planned = derivativesOf(
      planImage(photo, { widths: [480, 1600] }),
      planImage(photo, { widths: [600], aspect: 1 }),
    );
    expect(planned.size).toBe(9); // (2 widths + 1 square width) × 3 formats

    const first = await generateDerivatives(planned, {
      outDir: join(work, 'dist-1'),
      cacheDir,
      concurrency: 2,
    });
    expect(first).toMatchObject({ total: 9, encoded: 9, fromCache: 0 });
    const cachedAt = await stat(join(cacheDir, [...planned.keys()][0] ?? ''));

    const second = await generateDerivatives(planned, {
      outDir: join(work, 'dist-2'),
      cacheDir,
      concurrency: 2,
    });
    expect(second).toMatchObject({ total: 9, encoded: 0, fromCache: 9 });
    expect(JSON.parse(await readFile(join(cacheDir, STATS_FILE), 'utf8'))).toEqual(second);
    expect((await stat(join(cacheDir, [...planned.keys()][0] ?? ''))).mtimeMs).toBe(cachedAt.mtimeMs);

    for (const [path, derivative] of planned) {
      const written = await sharp(join(work, 'dist-2', path)).metadata();
      expect([written.width, written.height, written.format]).toEqual([
        derivative.width,
        derivative.height,
        derivative.format === 'jpeg' ? 'jpeg' : derivative.format === 'avif' ? 'heif' : derivative.format,
      ]);
      expect(written.exif).toBeUndefined();
    }
  });

  it('cuts where the plan says: a square around a hotspot on the red half is red', async () => {
    const planned = derivativesOf(planImage(photo, { widths: [200], aspect: 1 }));
    const [[path] = []] = [...planned].filter(([, derivative]) => derivative.format === 'webp');
    await generateDerivatives(planned, {
      outDir: join(work, 'dist-3'),
      cacheDir: join(work, 'cache'),
      concurrency: 1,
    });
    const { dominant } = await sharp(join(work, 'dist-3', path ?? '')).stats();
    expect(dominant.r).toBeGreaterThan(150);
    expect(dominant.b).toBeLessThan(100);
  });
});

describe('generateDerivatives and EXIF orientation', () => {
  let rotated: Figure['asset'];
  beforeAll(async () => {
    // Stored 200×100, red left half and blue right half, shown rotated 90° clockwise: red on top.
    const file = join(work, 'rotated.jpg');
    const red = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#d00' } })
      .png()
      .toBuffer();
    await sharp({ create: { width: 200, height: 100, channels: 3, background: '#00d' } })
      .composite([{ input: red, left: 0, top: 0 }])
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toFile(file);
    rotated = {
      id: 'image-rotated',
      url: pathToFileURL(file).href,
      mimeType: 'image/jpeg',
      width: 100,
      height: 200,
    };
  });

  it.each<[string, NonNullable<Figure['crop']>, 'red' | 'blue']>([
    ['the bottom half of the upright image is blue', { top: 0.5, bottom: 0, left: 0, right: 0 }, 'blue'],
    ['the top half of the upright image is red', { top: 0, bottom: 0.5, left: 0, right: 0 }, 'red'],
  ])('crops in upright pixels, as Sanity declares them: %s', async (_name, crop, colour) => {
    const planned = derivativesOf(planImage({ crop, asset: rotated }, { widths: [50] }));
    const [path = ''] = [...planned].find(([, planned]) => planned.format === 'webp') ?? [];
    const outDir = join(work, 'dist-rotated');
    await generateDerivatives(planned, { outDir, cacheDir: join(work, 'cache'), concurrency: 2 });
    const { dominant } = await sharp(join(outDir, path)).stats();
    expect(colour === 'red' ? dominant.r > dominant.b : dominant.b > dominant.r).toBe(true);
  });

  it('refuses a size declared as stored (sideways), naming the asset, rather than cut it wrong', async () => {
    const planned = derivativesOf(
      planImage({ asset: { ...rotated, width: 200, height: 100, usedBy: 'post-7' } }, { widths: [50] }),
    );
    const options = { outDir: join(work, 'dist-sideways'), cacheDir: join(work, 'cache'), concurrency: 2 };
    await expect(generateDerivatives(planned, options)).rejects.toThrow(
      /^\[images\] Image "image-rotated" used by "post-7" could not be cut: its file is 100×200 \(upright\) but the dataset says 200×100/,
    );
  });
});
