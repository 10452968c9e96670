import { describe, expect, it } from 'vitest';
import {
  categoryFeed,
  FEED_LIMIT,
  type Feed,
  mainFeed,
  seriesFeed,
} from '../../src/lib/feeds/feed-contents.ts';
import { itemGuid, renderRss } from '../../src/lib/feeds/rss-endpoint.ts';
import { type FeedItems, htmlUrls, readFeed } from '../support/feed-reader.ts';
import { feedPost, feedSite, figure, SITE, seriesEntry } from '../support/feed-site-fixture.ts';

const byteLength = async () => 4321;

async function itemsOf(feed: Feed): Promise<FeedItems> {
  return readFeed(await renderRss(feed, byteLength)).items ?? [];
}

describe('feed items', () => {
  it('carries title, absolute link, guid from _id, date, author, categories, excerpt and enclosure', async () => {
    const site = feedSite([feedPost(3, { categoryIds: ['category-a', 'category-b'] })]);
    const [item] = await itemsOf(mainFeed(site));
    expect(item).toMatchObject({
      title: 'Post 3',
      link: `${SITE}posts/post-3/`,
      guid: { value: 'post-3', isPermaLink: false },
      pubDate: 'Sat, 03 Jan 2026 09:00:00 GMT',
      description: 'Excerpt 3.',
      dc: { creators: ['Avery Test'] },
      categories: [{ name: 'Burnout' }, { name: 'Coaching' }],
    });
    expect(item?.enclosures).toEqual([
      {
        url: expect.stringMatching(/^https:\/\/practice\.example\.org\/_images\/.+\.jpg$/),
        length: 4321,
        type: 'image/jpeg',
      },
    ]);
  });

  it('measures each enclosure once, by the path of the very file the content shows first', async () => {
    const measured: string[] = [];
    const site = feedSite([feedPost(2), feedPost(1, { mainImage: undefined })]);
    const xml = await renderRss(mainFeed(site), async (path) => {
      measured.push(path);
      return 99;
    });
    const [withHero, withoutHero] = readFeed(xml).items ?? [];
    const url = withHero?.enclosures?.[0]?.url ?? '';
    expect(measured).toEqual([new URL(url).pathname]);
    expect(measured[0]).toMatch(/^\/_images\/.+\.jpg$/);
    expect(htmlUrls(withHero?.content?.encoded ?? '')[0]).toBe(url);
    expect(withoutHero?.enclosures).toBeUndefined();
  });

  it('describes a post without an excerpt by its SEO description, else by the start of its body', async () => {
    const site = feedSite([
      feedPost(4, { excerpt: undefined }),
      feedPost(3, { excerpt: undefined, seo: { noIndex: false, description: 'For search.' } }),
    ]);
    const items = await itemsOf(mainFeed(site));
    expect(items.map((item) => item.description)).toEqual(['Body of post 4.', 'For search.']);
  });

  it('gives a PNG enclosure for a source that may be transparent, and none without a hero', async () => {
    const site = feedSite([
      feedPost(2, { mainImage: figure({}, 'image/png') }),
      feedPost(1, { mainImage: undefined }),
    ]);
    const [png, none] = await itemsOf(mainFeed(site));
    expect(png?.enclosures?.[0]?.type).toBe('image/png');
    expect(none?.enclosures).toBeUndefined();
  });

  it.each([
    ['roman', ['post-1', 'post-2', null], ['Part II: Post 2', 'Part I: Post 1']],
    ['arabic', ['post-1', 'post-2', null], ['Part 2: Post 2', 'Part 1: Post 1']],
    ['roman', [null, null, 'post-2', 'post-1'], ['Part III: Post 2', 'Part IV: Post 1']],
  ] as const)(
    'titles %s-numbered series parts %j by position, in every feed',
    async (numbering, parts, titles) => {
      const site = feedSite([feedPost(1), feedPost(2)], {
        series: { 'series-a': seriesEntry([...parts], numbering) },
      });
      for (const feed of [mainFeed(site), seriesFeed(site, 'series-a'), categoryFeed(site, 'category-a')]) {
        expect((await itemsOf(feed)).map((item) => item.title)).toEqual(titles);
      }
    },
  );

  it.each([
    ['post-42', 'post-42'],
    ['3f2a9c1e-7b7d-4f0e-9a51-0c1d2e3f4a5b', '3f2a9c1e-7b7d-4f0e-9a51-0c1d2e3f4a5b'],
    ['007', 'sanity-document:007'],
    ['1e5', 'sanity-document:1e5'],
    ['0x1F', 'sanity-document:0x1F'],
  ])('keeps the _id %s intact as guid %s through @astrojs/rss', async (id, guid) => {
    expect(itemGuid(id)).toBe(guid);
    const site = feedSite([{ ...feedPost(1), id }]);
    const [item] = await itemsOf(mainFeed(site));
    expect(item?.guid).toEqual({ value: guid, isPermaLink: false });
  });

  it('keeps an item’s guid when its slug changes, while its link follows the slug', async () => {
    const [before] = await itemsOf(mainFeed(feedSite([feedPost(1)])));
    const [after] = await itemsOf(mainFeed(feedSite([feedPost(1, { slug: 'renamed' })])));
    expect(before?.link).toBe(`${SITE}posts/post-1/`);
    expect(after?.link).toBe(`${SITE}posts/renamed/`);
    expect(after?.guid).toEqual({ value: 'post-1', isPermaLink: false });
    expect(after?.guid).toEqual(before?.guid);
  });
});

describe('which posts a feed carries', () => {
  const posts = Array.from({ length: FEED_LIMIT + 5 }, (_, i) => feedPost(i + 1));

  it(`the main feed: the newest ${FEED_LIMIT}, newest first`, async () => {
    const items = await itemsOf(mainFeed(feedSite(posts)));
    expect(FEED_LIMIT).toBe(20);
    expect(items.map((item) => item.guid?.value)).toEqual(newestIds(posts.length, FEED_LIMIT));
  });

  it(`a category feed: only that category, at most ${FEED_LIMIT}`, async () => {
    const site = feedSite([...posts, feedPost(26, { categoryIds: ['category-b'] })]);
    const inA = await itemsOf(categoryFeed(site, 'category-a'));
    expect(inA.map((item) => item.guid?.value)).toEqual(newestIds(posts.length, FEED_LIMIT));
    const inB = await itemsOf(categoryFeed(site, 'category-b'));
    expect(inB.map((item) => item.guid?.value)).toEqual(['post-26']);
  });

  it('a series feed: only its published parts, never its planned ones', async () => {
    const site = feedSite([feedPost(1), feedPost(2), feedPost(3)], {
      series: { 'series-a': seriesEntry(['post-1', null, 'post-3']) },
    });
    const items = await itemsOf(seriesFeed(site, 'series-a'));
    expect(items.map((item) => item.title)).toEqual(['Part III: Post 3', 'Part I: Post 1']);
  });

  it('an unknown series or category is a bug, reported as such', () => {
    const site = feedSite([feedPost(1)]);
    expect(() => seriesFeed(site, 'nope')).toThrow(/\[feeds\] Series "nope"/);
    expect(() => categoryFeed(site, 'nope')).toThrow(/\[feeds\] Category "nope"/);
  });
});

/** `count` fixture post ids, from `post-<newest>` down. */
function newestIds(newest: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `post-${newest - i}`);
}
