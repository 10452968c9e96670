import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/content/entries.ts';
import { planImage, planSingleImage, planWidths } from '../../src/lib/images/plan.ts';

const ASSET_ID = 'image-06be7a971605b1171a80e9a8cce53fd322bcb27a-1600x900-jpg';

function figure(overrides: Partial<Figure> = {}, asset: Partial<Figure['asset']> = {}): Figure {
  return {
    alt: 'A lake at dawn',
    asset: {
      id: ASSET_ID,
      url: 'https://cdn.sanity.io/images/p/production/06be7a971605b1171a80e9a8cce53fd322bcb27a-1600x900.jpg',
      mimeType: 'image/jpeg',
      width: 1600,
      height: 900,
      ...asset,
    },
    ...overrides,
  };
}

describe.each<[string, number, number[] | undefined, number[]]>([
  ['a large source gets the whole default ladder', 3000, undefined, [480, 800, 1200, 1600]],
  ['a source exactly at a step gets that step as its largest', 1600, undefined, [480, 800, 1200, 1600]],
  ['a mid-size source stops at its own width', 1000, undefined, [480, 800, 1000]],
  ['a source below every step gets only its own width', 300, undefined, [300]],
  ['custom widths are sorted and deduplicated', 2000, [1200, 400, 1200], [400, 1200]],
  ['several too-large widths collapse into the source width', 900, [400, 1000, 2000], [400, 900]],
])('planWidths: %s', (_name, available, requested, expected) => {
  it(`gives ${expected.join(', ')}`, () => expect(planWidths(available, requested)).toEqual(expected));
});

describe('planWidths rejects widths it cannot plan', () => {
  it.each([[[]], [[0]], [[480.5]], [[-1]]])('%j', (widths) => {
    expect(() => planWidths(1600, widths)).toThrow(/^\[images\]/);
  });
});

describe('planSingleImage', () => {
  const URL_SHAPE = new RegExp(`^/_images/${ASSET_ID}/[0-9a-f]{16}\\.(jpg|png)$`);
  const pathOf = (image: Figure, options: Parameters<typeof planSingleImage>[1]) =>
    planSingleImage(image, options).file.path;

  it('is root-relative, named by asset id and hash, and the same every time', () => {
    const first = pathOf(figure(), { width: 800 });
    expect(first).toMatch(URL_SHAPE);
    expect(pathOf(figure({ alt: 'Other words', caption: 'A caption' }), { width: 800 })).toBe(first);
  });

  it.each<[string, Parameters<typeof planSingleImage>[1], Partial<Figure>, Partial<Figure['asset']>]>([
    ['width', { width: 480 }, {}, {}],
    ['format', { width: 800 }, {}, { mimeType: 'image/png' }],
    ['aspect', { width: 800, aspect: 1 }, {}, {}],
    ['crop', { width: 800 }, { crop: { top: 0.1, bottom: 0, left: 0, right: 0 } }, {}],
  ])('changes when the %s changes', (_name, options, overrides, asset) => {
    const base = pathOf(figure(), { width: 800 });
    expect(pathOf(figure(overrides, asset), options)).not.toBe(base);
  });

  it('never upscales: a width past the source is the source width', () => {
    expect(pathOf(figure(), { width: 4000 })).toBe(pathOf(figure(), { width: 1600 }));
  });

  it('plans the derivative with its pixel rect and output size, and states them', () => {
    const image = planSingleImage(figure({ crop: { top: 0, bottom: 0, left: 0.25, right: 0.25 } }), {
      width: 400,
    });
    expect(image.file.derivative).toEqual({
      assetId: ASSET_ID,
      sourceUrl: figure().asset.url,
      sourceWidth: 1600,
      sourceHeight: 900,
      rect: { left: 400, top: 0, width: 800, height: 900 },
      width: 400,
      height: 450,
      format: 'jpeg',
    });
    expect(image).toMatchObject({ src: image.file.path, width: 400, height: 450, type: 'image/jpeg' });
  });

  it.each(['../../etc/passwd', 'image-a/b', ''])(
    'refuses the asset id %j, which could not name a file',
    (id) => {
      expect(() => planSingleImage(figure({}, { id }), { width: 480 })).toThrow(/^\[images\] Asset id/);
    },
  );

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the aspect %d', (aspect) => {
    expect(() => planSingleImage(figure(), { width: 480, aspect })).toThrow(/^\[images\] Aspect/);
  });
});

describe('planImage', () => {
  it('offers AVIF then WebP, with a JPEG fallback at every width, largest as src', () => {
    const plan = planImage(figure());
    expect(plan.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    for (const source of [...plan.sources, plan.fallback]) {
      expect(source.srcset.split(', ').map((candidate) => candidate.split(' ')[1])).toEqual([
        '480w',
        '800w',
        '1200w',
        '1600w',
      ]);
    }
    expect(plan.fallback.type).toBe('image/jpeg');
    expect(plan.fallback.srcset.endsWith(`${plan.fallback.src} 1600w`)).toBe(true);
    expect([plan.width, plan.height]).toEqual([1600, 900]);
    expect(new Set(plan.files.map((file) => file.path)).size).toBe(12);
  });

  it('falls back to PNG for a source that may be transparent', () => {
    const plan = planImage(figure({}, { mimeType: 'image/png' }));
    expect(plan.fallback.type).toBe('image/png');
    expect(plan.fallback.src).toMatch(/\.png$/);
  });

  it('cuts to a target aspect, e.g. 1200×630 for Open Graph', () => {
    const plan = planImage(figure(), { widths: [1200], aspect: 1200 / 630 });
    expect([plan.width, plan.height]).toEqual([1200, 630]);
  });

  it('sizes by the crop, so a cropped image is never upscaled', () => {
    const plan = planImage(figure({ crop: { top: 0, bottom: 0, left: 0.3, right: 0.3 } }));
    expect([plan.width, plan.height]).toEqual([640, 900]);
    expect(plan.fallback.srcset.split(', ').map((candidate) => candidate.split(' ')[1])).toEqual([
      '480w',
      '640w',
    ]);
  });
});
