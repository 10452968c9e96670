import { describe, expect, it } from 'vitest';
import {
  categoryFeed,
  type FeedSite,
  latestChange,
  mainFeed,
  seriesFeed,
} from '../../src/lib/feeds/feed-contents.ts';
import { escapeXml, renderRss } from '../../src/lib/feeds/rss-endpoint.ts';
import { readFeed } from '../support/feed-reader.ts';
import { feedPost, feedSite, figure, SITE, seriesEntry } from '../support/feed-site-fixture.ts';

const byteLength = async () => 1;

describe('the channel', () => {
  it('has title, description, link, language, lastBuildDate, atom:link self and a 144 px image', async () => {
    const site = feedSite([feedPost(1), feedPost(2, { updatedAt: '2026-03-01T10:00:00Z' })]);
    const xml = await renderRss(mainFeed(site), byteLength);
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/rss\.xsl" type="text\/xsl"\?>/,
    );
    const { items, ...channel } = readFeed(xml);
    expect(channel).toEqual({
      title: 'Test Practice',
      description: 'Notes on therapy and coaching.',
      link: SITE,
      language: 'en',
      lastBuildDate: 'Sun, 01 Mar 2026 10:00:00 GMT',
      atom: { links: [{ href: `${SITE}rss.xml`, rel: 'self', type: 'application/rss+xml' }] },
      image: {
        url: expect.stringMatching(/^https:\/\/practice\.example\.org\/_images\/.+\.jpg$/),
        title: 'Test Practice',
        link: SITE,
        width: 144,
        height: 144,
      },
    });
    expect(items).toHaveLength(2);
  });

  it.each([
    [
      'series',
      (site: FeedSite) => seriesFeed(site, 's'),
      'Coaching or therapy? · Test Practice',
      `${SITE}series/coaching-or-therapy/`,
    ],
    [
      'category',
      (site: FeedSite) => categoryFeed(site, 'category-b'),
      'Coaching · Test Practice',
      `${SITE}categories/coaching/`,
    ],
  ])('a %s feed links to its own page and names itself', async (_kind, define, title, link) => {
    const site = feedSite([feedPost(1)], {
      series: { s: { ...seriesEntry(['post-1']), coverImage: figure({ alt: 'Cover' }) } },
    });
    const channel = readFeed(await renderRss(define(site), byteLength));
    expect(channel).toMatchObject({ title, link, image: { title, link } });
    expect(channel.atom?.links?.[0]?.href).toBe(`${link}rss.xml`);
  });

  it('describes a series or category without a description of its own', () => {
    const site = feedSite([feedPost(1)], { series: { s: seriesEntry(['post-1']) } });
    expect(seriesFeed(site, 's').channel.description).toBe(
      'Every published part of the series “Coaching or therapy?”.',
    );
    expect(categoryFeed(site, 'category-a').channel.description).toBe('Posts about Burnout.');
  });

  it('has no image when the site has none to give', async () => {
    const site = feedSite([feedPost(1)], { settings: { defaultOgImage: undefined } });
    expect(readFeed(await renderRss(mainFeed(site), byteLength)).image).toBeUndefined();
  });

  it('dates an empty feed by the site’s last change', () => {
    const site = feedSite([feedPost(1), feedPost(4)], {
      categories: { 'category-a': { title: 'A', slug: 'a' }, 'category-e': { title: 'E', slug: 'e' } },
    });
    const feed = categoryFeed(site, 'category-e');
    expect(feed.items).toEqual([]);
    expect(feed.channel.lastBuildDate.toISOString()).toBe('2026-01-04T09:00:00.000Z');
  });

  it('strips illegal characters from channel texts', async () => {
    const site = feedSite([feedPost(1)], {
      settings: { title: ' Practice\u0001 <b> ]]> ', description: 'Desc\u001B & <i>' },
    });
    const channel = readFeed(await renderRss(mainFeed(site), byteLength));
    expect(channel).toMatchObject({ title: 'Practice <b> ]]>', description: 'Desc & <i>' });
    expect(channel.image?.title).toBe(channel.title);
  });
});

describe('latestChange', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it.each([
    ['the newest publication', [feedPost(1), feedPost(5)], '2026-01-05T09:00:00.000Z'],
    ['an update after it', [feedPost(1, { updatedAt: '2026-02-02T00:00:00Z' })], '2026-02-02T00:00:00.000Z'],
    [
      'not an update dated in the future',
      [feedPost(1, { updatedAt: '2027-01-01T00:00:00Z' })],
      '2026-01-01T09:00:00.000Z',
    ],
    ['now, for no posts at all', [], now.toISOString()],
  ])('is %s', (_case, posts, expected) => {
    expect(latestChange(posts, now).toISOString()).toBe(expected);
  });
});

describe('escapeXml', () => {
  it.each([
    ['plain', 'plain'],
    [`O'Brien & "Co" <b>`, 'O&apos;Brien &amp; &quot;Co&quot; &lt;b&gt;'],
    ['bell\u0007 nul\u0000 tab\t', 'bell nul tab\t'],
  ])('escapes %j with named entities only', (input, output) => {
    expect(escapeXml(input)).toBe(output);
  });
});
