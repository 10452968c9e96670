import { describe, expect, it } from 'vitest';
import { publishContentPlan } from '../../src/lib/build/build-state.ts';
import type { PostEntry } from '../../src/lib/content/entries.ts';
import type { SiteContent } from '../../src/lib/content/site-content.ts';
import { exportAssetPolicy } from '../../src/lib/sanity/asset-policy.ts';
import { isIndexable, planPageFacts, withLastmod } from '../../src/lib/seo/sitemap.ts';

const post = (slug: string, fields: Partial<PostEntry> = {}): [string, PostEntry] => [
  `id-${slug}`,
  {
    title: slug,
    slug,
    publishedAt: '2026-03-01T09:00:00Z',
    authorId: 'author',
    categoryIds: [],
    seo: { noIndex: false },
    body: [],
    ...fields,
  },
];

const content = (posts: [string, PostEntry][]): SiteContent => ({
  settings: { title: 'Site', socialLinks: [], timeZone: 'UTC' },
  authors: new Map(),
  categories: new Map(),
  series: new Map(),
  posts: new Map(posts),
});

const SITE = content([
  post('hidden', { seo: { noIndex: true } }),
  post('edited', { updatedAt: '2026-04-20T16:25:00Z' }),
  post('plain'),
]);

describe('the sitemap, planned from the content', () => {
  it.each([
    { base: '/', path: '/posts/hidden/', facts: { noIndex: true, lastmod: '2026-03-01T09:00:00Z' } },
    { base: '/', path: '/posts/edited/', facts: { noIndex: false, lastmod: '2026-04-20T16:25:00Z' } },
    { base: '/', path: '/search/', facts: { noIndex: true } },
    {
      base: '/blog/',
      path: '/blog/posts/plain/',
      facts: { noIndex: false, lastmod: '2026-03-01T09:00:00Z' },
    },
    { base: '/blog/', path: '/blog/contact/thanks/', facts: { noIndex: true } },
  ])('under $base, knows $path', ({ base, path, facts }) => {
    expect(planPageFacts(SITE, base).get(path)).toEqual(facts);
  });

  it('leaves out noindex pages and dates posts, whatever rendered', () => {
    publishContentPlan({
      assetPolicy: exportAssetPolicy('/nowhere', []),
      images: new Map(),
      pages: planPageFacts(SITE, '/'),
    });
    expect(isIndexable('https://example.org/posts/hidden/')).toBe(false);
    expect(isIndexable('https://example.org/search/')).toBe(false);
    expect(isIndexable('https://example.org/posts/plain/')).toBe(true);
    expect(isIndexable('https://example.org/about/')).toBe(true);
    expect(withLastmod({ url: 'https://example.org/posts/edited/' })).toEqual({
      url: 'https://example.org/posts/edited/',
      lastmod: '2026-04-20T16:25:00Z',
    });
    expect(withLastmod({ url: 'https://example.org/about/' })).toEqual({ url: 'https://example.org/about/' });
  });
});
