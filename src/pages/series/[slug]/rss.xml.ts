import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { seriesFeed } from '../../../lib/feeds/feed-definitions.ts';
import { FEED_OPTIONS, feedResponse, loadFeedSite } from '../../../lib/feeds/feed-site.ts';

/** One feed per published series. */
export const getStaticPaths = (async () => {
  const series = await getCollection('series');
  return series.map((entry) => ({ params: { slug: entry.data.slug }, props: { seriesId: entry.id } }));
}) satisfies GetStaticPaths;

/** `/series/<slug>/rss.xml`: one series' published parts. */
export const GET: APIRoute<{ seriesId: string }> = async ({ props, site }) => {
  const feedSite = await loadFeedSite(site);
  return feedResponse(seriesFeed(feedSite, props.seriesId, FEED_OPTIONS.limit), feedSite);
};
