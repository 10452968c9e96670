import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSamplePosts, type SamplePost } from '../support/feed-export-site.ts';
import { htmlElements, htmlUrls, listFeedFiles, readFeed } from '../support/feed-reader.ts';
import { getSampleSite } from '../support/sample-site.ts';

/*
 * The feeds of the sample site, built once for the whole run (tests/support/sample-site.ts), for
 * what only a build shows: the endpoints and their routes, the stylesheet, and the image files
 * the feeds point at. What the feeds say, and the base path in their URLs, is tested
 * in-process in tests/unit/feed-*.test.ts; tests/e2e/sub-path.test.ts opens a built one under /blog/.
 */

let outDir: string;
let siteUrl: string;
let feeds: Map<string, ReturnType<typeof readFeed>>;
let expected: SamplePost[];

const read = (file: string) => readFile(join(outDir, file), 'utf8');

beforeAll(async () => {
  const site = await getSampleSite();
  outDir = site.outDir;
  siteUrl = `${site.siteOrigin}/`;
  expected = await readSamplePosts();
  feeds = new Map();
  for (const file of await listFeedFiles(outDir)) feeds.set(file, readFeed(await read(file)));
});

describe('the built sample site’s feeds', () => {
  it('are served for the site, each series and each category, each well-formed and self-linked', () => {
    expect([...feeds.keys()]).toEqual([
      'categories/burnout/rss.xml',
      'categories/coaching/rss.xml',
      'categories/therapy/rss.xml',
      'rss.xml',
      'series/coaching-vs-therapy/rss.xml',
    ]);
    for (const [file, feed] of feeds) {
      expect(feed.atom?.links).toEqual([
        { href: `${siteUrl}${file}`, rel: 'self', type: 'application/rss+xml' },
      ]);
      expect(feed).toMatchObject({
        title: expect.any(String),
        description: expect.any(String),
        language: 'en',
      });
    }
  });

  it('each carry their own posts, linked to their pages', () => {
    const guids = (file: string) => feeds.get(file)?.items?.map((item) => item.guid?.value);
    expect(guids('rss.xml')).toEqual(expected.map((post) => post._id));
    expect(feeds.get('rss.xml')?.items?.map((item) => item.link)).toEqual(
      expected.map((post) => `${siteUrl}posts/${post.slug}/`),
    );
    for (const category of ['burnout', 'coaching', 'therapy']) {
      const inCategory = expected.filter((post) => post.categoryIds.includes(`category-${category}`));
      expect(guids(`categories/${category}/rss.xml`), category).toEqual(inCategory.map((post) => post._id));
    }
    expect(guids('series/coaching-vs-therapy/rss.xml')).toEqual([
      'post-coaching-vs-therapy-part-2',
      'post-coaching-vs-therapy-part-1',
    ]);
  });

  it('point only at pages and images of the build', async () => {
    for (const [file, feed] of feeds) {
      expect(feed.link?.startsWith(siteUrl), file).toBe(true);
      for (const item of feed.items ?? []) {
        await expectFile(`${item.link}index.html`);
        for (const url of htmlUrls(item.content?.encoded ?? '')) {
          expect(url, `${file} ${item.link}`).toMatch(/^(https:\/\/|mailto:|tel:)/);
          if (url.includes('/_images/')) await expectFile(url);
        }
      }
      if (feed.image) await expectImage(feed.image.url ?? '', feed.image);
    }
  });

  it('size every image as its file is, and give the hero as an enclosure of its real length', async () => {
    const items = [...feeds.values()].flatMap((feed) => feed.items ?? []);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const html = item.content?.encoded ?? '';
      for (const img of htmlElements(html).filter((element) => element.tagName === 'img')) {
        const attr = (name: string) => img.attrs.find((entry) => entry.name === name)?.value;
        await expectImage(attr('src') ?? '', {
          width: Number(attr('width')),
          height: Number(attr('height')),
        });
      }
      const [enclosure] = item.enclosures ?? [];
      const url = enclosure?.url ?? '';
      expect(url, `${item.link}: every sample post has a hero, and it comes first`).toBe(htmlUrls(html)[0]);
      expect(enclosure?.length, url).toBe((await stat(await expectFile(url))).size);
      expect(enclosure?.type).toBe(url.endsWith('.png') ? 'image/png' : 'image/jpeg');
    }
  });

  it('point browsers at a stylesheet that loads nothing from elsewhere', async () => {
    for (const file of feeds.keys()) {
      expect(await read(file)).toMatch(
        /^<\?xml [^>]+\?><\?xml-stylesheet href="\/rss\.xsl" type="text\/xsl"\?>/,
      );
    }
    const references: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      for (const attr of Object.values(tag.attributes)) {
        if (['href', 'src'].includes(attr.local)) references.push(attr.value);
      }
    });
    parser.write(await read('rss.xsl')).close();
    // Attribute value templates ({link}) take the feed's own URLs; anything else is local.
    expect(references).toEqual(['/rss.css', '/favicon.svg', '{link}', '{link}']);
    expect((await stat(join(outDir, 'rss.css'))).size).toBeGreaterThan(0);
  });
});

/** Asserts that `url` (on the site) is a file in the build's output and returns its path. */
async function expectFile(url: string): Promise<string> {
  expect(url.startsWith(siteUrl), url).toBe(true);
  const file = join(outDir, decodeURIComponent(new URL(url).pathname));
  const found = await stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );
  expect(found, `${url} → ${file}`).toBe(true);
  return file;
}

/** Asserts that the image at `url` is in the build and has the size in pixels the feed states. */
async function expectImage(url: string, size: { width?: number; height?: number }): Promise<void> {
  const { width, height } = await sharp(await expectFile(url)).metadata();
  expect({ width, height }, url).toEqual({ width: size.width, height: size.height });
}
