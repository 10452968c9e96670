import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { categoryFeed } from '../../../lib/feeds/feed-definitions.ts';
import { FEED_OPTIONS, feedResponse, loadFeedSite } from '../../../lib/feeds/feed-site.ts';

/** One feed per published category. */
export const getStaticPaths = (async () => {
  const categories = await getCollection('categories');
  return categories.map((entry) => ({ params: { slug: entry.data.slug }, props: { categoryId: entry.id } }));
}) satisfies GetStaticPaths;

/** `/categories/<slug>/rss.xml`: one category's posts. */
export const GET: APIRoute<{ categoryId: string }> = async ({ props, site }) => {
  const feedSite = await loadFeedSite(site);
  return feedResponse(categoryFeed(feedSite, props.categoryId, FEED_OPTIONS.limit), feedSite);
};
