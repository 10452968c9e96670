import { describe, expect, it } from 'vitest';
import { type ContentIssue, ContentIssues } from '../../src/lib/content/content-issues.ts';
import { normalizePost } from '../../src/lib/content/normalize-post.ts';
import { RAW_POST, type RawPost } from '../../src/lib/content/response.ts';
import { loadSiteContent } from '../../src/lib/content/site-content.ts';
import { exportAssetPolicy } from '../../src/lib/sanity/asset-policy.ts';
import type { ContentSource } from '../../src/lib/sanity/content-source.ts';

const asset = {
  _id: 'image-a-10x10-png',
  url: 'file:///a.png',
  mimeType: 'image/png',
  width: 10,
  height: 10,
};
const paragraph = { _type: 'block', _key: 'p', children: [{ _type: 'span', text: 'Hi' }] };
// Through the document check, as the query's answer reaches the normaliser: typed by TypeGen.
const rawPost = (overrides: Record<string, unknown> = {}): RawPost =>
  RAW_POST.parse({
    _id: 'post-1',
    title: 'A post',
    slug: 'a-post',
    publishedAt: '2026-01-01T00:00:00Z',
    author: 'author-a',
    categories: ['category-a'],
    body: [paragraph],
    ...overrides,
  });
const known = { authors: new Set(['author-a']), categories: new Set(['category-a']) };

function check(raw: RawPost) {
  const issues = new ContentIssues();
  const entry = normalizePost(raw, known, issues);
  const brief = (list: ContentIssue[]) => list.map((issue) => `${issue.documentId} ${issue.field}`);
  return { entry, errors: brief(issues.errors), warnings: brief(issues.warnings) };
}

describe('normalizePost', () => {
  it.each([
    { name: 'no title', raw: { title: '  ' }, errors: ['post-1 title'] },
    { name: 'no slug', raw: { slug: null }, errors: ['post-1 slug'] },
    { name: 'no author', raw: { author: null }, errors: ['post-1 author'] },
    { name: 'a dangling author', raw: { author: 'author-x' }, errors: ['post-1 author'] },
    { name: 'a dangling category', raw: { categories: ['category-x'] }, errors: ['post-1 categories'] },
    { name: 'no body', raw: { body: [] }, errors: ['post-1 body'] },
  ])('fails a post with $name', ({ raw, errors }) => {
    const result = check(rawPost(raw));
    expect(result.errors).toEqual(errors);
  });

  it.each([
    { name: 'an SEO title over 60', raw: { seo: { title: 'x'.repeat(61) } }, warnings: ['post-1 seo.title'] },
    {
      name: 'an SEO description over 160',
      raw: { seo: { description: 'x'.repeat(161) } },
      warnings: ['post-1 seo.description'],
    },
    {
      name: 'a hero without caption',
      raw: { mainImage: { alt: 'A', asset } },
      warnings: ['post-1 mainImage.caption'],
    },
    {
      name: 'a hero without alt',
      raw: { mainImage: { caption: 'C', asset } },
      warnings: ['post-1 mainImage.alt'],
    },
    {
      name: 'an unknown block type',
      raw: { body: [paragraph, { _type: 'poll', _key: 'x' }] },
      warnings: ['post-1 body'],
    },
    {
      name: 'a body figure without alt',
      raw: { body: [{ _type: 'figure', _key: 'f', asset }] },
      warnings: ['post-1 body[_key=="f"].alt'],
    },
  ])('builds, with a warning, a post with $name', ({ raw, warnings }) => {
    const result = check(rawPost(raw));
    expect(result.errors).toEqual([]);
    expect(result.entry).toBeDefined();
    expect(result.warnings).toEqual(warnings);
  });

  it('normalises body figures to the Figure shape and drops one with no image', () => {
    const body = [
      { _type: 'figure', _key: 'f', alt: 'Hills', asset },
      { _type: 'figure', _key: 'g', alt: 'Nothing' },
    ];
    expect(check(rawPost({ body })).entry?.body).toEqual([
      {
        _type: 'figure',
        _key: 'f',
        alt: 'Hills',
        caption: undefined,
        credit: undefined,
        hotspot: undefined,
        crop: undefined,
        asset: {
          id: asset._id,
          url: asset.url,
          mimeType: 'image/png',
          size: undefined,
          width: 10,
          height: 10,
          lqip: undefined,
          usedBy: 'post-1',
        },
      },
    ]);
  });

  it('warns about a body figure without an image, naming its key', () => {
    const body = [paragraph, { _type: 'figure', _key: 'g', alt: 'Nothing' }];
    expect(check(rawPost({ body })).warnings).toEqual(['post-1 body[_key=="g"]']);
  });

  it('ignores a half-set hotspot rather than failing', () => {
    const mainImage = { alt: 'A', caption: 'C', asset, hotspot: { x: 0.5, y: null, width: 1, height: 1 } };
    expect(check(rawPost({ mainImage })).entry?.mainImage?.hotspot).toBeUndefined();
  });
});

const source = (response: unknown): ContentSource => ({
  description: 'test source',
  fetch: async () => response,
  assetPolicy: async () => exportAssetPolicy('/', [asset.url]),
});
const options = { now: new Date('2026-06-01T00:00:00Z'), allowEmptySite: false, warn: () => {} };
const validResponse = {
  settings: { _id: 'siteSettings', title: 'Site' },
  authors: [{ _id: 'author-a', name: 'A', slug: 'a' }],
  categories: [{ _id: 'category-a', title: 'C', slug: 'c' }],
  series: [],
  posts: [rawPost(), rawPost({ _id: 'post-2', slug: 'later', publishedAt: '2026-07-01T00:00:00Z' })],
};

describe('loadSiteContent', () => {
  it('keeps posts published by build time and leaves scheduled ones out', async () => {
    const content = await loadSiteContent(source(validResponse), options);
    expect([...content.posts.keys()]).toEqual(['post-1']);
  });

  it.each([
    ['nothing (a 200 with a body that is not JSON)', undefined],
    ['a string', 'Service unavailable'],
    ['posts that are not a list', { ...validResponse, posts: 'none' }],
    ['a post without an _id', { ...validResponse, posts: [{ title: 'Nameless' }] }],
  ])('rejects a response of %s, naming the source', async (_, response) => {
    await expect(loadSiteContent(source(response), options)).rejects.toThrow(
      /\[sanity\] The response from test source is not the shape/,
    );
  });

  it('names the document whose list is damaged, and where', async () => {
    const posts = [{ ...rawPost(), body: 'Just text' }];
    await expect(loadSiteContent(source({ ...validResponse, posts }), options)).rejects.toThrow(
      /\(posts\[_id=="post-1"\]\.body: Invalid input: expected array, received string\)/,
    );
  });

  it('normalises figures in an author bio as it does in a post body', async () => {
    const bio = [paragraph, { _type: 'figure', _key: 'f', alt: 'Portrait', asset }];
    const authors = [{ _id: 'author-a', name: 'A', slug: 'a', bio }];
    const content = await loadSiteContent(source({ ...validResponse, authors }), options);
    expect(content.authors.get('author-a')?.bio[1]).toMatchObject({
      _type: 'figure',
      alt: 'Portrait',
      asset: { id: asset._id, url: asset.url, width: 10, height: 10 },
    });
  });

  it('fails without site settings', async () => {
    await expect(loadSiteContent(source({ ...validResponse, settings: null }), options)).rejects.toThrow(
      /Document "siteSettings", field "title"/,
    );
  });

  it('lists every problem at once', async () => {
    const posts = [rawPost({ slug: null }), rawPost({ _id: 'post-3', author: 'nobody' })];
    await expect(loadSiteContent(source({ ...validResponse, posts }), options)).rejects.toThrow(
      /2 problems[\s\S]*"post-1", field "slug"[\s\S]*"post-3", field "author"/,
    );
  });

  it.each([
    ['a slash', 'a/b'],
    ['a space', 'a b'],
    ['a question mark', 'what?'],
    ['only dots', '..'],
  ])('fails a slug with %s', async (_, slug) => {
    await expect(
      loadSiteContent(source({ ...validResponse, posts: [rawPost({ slug })] }), options),
    ).rejects.toThrow(/field "slug": the slug .* contains characters a URL path cannot hold/);
  });
});
