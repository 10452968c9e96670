/*
 * The site's URL scheme (DESIGN.md "URLs"): public, stable once published. Every path is
 * built here, with a trailing slash, so no page writes a URL by hand.
 */

/** `/posts/<slug>/` */
export function postPath(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}/`;
}

/** `/series/<slug>/` */
export function seriesPath(slug: string): string {
  return `/series/${encodeURIComponent(slug)}/`;
}

/** `/categories/<slug>/` */
export function categoryPath(slug: string): string {
  return `/categories/${encodeURIComponent(slug)}/`;
}

/** `/archive/` for page 1, `/archive/<n>/` after it. */
export function archivePath(page: number): string {
  return page <= 1 ? '/archive/' : `/archive/${page}/`;
}

/** Resolves a site path against the site's origin (SITE_URL), for feeds, canonical links and sitemaps. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
