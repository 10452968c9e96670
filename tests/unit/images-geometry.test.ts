import { describe, expect, it } from 'vitest';
import { type ImageGeometry, type PixelRect, sourceRect } from '../../src/lib/images/geometry.ts';

const LANDSCAPE = { width: 1600, height: 900 };
const SQUARE = { width: 800, height: 800 };
const OG = 1200 / 630;

describe.each<[string, ImageGeometry, number | undefined, PixelRect]>([
  [
    'no crop, own aspect: the whole image',
    { asset: LANDSCAPE },
    undefined,
    { left: 0, top: 0, width: 1600, height: 900 },
  ],
  [
    'crop, own aspect: the cropped pixels',
    { asset: LANDSCAPE, crop: { top: 0.1, bottom: 0.1, left: 0.25, right: 0.25 } },
    undefined,
    { left: 400, top: 90, width: 800, height: 720 },
  ],
  [
    'crop values outside [0, 1] are clamped',
    { asset: LANDSCAPE, crop: { top: -0.5, bottom: 0, left: 0, right: 2 } },
    undefined,
    { left: 0, top: 0, width: 1, height: 900 },
  ],
  [
    'target wider than source: cut top and bottom around the hotspot',
    { asset: SQUARE, hotspot: { x: 0.5, y: 0.3, width: 0.2, height: 0.2 } },
    OG,
    { left: 0, top: 30, width: 800, height: 420 },
  ],
  [
    'target taller than source: cut the sides around the hotspot',
    { asset: LANDSCAPE, hotspot: { x: 0.3, y: 0.5, width: 0.1, height: 0.1 } },
    4 / 5,
    { left: 120, top: 0, width: 720, height: 900 },
  ],
  [
    'hotspot near the right edge: the cut is clamped inside the image',
    { asset: LANDSCAPE, hotspot: { x: 0.97, y: 0.5, width: 0.05, height: 0.05 } },
    1,
    { left: 700, top: 0, width: 900, height: 900 },
  ],
  [
    'hotspot near the bottom edge: the cut is clamped inside the image',
    { asset: SQUARE, hotspot: { x: 0.5, y: 0.99, width: 0.01, height: 0.01 } },
    OG,
    { left: 0, top: 380, width: 800, height: 420 },
  ],
  [
    'crop first, then the cut stays inside the crop even when the hotspot is outside it',
    {
      asset: LANDSCAPE,
      crop: { top: 0, bottom: 0, left: 0.5, right: 0 },
      hotspot: { x: 0.1, y: 0.5, width: 0.1, height: 0.1 },
    },
    1 / 2,
    { left: 800, top: 0, width: 450, height: 900 },
  ],
  [
    'no hotspot: the focus is the centre of the crop',
    { asset: LANDSCAPE, crop: { top: 0, bottom: 0, left: 0.5, right: 0 } },
    OG,
    { left: 800, top: 240, width: 800, height: 420 },
  ],
  [
    'target aspect equal to the crop: unchanged',
    { asset: LANDSCAPE, hotspot: { x: 0.1, y: 0.1, width: 0.1, height: 0.1 } },
    16 / 9,
    { left: 0, top: 0, width: 1600, height: 900 },
  ],
])('sourceRect: %s', (_name, figure, aspect, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => {
    const rect = sourceRect(figure, aspect);
    expect(rect).toEqual(expected);
    // Whatever the input, the rectangle lies inside the image.
    expect(rect.left + rect.width).toBeLessThanOrEqual(figure.asset.width);
    expect(rect.top + rect.height).toBeLessThanOrEqual(figure.asset.height);
  });
});
