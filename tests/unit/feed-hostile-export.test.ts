import { beforeAll, describe, expect, it } from 'vitest';
import { renderRss } from '../../src/lib/feeds/rss-endpoint.ts';
import {
  baseDocuments,
  figure,
  paragraph,
  post,
  type TestDocument,
  writeExport,
} from '../support/dataset-builder.ts';
import { everyFeed, loadExportContent, toFeedSite } from '../support/feed-export-site.ts';
import { htmlElements, htmlText, htmlUrls, readFeed } from '../support/feed-reader.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

/*
 * A dataset export of one hostile published post, plus everything that must never reach a
 * feed (drafts, a post scheduled for later, a planned part), read in-process through the same
 * content check and site views as a build.
 */

const SITE_URL = 'https://practice.example.org/';
const HOSTILE = 'Hello\u0000\u0008\u000B\u001B\uFFFF <script>alert(1)</script> ]]> &amp; bye';
const CLEAN = 'Hello <script>alert(1)</script> ]]> &amp; bye';

const hostileLink = paragraph('click me', 'h', {
  markDefs: [{ _type: 'link', _key: 'l1', href: 'javascript:alert(1)' }],
  children: [{ _type: 'span', _key: 'hs', text: 'click me', marks: ['l1'] }],
});

function documents(): TestDocument[] {
  const [settings, author, category] = baseDocuments();
  if (!settings || !author || !category) throw new Error('[tests] baseDocuments() changed shape.');
  return [
    settings,
    { ...author, name: 'Avery\u0007 <i>Test</i>' },
    { ...category, title: 'Burn\u0001out ]]> <b>' },
    post(1, {
      title: HOSTILE,
      excerpt: HOSTILE,
      mainImage: figure('"><script>alert(2)</script>\u0002'),
      body: [paragraph(HOSTILE, 'a'), hostileLink],
    }),
    { ...post(1), _id: 'drafts.post-1', title: 'Unpublished edit' },
    { ...post(2), _id: 'drafts.post-2', title: 'Draft only' },
    post(3, { title: 'From the future', publishedAt: '2999-01-01T00:00:00Z' }),
    {
      _id: 'series-a',
      _type: 'series',
      title: 'A series',
      slug: { _type: 'slug', current: 'a-series' },
      parts: [
        { _type: 'reference', _ref: 'post-1', _key: 'k1' },
        { _type: 'reference', _ref: 'post-3', _key: 'k2', _weak: true },
        { _type: 'plannedPart', _key: 'k3', title: 'Planned secret', expected: '2027-01-01' },
      ],
    },
  ];
}

const tempDir = useTempDirs();
let xml: Map<string, string>;

beforeAll(async () => {
  const { folder } = await writeExport(documents(), { parent: await tempDir('quire-feeds-') });
  const feeds = everyFeed(toFeedSite(await loadExportContent(folder), SITE_URL));
  const rendered = [...feeds].map(
    async ([path, feed]) => [path, await renderRss(feed, async () => 1)] as const,
  );
  xml = new Map(await Promise.all(rendered));
});

const itemOf = (path: string) => readFeed(xml.get(path) ?? '').items?.[0];

describe('feeds of hostile and unpublished content', () => {
  it('are well-formed and carry only the published post', () => {
    expect([...xml.keys()].sort()).toEqual([
      'categories/burnout/rss.xml',
      'rss.xml',
      'series/a-series/rss.xml',
    ]);
    for (const [path, text] of xml) {
      expect(
        readFeed(text).items?.map((item) => item.guid?.value),
        path,
      ).toEqual(['post-1']);
      expect(text, path).not.toMatch(/Unpublished edit|Draft only|From the future|Planned secret|post-3/);
    }
  });

  it('turn hostile text into harmless text, with illegal characters gone', () => {
    const item = itemOf('series/a-series/rss.xml');
    expect(item?.title).toBe(`Part I: ${CLEAN}`);
    expect(item?.dc?.creators).toEqual(['Avery <i>Test</i>']);
    expect(item?.categories).toEqual([{ name: 'Burnout ]]> <b>' }]);
    expect(htmlElements(item?.description ?? '')).toEqual([]);
    expect(htmlText(item?.description ?? '')).toBe(CLEAN);
  });

  it('cannot inject markup, scripts or javascript: links into content', () => {
    const html = itemOf('rss.xml')?.content?.encoded ?? '';
    const elements = htmlElements(html);
    // Hero, the series line with its one link, the hostile paragraph, the link left as text.
    expect(elements.map((element) => element.tagName)).toEqual([
      'figure',
      'img',
      'figcaption',
      'p',
      'em',
      'a',
      'p',
      'p',
    ]);
    expect(htmlText(html)).toContain(CLEAN);
    expect(htmlText(html)).toContain('click me');
    expect(htmlUrls(html).every((url) => url.startsWith(SITE_URL))).toBe(true);
    const alt = elements[1]?.attrs.find((attr) => attr.name === 'alt')?.value;
    expect(alt).toBe('"><script>alert(2)</script>');
  });
});
