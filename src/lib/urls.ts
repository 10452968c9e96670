/*
 * The site's URL scheme (DESIGN.md "URLs"): public, stable once published. Every path is built
 * here, with a trailing slash (or a file name) and the base path, so no page writes a URL by hand.
 */

/**
 * Prefixes a path on the site (`/posts/x/`) with the base path (`/blog/`), giving the path a
 * browser requests. `base` defaults to Astro's (SITE_URL's path), `/` outside a build (Node scripts).
 */
export function withBase(sitePath: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${sitePath.replace(/^\//, '')}`;
}

/** The folder of the output that holds the search index and Pagefind's browser script. */
export const PAGEFIND_DIR = 'pagefind';

/** Fixed pages and files, each named once. */
export const PATHS = {
  home: withBase('/'),
  seriesIndex: withBase('/series/'),
  about: withBase('/about/'),
  contact: withBase('/contact/'),
  contactThanks: withBase('/contact/thanks/'),
  subscribe: withBase('/subscribe/'),
  search: withBase('/search/'),
  feed: withBase('/rss.xml'),
  feedStylesheet: withBase('/rss.xsl'),
  sitemapIndex: withBase('/sitemap-index.xml'),
  robots: withBase('/robots.txt'),
  notFound: withBase('/404.html'),
  favicon: withBase('/favicon.svg'),
  pagefindScript: withBase(`/${PAGEFIND_DIR}/pagefind.js`),
  buildManifest: withBase('/build-manifest.json'),
} as const;

/** `/posts/<slug>/`; `base` as for {@link withBase} (the Studio passes the site's). */
export function postPath(slug: string, base?: string): string {
  return withBase(`/posts/${encodeURIComponent(slug)}/`, base);
}

/** `/series/<slug>/`; `base` as for {@link withBase}. */
export function seriesPath(slug: string, base?: string): string {
  return withBase(`/series/${encodeURIComponent(slug)}/`, base);
}

/** `/series/<slug>/rss.xml`: the series' own feed. */
export function seriesFeedPath(slug: string): string {
  return `${seriesPath(slug)}rss.xml`;
}

/** `/categories/<slug>/` */
export function categoryPath(slug: string): string {
  return withBase(`/categories/${encodeURIComponent(slug)}/`);
}

/** `/categories/<slug>/rss.xml`: the category's own feed. */
export function categoryFeedPath(slug: string): string {
  return `${categoryPath(slug)}rss.xml`;
}

/** The id of a series' entry on the subscribe page, so a series can link straight to its feed. */
export function subscribeAnchor(seriesSlug: string): string {
  return `series-${seriesSlug}`;
}

/** `/subscribe/#series-<slug>`: the subscribe page, at the series' own entry. */
export function seriesSubscribePath(seriesSlug: string): string {
  return `${PATHS.subscribe}#${encodeURIComponent(subscribeAnchor(seriesSlug))}`;
}

/** Posts per archive page: which page a post lands on is part of the URL scheme. */
export const ARCHIVE_PAGE_SIZE = 10;

/** `/archive/` for page 1 (and anything below it), `/archive/<n>/` after it. */
export function archivePath(page: number): string {
  return withBase(page <= 1 ? '/archive/' : `/archive/${page}/`);
}

/**
 * An editor's link (already checked by `safeHref`): a site path such as `/contact/` means this
 * site's page, so it gets the base path; fragments and absolute URLs are left as they are.
 */
export function editorHref(href: string): string {
  return href.startsWith('/') ? withBase(href) : href;
}

/**
 * Resolves a path from this module (base included) against SITE_URL, for feeds, canonical links
 * and sitemaps. `https://example.com/blog/` + `/blog/posts/x/` → `https://example.com/blog/posts/x/`.
 */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
