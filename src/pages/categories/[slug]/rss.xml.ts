import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { categoryFeed } from '../../../lib/feeds/feed-contents.ts';
import { feedResponse } from '../../../lib/feeds/rss-endpoint.ts';

/** One feed per published category. */
export const getStaticPaths = (async () => {
  const categories = await getCollection('categories');
  return categories.map((entry) => ({ params: { slug: entry.data.slug }, props: { categoryId: entry.id } }));
}) satisfies GetStaticPaths;

/** `/categories/<slug>/rss.xml`: one category's posts. */
export const GET: APIRoute<{ categoryId: string }> = ({ props, site }) =>
  feedResponse(site, (feedSite) => categoryFeed(feedSite, props.categoryId));
