import type { APIRoute } from 'astro';
import { stylesheetResponse } from '../lib/feeds/rss-endpoint.ts';

/** `/rss.xsl`: the stylesheet every feed names, for people who open a feed in a browser. */
export const GET: APIRoute = () => stylesheetResponse();
