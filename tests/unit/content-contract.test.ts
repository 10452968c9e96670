import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { ContentIssues } from '../../src/lib/content/content-issues.ts';
import { checkEntries, POST_ENTRY, type PostEntry } from '../../src/lib/content/entries.ts';
import { SITE_CONTENT_RESPONSE } from '../../src/lib/content/response.ts';
import { loadSiteContent, normalizeContent } from '../../src/lib/content/site-content.ts';
import { exportAssetPolicy } from '../../src/lib/sanity/asset-policy.ts';
import { SITE_CONTENT_QUERY } from '../../src/lib/sanity/queries.ts';
import { fieldPaths, recordReads } from '../support/read-recorder.ts';

/*
 * One shape, stated once: TypeGen types the query's answer, the normalisers take it, and the
 * content contract (entries.ts) checks what they build. Nothing between the query and the
 * contract drops a field, so these tests check that nothing is left behind either: a field the
 * query returns that no normaliser reads, or one a normaliser sets that the contract does not
 * list, is reported.
 */

const NOW = new Date('2026-06-01T00:00:00Z');
const ASSET_ID = 'image-f00d000000000000000000000000000000000000-640x360-png';
const slug = (current: string) => ({ _type: 'slug', current });
const ref = (id: string, extra: Record<string, unknown> = {}) => ({ _type: 'reference', _ref: id, ...extra });
const paragraph = (text: string) => ({
  _type: 'block',
  _key: `p-${text.length}`,
  style: 'normal',
  markDefs: [{ _type: 'link', _key: 'l', href: 'https://example.org/' }],
  children: [{ _type: 'span', _key: 's', text, marks: ['l'] }],
});
const figure = (key?: string) => ({
  _type: 'figure',
  ...(key ? { _key: key } : {}),
  asset: ref(ASSET_ID),
  alt: 'Hills at dusk',
  caption: 'The view',
  credit: 'A. Photographer',
  hotspot: { _type: 'sanity.imageHotspot', x: 0.5, y: 0.5, width: 0.4, height: 0.4 },
  crop: { _type: 'sanity.imageCrop', top: 0, bottom: 0.1, left: 0, right: 0 },
});

// Every field the Studio offers is filled, and every branch a normaliser takes is there (a
// scheduled post, a part not yet published, a planned part), so every field is read somewhere.
const DOCUMENTS = [
  {
    _id: ASSET_ID,
    _type: 'sanity.imageAsset',
    url: 'file:///images/f00d-640x360.png',
    mimeType: 'image/png',
    size: 2048,
    metadata: {
      dimensions: { width: 640, height: 360, aspectRatio: 640 / 360 },
      lqip: 'data:image/png;base64,AA',
    },
  },
  {
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: 'Practice',
    tagline: 'Tag',
    description: 'About',
    location: 'Denver',
    contactEmail: 'hello@example.org',
    contactFormAction: 'https://forms.example.org/f',
    callToAction: { _type: 'callToAction', label: 'Book', url: '/contact/' },
    disclaimer: 'Not advice.',
    socialLinks: [{ _type: 'socialLink', _key: 'm', label: 'Mastodon', url: 'https://social.example/@p' }],
    timeZone: 'America/Denver',
    newsletterFormAction: 'https://letters.example.org/join',
    defaultOgImage: figure(),
  },
  {
    _id: 'author-a',
    _type: 'author',
    name: 'Avery',
    slug: slug('avery'),
    credentials: 'LCSW',
    bio: [paragraph('Bio.')],
    image: figure(),
  },
  { _id: 'category-a', _type: 'category', title: 'Burnout', slug: slug('burnout'), description: 'On it.' },
  {
    _id: 'post-1',
    _type: 'post',
    title: 'First',
    slug: slug('first'),
    publishedAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-02T09:00:00Z',
    excerpt: 'Short.',
    author: ref('author-a'),
    categories: [ref('category-a', { _key: 'c' })],
    mainImage: figure(),
    seo: { _type: 'seo', title: 'First, for search', description: 'Described.', noIndex: false },
    body: [paragraph('Body.'), figure('f')],
  },
  { _id: 'post-2', _type: 'post', title: 'Later', slug: slug('later'), publishedAt: '2999-01-01T09:00:00Z' },
  {
    _id: 'series-a',
    _type: 'series',
    title: 'A series',
    slug: slug('a-series'),
    description: 'Parts.',
    status: 'ongoing',
    numbering: 'roman',
    coverImage: figure(),
    parts: [
      ref('post-1', { _key: 'k1', _weak: true }),
      ref('post-draft', { _key: 'k2', _weak: true }),
      ref('post-2', { _key: 'k3', _weak: true }),
      { _type: 'plannedPart', _key: 'k4', title: 'Next', expected: '2027-01-01', note: 'Soon.' },
    ],
  },
];

/** Runs `query` over the documents and the normalisers over its answer; lists the fields never read. */
async function unreadFields(query: string): Promise<{ unread: string[]; errors: string[] }> {
  const answer = await (await evaluate(parse(query), { dataset: DOCUMENTS })).get();
  const { proxy, read } = recordReads(SITE_CONTENT_RESPONSE.parse(answer));
  const issues = new ContentIssues();
  normalizeContent(proxy, { now: NOW }, issues);
  // Rich text passes whole (`...` in the query): the Studio schema names its fields, and
  // portable-text/blocks.ts is their contract.
  const named = fieldPaths(answer).filter((path) => !/\.(body|bio)\[\]/.test(path));
  const errors = issues.errors.map((issue) => `${issue.documentId} ${issue.field}: ${issue.problem}`);
  return { unread: [...new Set(named)].filter((path) => !read.has(path)), errors };
}

describe('the query and its normalisers', () => {
  it('read every field the query returns', async () => {
    expect(await unreadFields(SITE_CONTENT_QUERY)).toEqual({ unread: [], errors: [] });
  });

  it('report a field added to the query that no normaliser reads', async () => {
    const query = SITE_CONTENT_QUERY.replace('updatedAt, excerpt,', 'updatedAt, excerpt, subtitleNote,');
    expect(query).not.toBe(SITE_CONTENT_QUERY);
    expect((await unreadFields(query)).unread).toEqual(['posts[].subtitleNote']);
  });
});

const ENTRY: PostEntry = {
  title: 'First',
  slug: 'first',
  publishedAt: '2026-01-01T09:00:00Z',
  authorId: 'author-a',
  categoryIds: [],
  seo: { noIndex: false },
  body: [],
};

describe('the content contract', () => {
  it.each([
    ['on the entry', { ...ENTRY, subtitleNote: 'Kept?' }, 'subtitleNote'],
    ['inside a field', { ...ENTRY, seo: { noIndex: false, canonical: '/x/' } }, 'seo.canonical'],
  ])('reports a field a normaliser sets %s that the contract does not list', (_, entry, field) => {
    const issues = new ContentIssues();
    const entries = new Map([['post-1', entry]]);
    checkEntries(POST_ENTRY, entries, issues);
    expect(issues.errors).toEqual([
      {
        documentId: 'post-1',
        field,
        problem: 'the site sets this field but its content contract does not list it',
        fix: expect.stringContaining('src/lib/content/entries.ts'),
      },
    ]);
    expect(entries.size).toBe(0);
  });

  it('reports a value of a kind the Studio would not store, by document and field', async () => {
    const answer = await (await evaluate(parse(SITE_CONTENT_QUERY), { dataset: DOCUMENTS })).get();
    const post = SITE_CONTENT_RESPONSE.parse(answer).posts.find((doc) => doc._id === 'post-1');
    const figureBlock = post?.body?.find((block) => block._type === 'figure');
    const damaged = {
      ...post,
      title: 42,
      excerpt: ['not', 'text'],
      body: [{ ...figureBlock, alt: { en: 'x' } }],
    };
    const source = {
      description: 'test source',
      fetch: async () => ({ ...answer, posts: [damaged] }),
      assetPolicy: async () => exportAssetPolicy('/', ['file:///images/f00d-640x360.png']),
    };
    const loading = loadSiteContent(source, { now: NOW, allowEmptySite: false, warn: () => {} });
    await expect(loading).rejects.toThrow(
      /3 problems[\s\S]*"post-1", field "title": the value is not one the site can show \(expected string, received number\)\. Correct it in the Studio[\s\S]*field "excerpt": [\s\S]*field "body\[_key=="f"\]\.alt": the value is not one/,
    );
  });
});
