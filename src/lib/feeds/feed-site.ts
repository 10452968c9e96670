import { encodedByteLength } from '../images/encode-now.ts';
import { getSettings, getSiteViews } from '../site/site-data.ts';
import type { FeedDefinition, FeedSite } from './feed-definitions.ts';
import { resolveFeedOptions } from './feed-options.ts';
import { renderFeed } from './render-feed.ts';

/** The feeds' options: change a default in feed-options.ts, or pass values here. */
export const FEED_OPTIONS = resolveFeedOptions();

/**
 * Reads the published content the feeds are made from out of Astro's collections. `site`
 * is the endpoint's `context.site` (SITE_URL); throws a `[feeds]` error when it is unset.
 */
export async function loadFeedSite(site: URL | undefined): Promise<FeedSite> {
  if (!site) {
    throw new Error(
      '[feeds] Feeds need absolute URLs, but `site` is not set. Set SITE_URL (see .env.example).',
    );
  }
  const [settings, views] = await Promise.all([getSettings(), getSiteViews()]);
  return {
    site: site.href,
    settings,
    posts: views.posts,
    resolveReference: views.resolveReference,
    authors: new Map([...views.authors].map(([id, entry]) => [id, entry.data])),
    categories: new Map(views.categories.map((entry) => [entry.id, entry.data])),
    series: new Map(views.allSeries.map((entry) => [entry.id, entry.data])),
  };
}

/**
 * The HTTP response for one feed. `application/xml` rather than `application/rss+xml` so a
 * browser shows it through the XSL stylesheet instead of offering a download.
 */
export async function feedResponse(feed: FeedDefinition, site: FeedSite): Promise<Response> {
  const xml = await renderFeed(feed, site, FEED_OPTIONS, encodedByteLength);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
