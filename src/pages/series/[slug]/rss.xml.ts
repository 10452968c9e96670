import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { seriesFeed } from '../../../lib/feeds/feed-contents.ts';
import { feedResponse } from '../../../lib/feeds/rss-endpoint.ts';

/** One feed per published series. */
export const getStaticPaths = (async () => {
  const series = await getCollection('series');
  return series.map((entry) => ({ params: { slug: entry.data.slug }, props: { seriesId: entry.id } }));
}) satisfies GetStaticPaths;

/** `/series/<slug>/rss.xml`: one series' published parts. */
export const GET: APIRoute<{ seriesId: string }> = ({ props, site }) =>
  feedResponse(site, (feedSite) => seriesFeed(feedSite, props.seriesId));
