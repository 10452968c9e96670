import { describe, expect, it } from 'vitest';
import { categoryFeed, latestChange, mainFeed, seriesFeed } from '../../src/lib/feeds/feed-definitions.ts';
import { resolveFeedOptions } from '../../src/lib/feeds/feed-options.ts';
import { renderFeed } from '../../src/lib/feeds/render-feed.ts';
import { escapeXml } from '../../src/lib/feeds/xml-markup.ts';
import { readFeed } from '../support/feed-reader.ts';
import { feedPost, feedSite, figure, SITE, seriesEntry } from '../support/feed-site-fixture.ts';

const OPTIONS = resolveFeedOptions();
const byteLength = async () => 1;

describe('the channel', () => {
  it('has title, description, link, language, lastBuildDate, atom:link self and a 144 px image', async () => {
    const site = feedSite([feedPost(1), feedPost(2, { updatedAt: '2026-03-01T10:00:00Z' })]);
    const xml = await renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength);
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
      (site: ReturnType<typeof feedSite>) => seriesFeed(site, 's', 20),
      'Coaching or therapy? · Test Practice',
      `${SITE}series/coaching-or-therapy/`,
    ],
    [
      'category',
      (site: ReturnType<typeof feedSite>) => categoryFeed(site, 'category-b', 20),
      'Coaching · Test Practice',
      `${SITE}categories/coaching/`,
    ],
  ])('a %s feed links to its own page and names itself', async (_kind, define, title, link) => {
    const site = feedSite([feedPost(1)], {
      s: { ...seriesEntry(['post-1']), coverImage: figure({ alt: 'Cover' }) },
    });
    const channel = readFeed(await renderFeed(define(site), site, OPTIONS, byteLength));
    expect(channel).toMatchObject({ title, link, image: { title, link } });
    expect(channel.atom?.links?.[0]?.href).toBe(`${link}rss.xml`);
  });

  it('has no image when the site has none to give', async () => {
    const site = feedSite([feedPost(1)]);
    site.settings.defaultOgImage = undefined;
    expect(readFeed(await renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength)).image).toBeUndefined();
  });

  it('strips illegal characters from channel texts', async () => {
    const site = feedSite([feedPost(1)]);
    site.settings.title = ' Practice\u0001 <b> ]]> ';
    site.settings.description = 'Desc\u001B & <i>';
    const channel = readFeed(await renderFeed(mainFeed(site, 20), site, OPTIONS, byteLength));
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

describe('feed options', () => {
  it('states its defaults once', () => {
    expect(resolveFeedOptions()).toEqual({
      limit: 20,
      imageWidth: 1200,
      channelImageSize: 144,
      stylesheet: '/rss.xsl',
      language: 'en',
    });
  });

  it.each([{ limit: 0 }, { channelImageSize: 200 }, { stylesheet: 'rss.xsl' }, { language: 'English' }])(
    'rejects %j with a [feeds] error',
    (input) => {
      expect(() => resolveFeedOptions(input)).toThrow(/^\[feeds\] Invalid feed options/);
    },
  );
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
