import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/content/entries.ts';
import { renderFigureHtml } from '../../src/lib/images/picture.ts';
import { PICTURE_PRESETS } from '../../src/lib/images/site-images.ts';

const ASSET = {
  _id: 'image-23f8768cccb66ce415f021d12765f806f836acf7-1200x750-png',
  url: 'file:///seed/images/23f8768cccb66ce415f021d12765f806f836acf7-1200x750.png',
  mimeType: 'image/png',
  width: 1200,
  height: 750,
};

const FIGURE: Figure = {
  alt: 'Two circles',
  asset: { id: ASSET._id, url: ASSET.url, mimeType: 'image/png', width: 1200, height: 750 },
};

describe('renderFigureHtml', () => {
  it.each([
    { name: 'caption and credit', extra: { caption: 'Shared.', credit: 'Quire' }, caption: true },
    { name: 'only a credit', extra: { credit: 'Quire' }, caption: true },
    { name: 'neither', extra: {}, caption: false },
  ])('with $name', ({ extra, caption }) => {
    const html = renderFigureHtml({ ...FIGURE, ...extra }, PICTURE_PRESETS.body);
    expect(html).toMatch(/^<figure class="figure"><picture>.*<\/picture>/);
    expect(html.includes('<figcaption data-pagefind-ignore>')).toBe(caption);
    expect(html).not.toContain('style=');
  });

  it('escapes the caption and credit', () => {
    const html = renderFigureHtml(
      { ...FIGURE, caption: '<script>alert(1)</script>', credit: '"Me" & co' },
      PICTURE_PRESETS.body,
    );
    expect(html).toContain(
      '<figcaption data-pagefind-ignore><span class="figure-caption">&lt;script&gt;alert(1)&lt;/script&gt;</span> <span class="figure-credit">&quot;Me&quot; &amp; co</span></figcaption>',
    );
  });

  it('draws body figures lazily and the hero eagerly with high priority', () => {
    expect(renderFigureHtml(FIGURE, PICTURE_PRESETS.body)).toMatch(/<img [^>]*loading="lazy"/);
    const hero = renderFigureHtml(FIGURE, PICTURE_PRESETS.hero);
    expect(hero).toMatch(/<img [^>]*loading="eager"[^>]*fetchpriority="high"/);
  });
});
