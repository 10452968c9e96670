import type { DocumentValidationMarker } from '@sanity/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoredDocument, validateWithStudioRules } from '../../sanity/lib/validate-documents';
import { ALT_MISSING_CODE } from '../../sanity/validation/figure-alt';
import { DUPLICATE_PART_CODE, POST_IN_OTHER_SERIES_CODE } from '../../sanity/validation/series-parts';
import { emulatorClient, type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator';

/*
 * The Studio's custom rules, run by Sanity's own validation against documents served by the
 * query API emulator (the cross-document rules ask it which series list a post, whether a slug
 * is taken). Each case is a small world of documents and one document to validate.
 */

const IMAGE_ID = 'image-0f143e3d5c08428df28748483fc1e709c6fc0d60-1600x900-jpg';

const figure = (alt?: string) => ({
  _type: 'figure',
  asset: { _type: 'reference', _ref: IMAGE_ID },
  ...(alt === undefined ? {} : { alt }),
});
const paragraph = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}-span`, text, marks: [] }],
});
const part = (key: string, ref: string) => ({ _key: key, _type: 'reference', _ref: ref, _weak: true });
const planned = (key: string, title: string) => ({ _key: key, _type: 'plannedPart', title });

function post(id: string, fields: Record<string, unknown> = {}): StoredDocument {
  return {
    _id: id,
    _type: 'post',
    title: `Post ${id}`,
    slug: { _type: 'slug', current: id },
    publishedAt: '2026-03-01T09:00:00Z',
    author: { _type: 'reference', _ref: 'author-1' },
    mainImage: figure('A quiet hospital corridor at night'),
    body: [paragraph('p1', 'Hello.')],
    ...fields,
  };
}

function series(id: string, title: string, parts: unknown[]): StoredDocument {
  return {
    _id: id,
    _type: 'series',
    title,
    slug: { _type: 'slug', current: id },
    status: 'ongoing',
    numbering: 'roman',
    parts,
  };
}

/** Everything a post needs to exist around it: its author and the image its figures use. */
const BASE: StoredDocument[] = [
  { _id: 'author-1', _type: 'author', name: 'Jordan Reyes', slug: { _type: 'slug', current: 'jordan' } },
  { _id: IMAGE_ID, _type: 'sanity.imageAsset', url: 'https://cdn.example/x.jpg' },
  post('post-a'),
  post('post-b'),
];

let emulator: SanityEmulator;
beforeAll(async () => {
  emulator = await startSanityEmulator({ documents: [] });
});
afterAll(() => emulator.close());

/** Validates `target` with the Studio's rules in a dataset of BASE, `others` and the target. */
async function markersFor(
  target: StoredDocument,
  others: StoredDocument[] = [],
): Promise<DocumentValidationMarker[]> {
  emulator.setDocuments([...BASE.filter((doc) => doc._id !== target._id), ...others, target]);
  const client = emulatorClient(emulator);
  const [report] = await validateWithStudioRules([target], client);
  return report?.markers ?? [];
}

/** The markers' gist, for readable assertions: level, code and path as a string. */
function summary(markers: DocumentValidationMarker[]): string[] {
  return markers.map((m) => `${m.level} ${m.code} ${JSON.stringify(m.path)}`);
}

describe('a post belongs to at most one series', () => {
  it('passes a series whose posts no other series lists, with a planned part and an unpublished post', async () => {
    const target = series('series-1', 'Series One', [
      part('k1', 'post-a'),
      planned('k2', 'Coming later'),
      part('k3', 'post-not-written-yet'),
    ]);
    // A draft of the same series lists the same post: that is the series itself, not another one.
    const ownDraft = { ...target, _id: 'drafts.series-1' };
    expect(
      await markersFor(target, [ownDraft, series('series-2', 'Series Two', [part('k1', 'post-b')])]),
    ).toEqual([]);
  });

  it('fails a series listing a post another series lists, naming that series', async () => {
    const target = series('series-2', 'Series Two', [part('k1', 'post-b'), part('k2', 'post-a')]);
    const markers = await markersFor(target, [series('series-1', 'Burnout, Slowly', [part('k9', 'post-a')])]);
    expect(summary(markers)).toEqual([`error ${POST_IN_OTHER_SERIES_CODE} ["parts",{"_key":"k2"}]`]);
    expect(markers[0]?.message).toContain('"Burnout, Slowly"');
  });

  it('counts a clash with another series that is still a draft', async () => {
    const target = series('series-1', 'Series One', [part('k1', 'post-a')]);
    const markers = await markersFor(target, [
      series('drafts.series-3', 'Work in Progress', [part('x', 'post-a')]),
    ]);
    expect(summary(markers)).toEqual([`error ${POST_IN_OTHER_SERIES_CODE} ["parts",{"_key":"k1"}]`]);
    expect(markers[0]?.message).toContain('"Work in Progress"');
  });
});

describe('no part twice in a series', () => {
  it('fails the repeated part and names the position of the first', async () => {
    const target = series('series-1', 'Series One', [
      part('k1', 'post-a'),
      planned('k2', 'Interlude'),
      part('k3', 'post-a'),
    ]);
    const markers = await markersFor(target);
    expect(summary(markers)).toEqual([`error ${DUPLICATE_PART_CODE} ["parts",{"_key":"k3"}]`]);
    expect(markers[0]?.message).toContain('already Part I of this series');
  });
});

describe('alt text is required wherever an image is set', () => {
  it.each([
    ['hero image without alt', { mainImage: figure() }, '["mainImage","alt"]'],
    ['hero image with blank alt', { mainImage: figure('   ') }, '["mainImage","alt"]'],
    [
      'body figure without alt',
      { body: [paragraph('p1', 'Hi.'), { ...figure(), _key: 'fig1' }] },
      '["body",{"_key":"fig1"},"alt"]',
    ],
  ])('fails a post with a %s', async (_case, fields, path) => {
    const markers = await markersFor(post('post-a', fields));
    expect(summary(markers)).toEqual([`error ${ALT_MISSING_CODE} ${path}`]);
  });

  it('passes a post without a hero image at all, and one whose figures all have alt text', async () => {
    const { mainImage: _omitted, ...withoutHero } = post('post-a');
    expect(await markersFor(withoutHero)).toEqual([]);
    expect(await markersFor(post('post-a', { body: [{ ...figure('A chart'), _key: 'fig1' }] }))).toEqual([]);
  });

  it('fails a body figure that has no image', async () => {
    const markers = await markersFor(
      post('post-a', { body: [{ _type: 'figure', _key: 'fig1', alt: 'Nothing' }] }),
    );
    expect(summary(markers)).toEqual(['error asset.required ["body",{"_key":"fig1"}]']);
  });
});

describe('slugs are unique per document type', () => {
  it('fails a post whose slug another post has', async () => {
    const markers = await markersFor(post('post-b', { slug: { _type: 'slug', current: 'post-a' } }));
    expect(summary(markers)).toEqual(['error slug.not-unique ["slug"]']);
  });

  it('passes a post whose slug only a category or its own draft has', async () => {
    const target = post('post-c', { slug: { _type: 'slug', current: 'burnout' } });
    const others = [
      { _id: 'category-1', _type: 'category', title: 'Burnout', slug: { _type: 'slug', current: 'burnout' } },
      { ...target, _id: 'drafts.post-c' },
    ];
    expect(await markersFor(target, others)).toEqual([]);
  });
});

describe('length warnings state the consequence', () => {
  it.each([
    ['SEO title over 60', { seo: { title: 'x'.repeat(61) } }, '["seo","title"]', 'search results will cut'],
    [
      'SEO description over 160',
      { seo: { description: 'x'.repeat(161) } },
      '["seo","description"]',
      'search results',
    ],
    ['excerpt over 200', { excerpt: 'x'.repeat(201) }, '["excerpt"]', 'truncate'],
  ])('warns (without failing) about an %s', async (_case, fields, path, consequence) => {
    const markers = await markersFor(post('post-a', fields));
    expect(summary(markers)).toEqual([`warning string.maximum-length ${path}`]);
    expect(markers[0]?.message).toContain(consequence);
  });

  it('is quiet at exactly the limits', async () => {
    const fields = { seo: { title: 'x'.repeat(60), description: 'x'.repeat(160) }, excerpt: 'x'.repeat(200) };
    expect(await markersFor(post('post-a', fields))).toEqual([]);
  });
});
