import type { APIRoute } from 'astro';
import { mainFeed } from '../lib/feeds/feed-contents.ts';
import { feedResponse } from '../lib/feeds/rss-endpoint.ts';

/** `/rss.xml`: the site's newest posts in full. */
export const GET: APIRoute = ({ site }) => feedResponse(site, mainFeed);
