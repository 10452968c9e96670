import { DRAFTS_PREVIEW_ORIGIN } from '../../src/lib/shared-settings.ts';
import { postPath, seriesPath } from '../../src/lib/urls.ts';

/** Where a post or series can be seen: on the live site, and in the local draft preview. */
export interface SiteLinks {
  /** Absent without a site URL (SANITY_STUDIO_SITE_URL). */
  live: string | undefined;
  preview: string;
}

/** The document types that have a page of their own, and how their paths are built. */
const PAGE_PATHS: Readonly<Record<string, (slug: string, base: string) => string>> = {
  post: postPath,
  series: seriesPath,
};

/**
 * The URLs of a post's or series' page, by the site's URL scheme under the base path of
 * `siteUrl` (the site's SITE_URL). `undefined` for other types and for a document without a
 * slug; `live` is absent when `siteUrl` is unset or not a URL.
 */
export function siteLinks(
  type: string,
  slug: string | undefined,
  siteUrl: string | undefined,
): SiteLinks | undefined {
  const toPath = PAGE_PATHS[type];
  if (!toPath || !slug) return undefined;
  const site = siteUrl ? URL.parse(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) : null;
  const path = toPath(slug, site?.pathname ?? '/');
  return {
    live: site ? new URL(path, site).href : undefined,
    preview: new URL(path, DRAFTS_PREVIEW_ORIGIN).href,
  };
}
