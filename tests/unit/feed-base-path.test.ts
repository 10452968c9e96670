import { SaxesParser } from 'saxes';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { htmlUrls, readFeed } from '../support/feed-reader.ts';

/*
 * A site served under a sub-path, as `SITE_URL=https://practice.example.org/blog/` builds it:
 * Astro's BASE_URL is `/blog/`. urls.ts reads it when first loaded, so each test loads the
 * feed modules afresh after setting it.
 */

const SITE_URL = 'https://practice.example.org/blog/';
const ORIGIN = 'https://practice.example.org';

beforeEach(() => {
  vi.stubEnv('BASE_URL', '/blog/');
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** Every feed of a fixture site at SITE_URL with a series, its posts linking to each other and showing figures. */
async function renderEveryFeed(): Promise<string[]> {
  const { categoryFeed, mainFeed, seriesFeed } = await import('../../src/lib/feeds/feed-contents.ts');
  const { renderRss } = await import('../../src/lib/feeds/rss-endpoint.ts');
  const { figureBlock } = await import('../support/blocks.ts');
  const { block, feedPost, feedSite, seriesEntry } = await import('../support/feed-site-fixture.ts');
  const internalLink = block(
    'see part one',
    { markDefs: [{ _key: 'm', _type: 'internalLink', reference: { _ref: 'post-1' } }] },
    ['m'],
  );
  const siteLink = block('contact', { markDefs: [{ _key: 'm', _type: 'link', href: '/contact/' }] }, ['m']);
  const posts = [feedPost(1), feedPost(2, { body: [internalLink, siteLink, figureBlock()] })];
  const site = { ...feedSite(posts, { series: { s: seriesEntry(['post-1', 'post-2']) } }), site: SITE_URL };
  const feeds = [mainFeed(site), seriesFeed(site, 's'), categoryFeed(site, 'category-a')];
  return Promise.all(feeds.map((feed) => renderRss(feed, async () => 1)));
}

describe('feeds of a site under a sub-path', () => {
  it('put the base path in every URL: channel, self link, image, items, enclosures and content', async () => {
    for (const xml of await renderEveryFeed()) {
      const { items = [], ...channel } = readFeed(xml);
      const urls = [
        channel.link,
        ...(channel.atom?.links ?? []).map((link) => link.href),
        channel.image?.url,
        ...items.flatMap((item) => [
          item.link,
          ...(item.enclosures ?? []).map((enclosure) => enclosure.url),
          ...htmlUrls(item.content?.encoded ?? ''),
        ]),
      ];
      expect(urls.length).toBeGreaterThan(10);
      expect(urls.filter((url) => !url?.startsWith(SITE_URL))).toEqual([]);
      // And nothing anywhere in the document names the origin without the base path.
      const absolute = xml.match(new RegExp(`${ORIGIN}[^"'<\\s&]*`, 'g')) ?? [];
      expect(absolute.filter((url) => !url.startsWith(SITE_URL))).toEqual([]);
    }
  });

  it('name the stylesheet under the base path', async () => {
    const [xml] = await renderEveryFeed();
    expect(xml).toMatch(/^<\?xml [^>]+\?><\?xml-stylesheet href="\/blog\/rss\.xsl" type="text\/xsl"\?>/);
  });

  it('serve a stylesheet whose own links stay under the base path', async () => {
    const { stylesheetResponse } = await import('../../src/lib/feeds/rss-endpoint.ts');
    const response = stylesheetResponse();
    expect(response.headers.get('Content-Type')).toBe('text/xsl; charset=utf-8');
    const references: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      for (const attr of Object.values(tag.attributes)) {
        if (['href', 'src'].includes(attr.local)) references.push(attr.value);
      }
    });
    parser.write(await response.text()).close();
    // Attribute value templates ({link}) take the feed's own URLs, which carry the base already.
    expect(references).toEqual(['/blog/rss.css', '/blog/favicon.svg', '{link}', '{link}']);
  });
});
