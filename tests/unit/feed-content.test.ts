import { describe, expect, it } from 'vitest';
import { mainFeed } from '../../src/lib/feeds/feed-definitions.ts';
import { resolveFeedOptions } from '../../src/lib/feeds/feed-options.ts';
import { renderFeed } from '../../src/lib/feeds/render-feed.ts';
import type { BodyBlock, TextBlock } from '../../src/lib/portable-text/blocks.ts';
import { figureBlock } from '../support/blocks.ts';
import { htmlElements, htmlText, htmlUrls, readFeed } from '../support/feed-reader.ts';
import { block, feedPost, feedSite, figure, SITE, seriesEntry } from '../support/feed-site-fixture.ts';

const OPTIONS = resolveFeedOptions();
const byteLength = async () => 1000;

type Mark = NonNullable<TextBlock['markDefs']>[number];
const linked = (text: string, mark: DistributiveOmit<Mark, '_key'>) =>
  block(text, { markDefs: [{ _key: 'm', ...mark }] }, ['m']);
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

const BODY_FIGURE = figureBlock('A body picture');

/** The content:encoded HTML of the only item of a feed of `post`. */
async function contentOf(post: ReturnType<typeof feedPost>, series = {}): Promise<string> {
  const site = feedSite([post, feedPost(9, { slug: 'other' })], series);
  const xml = await renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength);
  const item = readFeed(xml).items?.find((entry) => entry.guid?.value === post.id);
  return item?.content?.encoded ?? '';
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
      BODY_FIGURE,
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
    for (const url of urls) expect(new URL(url).protocol).toMatch(/^https:$/);
    // Feed readers show a heading's "#" link as text ("A heading#"); the id stays for links.
    expect(html).toContain('<h2 id="a-heading">A heading</h2>');
  });

  it('names the series for a series part', async () => {
    const post = { ...feedPost(1), data: { ...feedPost(1).data, series: { id: 's', position: 2 } } };
    const html = await contentOf(post, { s: seriesEntry([null, 'post-1']) });
    expect(htmlText(html)).toContain('Part II of II in the series Coaching or therapy?.');
    expect(htmlUrls(html)).toContain(`${SITE}series/coaching-or-therapy/`);
  });
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
    const site = {
      ...feedSite([post]),
      authors: new Map([['author-a', { name: 'Eve\u0007 <b>Evil</b>', slug: 'eve', bio: [] }]]),
      categories: new Map([['category-a', { title: 'Cat\u0002 ]]> <i>', slug: 'cat' }]]),
    };
    const xml = await renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength);
    const [item] = readFeed(xml).items ?? [];
    expect(item?.title).toBe(CLEAN);
    expect(item?.dc?.creators).toEqual(['Eve <b>Evil</b>']);
    expect(item?.categories).toEqual([{ name: 'Cat ]]> <i>' }]);
    // The description is HTML: the excerpt's markup must reach readers as text.
    expect(htmlElements(item?.description ?? '')).toEqual([]);
    expect(htmlText(item?.description ?? '')).toBe(CLEAN);
  });

  it('cannot inject markup or scripts into the content', async () => {
    const html = await contentOf(post);
    const tags = htmlElements(html).map((element) => element.tagName);
    expect(tags).not.toContain('script');
    expect(tags.filter((tag) => tag === 'a')).toHaveLength(0);
    expect(htmlUrls(html).every((url) => url.startsWith('https://'))).toBe(true);
    expect(htmlText(html)).toContain(CLEAN);
    expect(htmlText(html)).toContain('click mesneakydata');
    const alt = htmlElements(html)
      .find((element) => element.tagName === 'img')
      ?.attrs.find((a) => a.name === 'alt');
    expect(alt?.value).toBe('"><script>alert(2)</script>');
  });
});
