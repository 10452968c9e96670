import type { APIRoute } from 'astro';
import template from '../lib/feeds/rss.xsl?raw';
import { PATHS } from '../lib/urls.ts';

// The template links its CSS at the root; under a base path that link must carry the base.
const STYLES_LINK = 'href="/rss.css"';

/**
 * `/rss.xsl`: the stylesheet that turns a feed opened in a browser into a page explaining how
 * to subscribe. Its links resolve against the feed's URL, not its own, so the page's CSS is
 * linked by its full path, base path included.
 */
export const GET: APIRoute = () => {
  if (!template.includes(STYLES_LINK)) {
    throw new Error(`[feeds] src/lib/feeds/rss.xsl no longer contains ${STYLES_LINK}. Restore it.`);
  }
  return new Response(template.replace(STYLES_LINK, `href="${PATHS.feedStyles}"`), {
    headers: { 'Content-Type': 'text/xsl; charset=utf-8' },
  });
};
