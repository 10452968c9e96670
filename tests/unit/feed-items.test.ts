import { describe, expect, it } from 'vitest';
import { categoryFeed, mainFeed, seriesFeed } from '../../src/lib/feeds/feed-definitions.ts';
import { itemGuid } from '../../src/lib/feeds/feed-item.ts';
import { resolveFeedOptions } from '../../src/lib/feeds/feed-options.ts';
import { renderFeed } from '../../src/lib/feeds/render-feed.ts';
import { type FeedItems, readFeed } from '../support/feed-reader.ts';
import { feedPost, feedSite, figure, SITE, seriesEntry } from '../support/feed-site-fixture.ts';

const OPTIONS = resolveFeedOptions();
const byteLength = async () => 4321;

async function itemsOf(xml: Promise<string>): Promise<FeedItems> {
  return readFeed(await xml).items ?? [];
}

describe('feed items', () => {
  it('carries title, absolute link, guid from _id, date, author, categories, excerpt and enclosure', async () => {
    const site = feedSite([feedPost(3, { categoryIds: ['category-a', 'category-b'] })]);
    const [item] = await itemsOf(renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength));
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

  it('describes a post without an excerpt by the start of its body', async () => {
    const site = feedSite([feedPost(4, { excerpt: undefined })]);
    const [item] = await itemsOf(renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength));
    expect(item?.description).toBe('Body of post 4.');
  });

  it('gives a PNG enclosure for a source that may be transparent, and none without a hero', async () => {
    const site = feedSite([
      feedPost(2, { mainImage: figure({}, 'image/png') }),
      feedPost(1, { mainImage: undefined }),
    ]);
    const [png, none] = await itemsOf(renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength));
    expect(png?.enclosures?.[0]?.type).toBe('image/png');
    expect(none?.enclosures).toBeUndefined();
  });

  it.each([
    ['roman', ['post-1', 'post-2', null], ['Part II: Post 2', 'Part I: Post 1']],
    ['arabic', ['post-1', 'post-2', null], ['Part 2: Post 2', 'Part 1: Post 1']],
    ['roman', [null, null, 'post-2', 'post-1'], ['Part III: Post 2', 'Part IV: Post 1']],
  ] as const)('titles %s-numbered series parts %j by position', async (numbering, parts, titles) => {
    const site = feedSite([feedPost(1), feedPost(2)], { 'series-a': seriesEntry([...parts], numbering) });
    for (const post of site.posts) post.data.series = { id: 'series-a', position: 0 };
    const items = await itemsOf(renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength));
    expect(items.map((item) => item.title)).toEqual(titles);
  });

  it.each([
    ['post-42', 'post-42'],
    ['3f2a9c1e-7b7d-4f0e-9a51-0c1d2e3f4a5b', '3f2a9c1e-7b7d-4f0e-9a51-0c1d2e3f4a5b'],
    ['007', 'sanity-document:007'],
    ['1e5', 'sanity-document:1e5'],
    ['0x1F', 'sanity-document:0x1F'],
  ])('keeps the _id %s intact as guid %s through @astrojs/rss', async (id, guid) => {
    expect(itemGuid(id)).toBe(guid);
    const post = { ...feedPost(1), id };
    const site = feedSite([post]);
    const [item] = await itemsOf(renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength));
    expect(item?.guid).toEqual({ value: guid, isPermaLink: false });
  });
});

describe('which posts a feed carries', () => {
  const posts = Array.from({ length: 25 }, (_, i) => feedPost(i + 1));

  it('the main feed: the newest `limit`, newest first', async () => {
    const site = feedSite(posts);
    const items = await itemsOf(renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength));
    expect(items.map((item) => item.guid?.value)).toEqual(
      Array.from({ length: 20 }, (_, i) => `post-${25 - i}`),
    );
  });

  it('a category feed: only that category', async () => {
    const site = feedSite([feedPost(1), feedPost(2, { categoryIds: ['category-b'] }), feedPost(3)]);
    const items = await itemsOf(renderFeed(categoryFeed(site, 'category-a', 20), site, OPTIONS, byteLength));
    expect(items.map((item) => item.guid?.value)).toEqual(['post-3', 'post-1']);
  });

  it('a series feed: only its published parts, never its planned ones', async () => {
    const site = feedSite([feedPost(1), feedPost(2), feedPost(3)], {
      'series-a': seriesEntry(['post-1', null, 'post-3']),
    });
    for (const post of site.posts)
      if (post.id !== 'post-2') post.data.series = { id: 'series-a', position: 0 };
    const items = await itemsOf(renderFeed(seriesFeed(site, 'series-a', 20), site, OPTIONS, byteLength));
    expect(items.map((item) => item.title)).toEqual(['Part III: Post 3', 'Part I: Post 1']);
  });

  it('an unknown series or category is a bug, reported as such', () => {
    const site = feedSite([feedPost(1)]);
    expect(() => seriesFeed(site, 'nope', 20)).toThrow(/\[feeds\] Series "nope"/);
    expect(() => categoryFeed(site, 'nope', 20)).toThrow(/\[feeds\] Category "nope"/);
  });
});
