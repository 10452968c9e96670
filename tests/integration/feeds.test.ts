import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build-site.ts';
import { htmlElements, htmlUrls, listFeedFiles, readFeed } from '../support/feed-reader.ts';

const SITE_URL = 'https://practice.example.org/';
const SAMPLE = new URL('../../sanity/seed/data.ndjson', import.meta.url);

type SampleDoc = {
  _id: string;
  _type: string;
  publishedAt?: string;
  slug?: { current: string };
  categories?: { _ref: string }[];
};

/** The sample's published posts, newest first, as the feeds should list them. */
async function samplePosts(): Promise<SampleDoc[]> {
  const lines = (await readFile(SAMPLE, 'utf8')).trim().split('\n');
  const docs = lines.map((line) => JSON.parse(line) as SampleDoc);
  return docs
    .filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
    .filter((doc) => Date.parse(doc.publishedAt ?? '') <= Date.now())
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
}

describe('the sample site’s feeds', () => {
  let build: BuildResult;
  let feeds: Map<string, ReturnType<typeof readFeed>>;

  beforeAll(async () => {
    build = await buildSite({ SITE_URL });
    expect(build.exitCode, build.output).toBe(0);
    feeds = new Map();
    for (const file of await listFeedFiles(build.outDir)) feeds.set(file, readFeed(await build.read(file)));
  });

  it('give every item a description before its content, and no heading "#" links', async () => {
    for (const file of feeds.keys()) {
      const items = (await build.read(file)).split('<item>').slice(1);
      expect(items.length, file).toBeGreaterThan(0);
      for (const item of items) {
        const description = item.indexOf('<description>');
        expect(description, `${file}: an item has a <description>`).toBeGreaterThan(-1);
        expect(description, `${file}: <description> comes before <content:encoded>`).toBeLessThan(
          item.indexOf('<content:encoded>'),
        );
        expect(item).not.toContain('heading-anchor');
        // Escaped inside content:encoded, a heading reads "<h2 …>Title</h2>" with no "#" after it.
        expect(item).not.toMatch(/#&lt;\/a&gt;&lt;\/h[2-4]|#<\/a><\/h[2-4]/);
      }
    }
  });

  it('are one for the site, one per series and one per category, each well-formed and self-linked', () => {
    expect([...feeds.keys()]).toEqual([
      'categories/burnout/rss.xml',
      'categories/coaching/rss.xml',
      'categories/therapy/rss.xml',
      'rss.xml',
      'series/coaching-vs-therapy/rss.xml',
    ]);
    for (const [file, feed] of feeds) {
      expect(feed.atom?.links).toEqual([
        { href: `${SITE_URL}${file}`, rel: 'self', type: 'application/rss+xml' },
      ]);
      expect(feed).toMatchObject({
        title: expect.any(String),
        description: expect.any(String),
        language: 'en',
      });
    }
  });

  it('list the published posts newest first, with links to their pages', async () => {
    const expected = await samplePosts();
    const items = feeds.get('rss.xml')?.items ?? [];
    expect(items.map((item) => item.guid)).toEqual(
      expected.map((doc) => ({ value: doc._id, isPermaLink: false })),
    );
    expect(items.map((item) => item.link)).toEqual(
      expected.map((doc) => `${SITE_URL}posts/${doc.slug?.current}/`),
    );
    for (const category of ['burnout', 'coaching', 'therapy']) {
      const inCategory = expected.filter((doc) =>
        doc.categories?.some((ref) => ref._ref === `category-${category}`),
      );
      const guids = feeds.get(`categories/${category}/rss.xml`)?.items?.map((item) => item.guid?.value);
      expect(guids, category).toEqual(inCategory.map((doc) => doc._id));
    }
  });

  it('title series parts by number and leave planned parts out', () => {
    const titles = feeds.get('series/coaching-vs-therapy/rss.xml')?.items?.map((item) => item.title);
    expect(titles).toEqual([
      'Part II: Training, licensure, and the rules of the room',
      'Part I: Coaching and therapy start from different questions',
    ]);
    const everywhere = [...feeds.values()].flatMap((feed) => feed.items ?? []);
    expect(everywhere.map((item) => item.title).join('\n')).not.toContain('Choosing, switching');
  });

  it('use only absolute URLs in content, and every image they show exists', async () => {
    for (const [file, feed] of feeds) {
      for (const item of feed.items ?? []) {
        const html = item.content?.encoded ?? '';
        expect(htmlElements(html)[1]?.tagName, `${file}: hero first`).toBe('img');
        for (const url of htmlUrls(html)) {
          expect(url, `${file} ${item.link}`).toMatch(/^(https:\/\/|mailto:|tel:)/);
          if (url.startsWith(SITE_URL) && url.includes('/_images/')) await expectFile(build, url);
        }
        await expectFile(build, `${item.link}index.html`);
      }
      if (feed.image) await expectFile(build, feed.image.url ?? '');
    }
  });

  it('give each hero as an enclosure whose length is the served file’s size', async () => {
    const items = [...feeds.values()].flatMap((feed) => feed.items ?? []);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const [enclosure] = item.enclosures ?? [];
      const url = enclosure?.url ?? '';
      expect(url, `${item.link}: every sample post has a hero`).not.toBe('');
      const file = await expectFile(build, url);
      expect(enclosure?.length, url).toBe((await stat(file)).size);
      expect(enclosure?.type).toBe(url.endsWith('.png') ? 'image/png' : 'image/jpeg');
      // The enclosure is the very file the content's hero shows.
      expect(htmlUrls(item.content?.encoded ?? '')[0]).toBe(url);
    }
  });

  it('point browsers at a stylesheet that loads nothing from elsewhere', async () => {
    for (const file of feeds.keys()) {
      expect(await build.read(file)).toMatch(
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
    parser.write(await build.read('rss.xsl')).close();
    // Attribute value templates ({link}) take the feed's own URLs; anything else is local.
    expect(references).toEqual(['/rss.css', '/favicon.svg', '{link}', '{link}']);
    expect((await stat(join(build.outDir, 'rss.css'))).size).toBeGreaterThan(0);
  });
});

/** Asserts that `url` (on SITE_URL) is a file in the build's output and returns its path. */
async function expectFile(build: BuildResult, url: string): Promise<string> {
  expect(url.startsWith(SITE_URL), url).toBe(true);
  const file = join(build.outDir, decodeURIComponent(new URL(url).pathname));
  const found = await stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );
  expect(found, `${url} → ${file}`).toBe(true);
  return file;
}
