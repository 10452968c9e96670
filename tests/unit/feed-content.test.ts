import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/content/entries.ts';
import { mainFeed } from '../../src/lib/feeds/feed-contents.ts';
import { planFeedImage } from '../../src/lib/feeds/item-html.ts';
import { renderRss } from '../../src/lib/feeds/rss-endpoint.ts';
import { planImage } from '../../src/lib/images/plan.ts';
import { SINGLE_IMAGES } from '../../src/lib/images/site-images.ts';
import type { BodyBlock, TextBlock } from '../../src/lib/portable-text/blocks.ts';
import { withBase } from '../../src/lib/urls.ts';
import { figureBlock } from '../support/blocks.ts';
import { htmlElements, htmlText, htmlUrls, readFeed } from '../support/feed-reader.ts';
import {
  block,
  type FixtureContent,
  feedPost,
  feedSite,
  figure,
  SITE,
  seriesEntry,
} from '../support/feed-site-fixture.ts';

const byteLength = async () => 1000;

type Mark = NonNullable<TextBlock['markDefs']>[number];
const linked = (text: string, mark: DistributiveOmit<Mark, '_key'>) =>
  block(text, { markDefs: [{ _key: 'm', ...mark }] }, ['m']);
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** The parsed item of `post` in the main feed of a site that also holds a post with slug "other". */
async function itemOf(post: ReturnType<typeof feedPost>, content: FixtureContent = {}) {
  const site = feedSite([post, feedPost(9, { slug: 'other' })], content);
  const items = readFeed(await renderRss(mainFeed(site), byteLength)).items ?? [];
  return items.find((entry) => entry.guid?.value === post.id);
}

/** The content:encoded HTML of `post`'s item. */
async function contentOf(post: ReturnType<typeof feedPost>, content: FixtureContent = {}): Promise<string> {
  return (await itemOf(post, content))?.content?.encoded ?? '';
}

describe('feed content', () => {
  it('starts with the hero image and its alt text, then the body', async () => {
    const html = await contentOf(feedPost(1));
    const [first, image] = htmlElements(html);
    expect(first?.tagName).toBe('figure');
    expect(image?.tagName).toBe('img');
    expect(image?.attrs).toEqual(
      expect.arrayContaining([
        { name: 'alt', value: 'Hills under a pale sun' },
        { name: 'width', value: '1200' },
        { name: 'height', value: '675' },
      ]),
    );
    expect(htmlText(html)).toBe('A quiet morning — Illustration: test art' + 'Body of post 1.');
  });

  it('makes every href and src absolute: links, internal links, fragments, figures; no heading anchors', async () => {
    const body: BodyBlock[] = [
      { ...block('A heading'), style: 'h2' },
      linked('site path', { _type: 'link', href: '/about/' }),
      linked('fragment', { _type: 'link', href: '#a-heading' }),
      linked('other post', { _type: 'internalLink', reference: { _ref: 'post-9' } }),
      linked('elsewhere', { _type: 'link', href: 'https://example.com/x?a=1&b=2' }),
      figureBlock('A body picture'),
      {
        _type: 'callout',
        _key: 'c',
        tone: 'tip',
        body: [linked('in a callout', { _type: 'link', href: '/contact/' })],
      },
    ];
    const html = await contentOf(feedPost(1, { body }));
    const urls = htmlUrls(html);
    expect(urls).toEqual([
      expect.stringMatching(/^https:\/\/practice\.example\.org\/_images\/.+\.jpg$/),
      `${SITE}about/`,
      `${SITE}posts/post-1/#a-heading`,
      `${SITE}posts/other/`,
      'https://example.com/x?a=1&b=2',
      expect.stringMatching(/^https:\/\/practice\.example\.org\/_images\/.+\.jpg$/),
      `${SITE}contact/`,
    ]);
    // Feed readers show a heading's "#" link as text ("A heading#"); the id stays for links.
    expect(html).toContain('<h2 id="a-heading">A heading</h2>');
  });

  it('names the series for a series part, linking to it', async () => {
    const html = await contentOf(feedPost(1), { series: { s: seriesEntry([null, 'post-1']) } });
    expect(htmlText(html)).toContain('Part II of II in the series Coaching or therapy?.');
    expect(htmlUrls(html)).toContain(`${SITE}series/coaching-or-therapy/`);
  });
});

describe('feed images', () => {
  const portrait: Figure = figure({
    asset: {
      id: 'image-abc-600x900-jpg',
      url: 'file:///p.jpg',
      mimeType: 'image/jpeg',
      width: 600,
      height: 900,
    },
  });
  const cropped = figure({ crop: { top: 0.1, bottom: 0.2, left: 0.05, right: 0.3 } });
  it.each([
    ['a wide JPEG, at the content width', figure(), SINGLE_IMAGES.feed],
    ['a narrower source, never upscaled', portrait, SINGLE_IMAGES.feed],
    ['a cropped source', cropped, SINGLE_IMAGES.feed],
    ['a PNG, as the square channel image', figure({}, 'image/png'), SINGLE_IMAGES.feedChannel],
  ])(
    'plan %s as the image planner does: same file, size and type',
    (_case, image, size: { width: number; aspect?: number }) => {
      const { width, aspect } = size;
      const planned = planFeedImage(image, SITE, size);
      const reference = planImage(image, { widths: [width], aspect });
      expect(planned).toEqual({
        path: expect.stringMatching(/^\/_images\//),
        url: new URL(reference.fallback.src, SITE).href,
        width: reference.width,
        height: reference.height,
        type: reference.fallback.type,
      });
      expect(withBase(planned.path)).toBe(reference.fallback.src);
    },
  );
});

describe('hostile content', () => {
  const HOSTILE = 'Bad\u0000\u0008\u000B\u001F\uFFFE <script>alert(1)</script> ]]> & more';
  const CLEAN = 'Bad <script>alert(1)</script> ]]> & more';
  const post = feedPost(1, {
    title: HOSTILE,
    excerpt: HOSTILE,
    mainImage: figure({ alt: `"><script>alert(2)</script>\u0001` }),
    body: [
      block(HOSTILE),
      linked('click me', { _type: 'link', href: 'javascript:alert(3)' }),
      linked('sneaky', { _type: 'link', href: ' java\tscript:alert(4)' }),
      linked('data', { _type: 'link', href: 'data:text/html,<script>alert(5)</script>' }),
    ],
  });

  it('comes out well-formed, as text, with illegal characters gone', async () => {
    const item = await itemOf(post, {
      authors: { 'author-a': { name: 'Eve\u0007 <b>Evil</b>', slug: 'eve', bio: [] } },
      categories: { 'category-a': { title: 'Cat\u0002 ]]> <i>', slug: 'cat' } },
    });
    expect(item?.title).toBe(CLEAN);
    expect(item?.dc?.creators).toEqual(['Eve <b>Evil</b>']);
    expect(item?.categories).toEqual([{ name: 'Cat ]]> <i>' }]);
    // The description is HTML: the excerpt's markup must reach readers as text.
    expect(htmlElements(item?.description ?? '')).toEqual([]);
    expect(htmlText(item?.description ?? '')).toBe(CLEAN);
  });

  it('cannot inject markup, scripts or unsafe links into the content', async () => {
    const html = await contentOf(post);
    const tags = htmlElements(html).map((element) => element.tagName);
    expect(tags).toEqual(['figure', 'img', 'figcaption', 'p', 'p', 'p', 'p']);
    expect(htmlUrls(html).every((url) => url.startsWith(SITE))).toBe(true);
    expect(htmlText(html)).toContain(CLEAN);
    expect(htmlText(html)).toContain('click mesneakydata');
    const alt = htmlElements(html)
      .find((element) => element.tagName === 'img')
      ?.attrs.find((a) => a.name === 'alt');
    expect(alt?.value).toBe('"><script>alert(2)</script>');
  });
});
