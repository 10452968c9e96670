import type { APIRoute } from 'astro';
import { mainFeed } from '../lib/feeds/feed-definitions.ts';
import { FEED_OPTIONS, feedResponse, loadFeedSite } from '../lib/feeds/feed-site.ts';

/** `/rss.xml`: the site's newest posts in full. */
export const GET: APIRoute = async ({ site }) => {
  const feedSite = await loadFeedSite(site);
  return feedResponse(mainFeed(feedSite, FEED_OPTIONS.limit), feedSite);
};
