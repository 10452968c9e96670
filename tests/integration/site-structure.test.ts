import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build-site.ts';
import { datasetWithPosts, post, writeExport } from '../support/dataset-builder.ts';

/*
 * What only a bigger site shows: archive pagination past one page, and the sitemap leaving
 * out a post marked noIndex while listing every other public page. The practice is in Denver,
 * and its newest post went out at 8 pm there: 02:00 the next day in UTC.
 */

const EVENING_IN_DENVER = '2026-10-19T02:00:00Z';

const ORIGIN = 'https://quire.test';
let build: BuildResult;

beforeAll(async () => {
  const documents = datasetWithPosts(23).map((doc) => {
    if (doc._id === 'post-7') return post(7, { seo: { _type: 'seo', noIndex: true } });
    if (doc._id === 'post-23') return post(23, { publishedAt: EVENING_IN_DENVER });
    return doc._id === 'siteSettings' ? { ...doc, timeZone: 'America/Denver' } : doc;
  });
  const paths = await writeExport(documents);
  build = await buildSite({ SANITY_EXPORT: paths.folder, SITE_URL: ORIGIN });
  expect(build.exitCode, build.output).toBe(0);
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
    expect(locations).not.toContain(`${ORIGIN}/posts/post-7/`);
    expect(locations.filter((url) => url?.startsWith(`${ORIGIN}/posts/`))).toHaveLength(22);
    expect(await build.read('posts/post-7/index.html')).toMatch(/<meta name="robots" content="noindex/);
  });

  it("dates a post by the practice's time zone on its page and in the archive, the feed keeping the instant", async () => {
    const time = /<time datetime="2026-10-19T02:00:00.000Z"[^>]*>October 18, 2026<\/time>/;
    expect(await build.read('posts/post-23/index.html')).toMatch(time);
    expect(await build.read('archive/index.html')).toMatch(time);
    expect(await build.read('rss.xml')).toContain('<pubDate>Mon, 19 Oct 2026 02:00:00 GMT</pubDate>');
  });

  it('points robots.txt at the sitemap index on the site origin', async () => {
    expect(await build.read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  });
});
