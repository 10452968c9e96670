import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build-site.ts';
import { readFeed } from '../support/feed-reader.ts';

const SITE_URL = 'https://practice.example.org/';
const SAMPLE = fileURLToPath(new URL('../../sanity/seed', import.meta.url));
const POSTS = 20;
/** The budget for the main feed with 20 full posts of sample length. */
const MAX_FEED_BYTES = 256 * 1024;

type Doc = { _id: string; _type: string; [field: string]: unknown };

/**
 * The sample export grown to `POSTS` published posts by copying its own posts (same bodies,
 * figures and links, so each is of sample length) under new ids, slugs and earlier dates.
 * `slugOf` may rename one post's slug.
 */
async function writeTwentyPostExport(slugOf: (id: string, slug: string) => string): Promise<string> {
  const folder = join(await mkdtemp(join(tmpdir(), 'quire-feeds-')), 'export');
  await cp(SAMPLE, folder, { recursive: true });
  const docs = (await readFile(join(SAMPLE, 'data.ndjson'), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Doc);
  const originals = docs.filter((doc) => doc._type === 'post');
  const copies = Array.from({ length: POSTS - originals.length }, (_, i): Doc => {
    const source = originals[i % originals.length] as Doc;
    return {
      ...source,
      _id: `post-copy-${i + 1}`,
      title: `${String(source.title)} (copy ${i + 1})`,
      slug: { _type: 'slug', current: `copy-${i + 1}` },
      publishedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
    };
  });
  const renamed = [...docs, ...copies].map((doc) =>
    doc._type === 'post'
      ? { ...doc, slug: { _type: 'slug', current: slugOf(doc._id, slugCurrent(doc)) } }
      : doc,
  );
  await writeFile(join(folder, 'data.ndjson'), `${renamed.map((doc) => JSON.stringify(doc)).join('\n')}\n`);
  return folder;
}

function slugCurrent(doc: Doc): string {
  return (doc.slug as { current: string }).current;
}

describe('a main feed of 20 full posts', () => {
  let before: BuildResult;
  let after: BuildResult;

  beforeAll(async () => {
    const [original, renamed] = await Promise.all([
      writeTwentyPostExport((_id, slug) => slug),
      writeTwentyPostExport((id, slug) => (id === 'post-moral-injury' ? 'moral-injury-renamed' : slug)),
    ]);
    before = await buildSite({ SITE_URL, SANITY_EXPORT: original });
    expect(before.exitCode, before.output).toBe(0);
    after = await buildSite({ SITE_URL, SANITY_EXPORT: renamed });
    expect(after.exitCode, after.output).toBe(0);
  });

  it(`stays under ${MAX_FEED_BYTES / 1024} KB`, async () => {
    const xml = await before.read('rss.xml');
    const bytes = Buffer.byteLength(xml, 'utf8');
    const items = readFeed(xml).items ?? [];
    console.log(
      `[feeds] /rss.xml with ${items.length} full posts: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB)`,
    );
    expect(items).toHaveLength(POSTS);
    expect(items.every((item) => (item.content?.encoded?.length ?? 0) > 5000)).toBe(true);
    expect(bytes).toBeLessThan(MAX_FEED_BYTES);
  });

  it('keeps an item’s guid when its slug changes, while its link follows the slug', async () => {
    const item = (build: BuildResult) =>
      build
        .read('rss.xml')
        .then((xml) => readFeed(xml).items?.find((entry) => entry.title?.startsWith('Moral injury')));
    const [old, renamed] = await Promise.all([item(before), item(after)]);
    expect(old?.link).toBe(`${SITE_URL}posts/moral-injury-is-not-a-resilience-problem/`);
    expect(renamed?.link).toBe(`${SITE_URL}posts/moral-injury-renamed/`);
    expect(renamed?.guid).toEqual({ value: 'post-moral-injury', isPermaLink: false });
    expect(renamed?.guid).toEqual(old?.guid);
  });
});
