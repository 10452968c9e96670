import { beforeEach, describe, expect, it } from 'vitest';
import { clearPages, isIndexable, recordPage, withLastmod } from '../../src/lib/seo/sitemap-registry.ts';

beforeEach(() => clearPages());

describe('the sitemap registry', () => {
  it.each([
    { path: '/posts/hidden/', facts: { noIndex: true }, indexable: false },
    { path: '/posts/open/', facts: { noIndex: false }, indexable: true },
    { path: '/never-rendered/', facts: undefined, indexable: true },
  ])('$path is indexable: $indexable', ({ path, facts, indexable }) => {
    if (facts) recordPage(path, facts);
    expect(isIndexable(`https://example.org${path}`)).toBe(indexable);
  });

  it('adds lastmod only where a page recorded one', () => {
    recordPage('/posts/a/', { noIndex: false, lastmod: '2026-04-20T16:25:00Z' });
    recordPage('/about/', { noIndex: false });
    expect(withLastmod({ url: 'https://example.org/posts/a/' })).toEqual({
      url: 'https://example.org/posts/a/',
      lastmod: '2026-04-20T16:25:00Z',
    });
    expect(withLastmod({ url: 'https://example.org/about/' })).toEqual({ url: 'https://example.org/about/' });
  });

  it('forgets everything when a build starts', () => {
    recordPage('/posts/hidden/', { noIndex: true });
    clearPages();
    expect(isIndexable('https://example.org/posts/hidden/')).toBe(true);
  });
});
