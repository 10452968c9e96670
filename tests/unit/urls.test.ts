import { afterEach, describe, expect, it, vi } from 'vitest';
import { planImage } from '../../src/lib/images/plan.ts';
import {
  absoluteUrl,
  archivePath,
  categoryFeedPath,
  categoryPath,
  editorHref,
  PATHS,
  postPath,
  seriesFeedPath,
  seriesPath,
  withBase,
} from '../../src/lib/urls.ts';
import { figure } from '../support/feed-site-fixture.ts';

describe('paths', () => {
  it.each([
    [postPath('first-session'), '/posts/first-session/'],
    [seriesPath('coaching-vs-therapy'), '/series/coaching-vs-therapy/'],
    [seriesFeedPath('coaching-vs-therapy'), '/series/coaching-vs-therapy/rss.xml'],
    [categoryPath('burnout'), '/categories/burnout/'],
    [categoryFeedPath('burnout'), '/categories/burnout/rss.xml'],
    [postPath('a b/c?d#e'), '/posts/a%20b%2Fc%3Fd%23e/'],
    [archivePath(1), '/archive/'],
    [archivePath(0), '/archive/'],
    [archivePath(2), '/archive/2/'],
    [archivePath(12), '/archive/12/'],
  ])('%s is %s', (actual, expected) => expect(actual).toBe(expected));

  it('names the fixed pages of DESIGN.md once, each with its trailing slash or file name', () => {
    expect(PATHS).toMatchObject({
      home: '/',
      seriesIndex: '/series/',
      about: '/about/',
      contact: '/contact/',
      contactThanks: '/contact/thanks/',
      search: '/search/',
      feed: '/rss.xml',
      sitemapIndex: '/sitemap-index.xml',
      robots: '/robots.txt',
      notFound: '/404.html',
    });
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/posts/x/', 'https://example.org', 'https://example.org/posts/x/'],
    ['/posts/x/', 'https://example.org/', 'https://example.org/posts/x/'],
    ['/rss.xml', new URL('http://localhost:4321'), 'http://localhost:4321/rss.xml'],
  ])('%s on %s is %s', (path, site, expected) => expect(absoluteUrl(path, site)).toBe(expected));
});

describe('the base path (SITE_URL https://example.org/blog/ → base /blog/)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ['/posts/x/', '/', '/posts/x/'],
    ['/posts/x/', '/blog/', '/blog/posts/x/'],
    ['/posts/x/', '/blog', '/blog/posts/x/'],
    ['/', '/blog/', '/blog/'],
    ['rss.xml', '/a/b/', '/a/b/rss.xml'],
  ])('withBase(%s, %s) is %s', (path, base, expected) => expect(withBase(path, base)).toBe(expected));

  it('goes into every path this module builds, and absoluteUrl keeps it', () => {
    vi.stubEnv('BASE_URL', '/blog/');
    expect([postPath('x'), seriesFeedPath('s'), categoryPath('c'), archivePath(2)]).toEqual([
      '/blog/posts/x/',
      '/blog/series/s/rss.xml',
      '/blog/categories/c/',
      '/blog/archive/2/',
    ]);
    expect(absoluteUrl(postPath('x'), 'https://example.org/blog/')).toBe('https://example.org/blog/posts/x/');
  });

  it.each([
    ['/contact/', '/blog/contact/'],
    ['#top', '#top'],
    ['https://example.org/x', 'https://example.org/x'],
    ['mailto:a@example.org', 'mailto:a@example.org'],
  ])("reads an editor's link %s as %s", (href, expected) => {
    vi.stubEnv('BASE_URL', '/blog/');
    expect(editorHref(href)).toBe(expected);
  });

  it('goes into every image URL of a picture, srcset candidates included', () => {
    vi.stubEnv('BASE_URL', '/blog/');
    const plan = planImage(figure());
    const urls = [
      plan.fallback.src,
      ...[plan.fallback, ...plan.sources].flatMap(({ srcset }) => srcset.split(', ')),
    ];
    expect(urls.length).toBeGreaterThan(3);
    expect(urls.filter((url) => !url.startsWith('/blog/_images/'))).toEqual([]);
  });
});
