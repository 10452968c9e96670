import { beforeAll, describe, expect, it } from 'vitest';
import { type Feed, type FeedSite, mainFeed } from '../../src/lib/feeds/feed-contents.ts';
import { renderRss } from '../../src/lib/feeds/rss-endpoint.ts';
import { buildSiteViews, type Post } from '../../src/lib/site/site-views.ts';
import {
  type ExportContent,
  everyFeed,
  loadExportContent,
  readSamplePosts,
  SAMPLE_EXPORT,
  type SamplePost,
  toFeedSite,
} from '../support/feed-export-site.ts';
import { htmlElements, htmlUrls, readFeed } from '../support/feed-reader.ts';

/*
 * The feeds of the sample content (sanity/seed/), read in-process through the same content
 * check and site views as a build. tests/integration/feeds.test.ts builds it once, for what
 * only a build shows: the endpoints, the stylesheet, the image files and the base path.
 */

const SITE_URL = 'https://practice.example.org/';
const ENCLOSURE_BYTES = 54321;
const byteLength = async () => ENCLOSURE_BYTES;

let content: ExportContent;
let expected: SamplePost[];
let xml: Map<string, string>;

beforeAll(async () => {
  [content, expected] = await Promise.all([loadExportContent(SAMPLE_EXPORT), readSamplePosts()]);
  const feeds = everyFeed(toFeedSite(content, SITE_URL));
  xml = new Map(
    await Promise.all([...feeds].map(async ([path, feed]) => [path, await render(feed)] as const)),
  );
});

const render = (feed: Feed) => renderRss(feed, byteLength);
const itemsOf = (path: string) => readFeed(xml.get(path) ?? '').items ?? [];

describe('the sample content’s feeds', () => {
  it('are one for the site, one per series and one per category', () => {
    expect([...xml.keys()].sort()).toEqual([
      'categories/burnout/rss.xml',
      'categories/coaching/rss.xml',
      'categories/therapy/rss.xml',
      'rss.xml',
      'series/coaching-vs-therapy/rss.xml',
    ]);
  });

  it('list the published posts newest first, with links to their pages', () => {
    const items = itemsOf('rss.xml');
    expect(items.map((item) => item.guid)).toEqual(
      expected.map((post) => ({ value: post._id, isPermaLink: false })),
    );
    expect(items.map((item) => item.link)).toEqual(expected.map((post) => `${SITE_URL}posts/${post.slug}/`));
    for (const category of ['burnout', 'coaching', 'therapy']) {
      const inCategory = expected.filter((post) => post.categoryIds.includes(`category-${category}`));
      const guids = itemsOf(`categories/${category}/rss.xml`).map((item) => item.guid?.value);
      expect(guids, category).toEqual(inCategory.map((post) => post._id));
    }
  });

  it('title series parts by number and leave planned parts out', () => {
    expect(itemsOf('series/coaching-vs-therapy/rss.xml').map((item) => item.title)).toEqual([
      'Part II: Training, licensure, and the rules of the room',
      'Part I: Coaching and therapy start from different questions',
    ]);
    for (const [path, text] of xml) expect(text, path).not.toContain('Choosing, switching');
  });

  it('give every item a description before its content, and no heading "#" links', () => {
    for (const [path, text] of xml) {
      const items = text.split('<item>').slice(1);
      expect(items.length, path).toBeGreaterThan(0);
      for (const item of items) {
        const description = item.indexOf('<description>');
        expect(description, `${path}: an item has a <description>`).toBeGreaterThan(-1);
        expect(description, `${path}: <description> comes before <content:encoded>`).toBeLessThan(
          item.indexOf('<content:encoded>'),
        );
        expect(item).not.toContain('heading-anchor');
        // Escaped inside content:encoded, a heading reads "<h2 …>Title</h2>" with no "#" after it.
        expect(item).not.toMatch(/#&lt;\/a&gt;&lt;\/h[2-4]|#<\/a><\/h[2-4]/);
      }
    }
  });

  it('use only absolute URLs in content, the hero first and as the enclosure', () => {
    for (const path of xml.keys()) {
      for (const item of itemsOf(path)) {
        const html = item.content?.encoded ?? '';
        const urls = htmlUrls(html);
        expect(htmlElements(html)[1]?.tagName, `${path}: hero first`).toBe('img');
        for (const url of urls) expect(url, `${path} ${item.link}`).toMatch(/^(https:\/\/|mailto:|tel:)/);
        const image = urls[0] ?? '';
        expect(item.enclosures, item.link).toEqual([
          { url: image, length: ENCLOSURE_BYTES, type: image.endsWith('.png') ? 'image/png' : 'image/jpeg' },
        ]);
      }
    }
  });
});

describe('a main feed of 20 full posts of sample length', () => {
  const POSTS = 20;
  /** The budget for the main feed with 20 full posts. */
  const MAX_FEED_BYTES = 256 * 1024;

  it(`stays under ${MAX_FEED_BYTES / 1024} KB`, async () => {
    const text = await render(mainFeed(withCopies(content, POSTS)));
    const items = readFeed(text).items ?? [];
    expect(items).toHaveLength(POSTS);
    expect(items.every((item) => (item.content?.encoded?.length ?? 0) > 5000)).toBe(true);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThan(MAX_FEED_BYTES);
  });
});

/**
 * The sample grown to `count` published posts by copying its own (same bodies, figures and
 * links, so each is of sample length) under new ids, slugs and earlier dates, outside any series.
 */
function withCopies(sample: ExportContent, count: number): FeedSite {
  const originals = sample.collections.posts;
  const copies = Array.from({ length: count - originals.length }, (_, i): Post => {
    const source = originals[i % originals.length];
    if (!source) throw new Error('[tests] The sample export has no posts to copy.');
    const { series: _series, ...data } = source.data;
    return {
      ...source,
      id: `post-copy-${i + 1}`,
      data: {
        ...data,
        title: `${data.title} (copy ${i + 1})`,
        slug: `copy-${i + 1}`,
        publishedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
      },
    };
  });
  const posts = [...originals, ...copies];
  return { ...toFeedSite(sample, SITE_URL), views: buildSiteViews({ ...sample.collections, posts }) };
}
