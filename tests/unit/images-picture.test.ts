import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/content/entries.ts';
import { type PictureOptions, renderPicture } from '../../src/lib/images/picture.ts';

const FIGURE: Figure = {
  alt: 'A lake at dawn',
  asset: {
    id: 'image-0f143e3d5c08428df28748483fc1e709c6fc0d60-1600x900-jpg',
    url: 'file:///data/images/0f143e3d5c08428df28748483fc1e709c6fc0d60-1600x900.jpg',
    mimeType: 'image/jpeg',
    width: 1600,
    height: 900,
    lqip: 'data:image/jpeg;base64,/9j/AAAA',
  },
};
const LAZY: PictureOptions = { sizes: '(min-width: 50rem) 50rem, 100vw', loading: 'lazy' };

/** The attributes of the first `<tag …>` in `html`, unescaped only as far as the test needs. */
function attributesOf(html: string, tag: string): Record<string, string> {
  const element = html.match(new RegExp(`<${tag}\\b([^>]*)>`))?.[1] ?? '';
  return Object.fromEntries(
    [...element.matchAll(/ ([a-z]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]),
  );
}

describe('renderPicture', () => {
  it('is a <picture> with AVIF and WebP sources and an <img> carrying every attribute', () => {
    const html = renderPicture(FIGURE, LAZY);
    expect(html).toMatch(
      /^<picture><source type="image\/avif" [^>]*><source type="image\/webp" [^>]*><img [^>]*><\/picture>$/,
    );
    expect(attributesOf(html, 'source').sizes).toBe(LAZY.sizes);
    const img = attributesOf(html, 'img');
    expect(Object.keys(img)).toEqual([
      'src',
      'srcset',
      'sizes',
      'width',
      'height',
      'alt',
      'loading',
      'decoding',
    ]);
    expect(img).toMatchObject({
      width: '1600',
      height: '900',
      alt: 'A lake at dawn',
      loading: 'lazy',
      decoding: 'async',
    });
    expect(img.src).toMatch(/^\/_images\/.+\.jpg$/);
  });

  it('adds class and fetchpriority only when asked', () => {
    const img = attributesOf(
      renderPicture(FIGURE, { ...LAZY, loading: 'eager', fetchpriority: 'high', class: 'hero' }),
      'img',
    );
    expect(img).toMatchObject({ class: 'hero', loading: 'eager', fetchpriority: 'high' });
  });

  it.each([
    ['markup', '"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['quotes and ampersands', `Tom & Jerry's "show"`, 'Tom &amp; Jerry&#39;s &quot;show&quot;'],
    ['control characters', 'Line\u0000break\u0008', 'Linebreak'],
    ['nothing (a decorative image)', '', ''],
  ])('escapes %s in alt', (_name, alt, escaped) => {
    const html = renderPicture({ ...FIGURE, alt }, LAZY);
    expect(html).toContain(` alt="${escaped}"`);
    expect(html).not.toContain('<script');
  });

  it('escapes the class and sizes given by callers', () => {
    const html = renderPicture(FIGURE, { ...LAZY, sizes: '100vw" onload="x', class: 'a"b' });
    expect(html).not.toContain(' onload="');
    expect(html).toContain('sizes="100vw&quot; onload=&quot;x"');
    expect(html).toContain('class="a&quot;b"');
  });

  it.each<[string, PictureOptions]>([
    ['lazy', LAZY],
    [
      'eager, high priority, cropped to a square',
      { ...LAZY, loading: 'eager', fetchpriority: 'high', aspect: 1 },
    ],
  ])('has no inline style and no LQIP data URL (%s), so a strict CSP holds', (_name, options) => {
    const html = renderPicture({ ...FIGURE, hotspot: { x: 0.2, y: 0.5, width: 0.1, height: 0.1 } }, options);
    expect(html).not.toMatch(/style=/i);
    expect(html).not.toContain('data:');
  });
});
