import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  archivePath,
  categoryFeedPath,
  categoryPath,
  PATHS,
  postPath,
  seriesFeedPath,
  seriesPath,
} from '../../src/lib/urls.ts';

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
