import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltOutput, readOutput } from '../support/build-site.ts';
import {
  EVENING_POST,
  getFixtureSite,
  NO_INDEX_POST,
  FIXTURE_ORIGIN as ORIGIN,
} from '../support/fixture-site.ts';

/*
 * What only a bigger site shows, read from the fixture site (tests/support/fixture-site.ts):
 * archive pagination past one page, and the sitemap leaving out a post marked noIndex while
 * listing every other public page. The practice is in Denver, and its newest post went out at
 * 8 pm there: 02:00 the next day in UTC.
 */

let build: BuiltOutput;

beforeAll(async () => {
  build = await readOutput((await getFixtureSite()).outDir);
});

const postLinks = (html: string) => html.match(/href="\/posts\/[^"]+\/"/g) ?? [];

describe('a site of 23 posts', () => {
  it('pages the archive 10 at a time: /archive/, /archive/2/, /archive/3/', async () => {
    expect(build.pages.filter((page) => page.startsWith('archive/'))).toEqual([
      'archive/2/index.html',
      'archive/3/index.html',
      'archive/index.html',
    ]);
    const counts = [];
    for (const page of ['archive/index.html', 'archive/2/index.html', 'archive/3/index.html']) {
      counts.push(new Set(postLinks(await build.read(page))).size);
    }
    expect(counts).toEqual([10, 10, 3]);
  });

  it('leaves the noIndex post out of the sitemap, and marks the page itself noindex', async () => {
    const sitemap = await build.read('sitemap-0.xml');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toContain(`${ORIGIN}/posts/post-8/`);
    expect(locations).toContain(`${ORIGIN}/archive/2/`);
    expect(locations).not.toContain(`${ORIGIN}/posts/${NO_INDEX_POST}/`);
    expect(locations.filter((url) => url?.startsWith(`${ORIGIN}/posts/`))).toHaveLength(22);
    expect(await build.read(`posts/${NO_INDEX_POST}/index.html`)).toMatch(
      /<meta name="robots" content="noindex/,
    );
  });

  it("dates a post by the practice's time zone on its page and in the archive, the feed keeping the instant", async () => {
    const time = /<time datetime="2026-10-19T02:00:00.000Z"[^>]*>October 18, 2026<\/time>/;
    expect(await build.read(`posts/${EVENING_POST}/index.html`)).toMatch(time);
    expect(await build.read('archive/index.html')).toMatch(time);
    expect(await build.read('rss.xml')).toContain('<pubDate>Mon, 19 Oct 2026 02:00:00 GMT</pubDate>');
  });

  it('points robots.txt at the sitemap index on the site origin', async () => {
    expect(await build.read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  });
});
