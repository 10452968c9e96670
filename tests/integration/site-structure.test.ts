import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build-site.ts';
import { datasetWithPosts, post, writeExport } from '../support/dataset-builder.ts';

/*
 * What only a bigger site shows: archive pagination past one page, and the sitemap leaving
 * out a post marked noIndex while listing every other public page.
 */

const ORIGIN = 'https://quire.test';
let build: BuildResult;

beforeAll(async () => {
  const documents = datasetWithPosts(23).map((doc) =>
    doc._id === 'post-7' ? post(7, { seo: { _type: 'seo', noIndex: true } }) : doc,
  );
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

  it('points robots.txt at the sitemap index on the site origin', async () => {
    expect(await build.read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  });
});
