/*
 * The site's URL scheme (DESIGN.md "URLs"): public, stable once published. Every path is
 * built here, with a trailing slash (or a file name), so no page writes a URL by hand.
 */

/** Fixed pages and files, each named once. */
export const PATHS = {
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
  favicon: '/favicon.svg',
} as const;

/** `/posts/<slug>/` */
export function postPath(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}/`;
}

/** `/series/<slug>/` */
export function seriesPath(slug: string): string {
  return `/series/${encodeURIComponent(slug)}/`;
}

/** `/series/<slug>/rss.xml`: the series' own feed. */
export function seriesFeedPath(slug: string): string {
  return `${seriesPath(slug)}rss.xml`;
}

/** `/categories/<slug>/` */
export function categoryPath(slug: string): string {
  return `/categories/${encodeURIComponent(slug)}/`;
}

/** `/categories/<slug>/rss.xml`: the category's own feed. */
export function categoryFeedPath(slug: string): string {
  return `${categoryPath(slug)}rss.xml`;
}

/** Posts per archive page: which page a post lands on is part of the URL scheme. */
export const ARCHIVE_PAGE_SIZE = 10;

/** `/archive/` for page 1 (and anything below it), `/archive/<n>/` after it. */
export function archivePath(page: number): string {
  return page <= 1 ? '/archive/' : `/archive/${page}/`;
}

/** Resolves a site path against the site's origin (SITE_URL), for feeds, canonical links and sitemaps. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
