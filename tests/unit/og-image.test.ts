import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/content/entries.ts';
import { planSiteImages } from '../../src/lib/images/site-images.ts';
import { toOgImage } from '../../src/lib/seo/og-image.ts';

const figure = (
  width: number,
  height: number,
  mimeType = 'image/jpeg',
  extra: Partial<Figure> = {},
): Figure => ({
  alt: 'Hills under a pale sun',
  asset: { id: `image-abc-${width}x${height}-jpg`, url: 'file:///images/abc.jpg', mimeType, width, height },
  ...extra,
});

describe('toOgImage', () => {
  it.each([
    { name: 'a 16:9 photo', image: figure(1600, 900), size: [1200, 630], type: 'image/jpeg', ext: 'jpg' },
    {
      name: 'an exact 1200×630',
      image: figure(1200, 630),
      size: [1200, 630],
      type: 'image/jpeg',
      ext: 'jpg',
    },
    { name: 'a square portrait', image: figure(800, 800), size: [800, 420], type: 'image/jpeg', ext: 'jpg' },
    {
      name: 'a small image, not upscaled',
      image: figure(640, 360),
      size: [640, 336],
      type: 'image/jpeg',
      ext: 'jpg',
    },
    {
      name: 'a PNG that may be transparent',
      image: figure(1600, 900, 'image/png'),
      size: [1200, 630],
      type: 'image/png',
      ext: 'png',
    },
  ])('crops $name to the card aspect', ({ image, size, type, ext }) => {
    const og = toOgImage(image, 'https://example.org');
    expect([og.width, og.height]).toEqual(size);
    expect(og.type).toBe(type);
    expect(og.alt).toBe('Hills under a pale sun');
    expect(og.url).toMatch(new RegExp(`^https://example\\.org/_images/${image.asset.id}/[\\w-]+\\.${ext}$`));
  });

  it('names a file the build plans from the content, at the size it reports', () => {
    const image = figure(1600, 900, 'image/jpeg', { hotspot: { x: 0.8, y: 0.5, width: 0.2, height: 0.2 } });
    const og = toOgImage(image, 'https://example.org');
    const settings = { title: 'Site', socialLinks: [], timeZone: 'UTC', defaultOgImage: image };
    const plan = planSiteImages({
      settings,
      authors: new Map(),
      categories: new Map(),
      series: new Map(),
      posts: new Map(),
    });
    const derivative = plan.get(new URL(og.url).pathname);
    expect(derivative).toMatchObject({ width: og.width, height: og.height, format: 'jpeg' });
  });
});
