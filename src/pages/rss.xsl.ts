import type { APIRoute } from 'astro';
import template from '../lib/feeds/rss.xsl?raw';
import { withBase } from '../lib/urls.ts';

/**
 * `/rss.xsl`: the stylesheet that turns a feed opened in a browser into a page explaining how
 * to subscribe. Its links resolve against the feed's URL, not its own, so the template's
 * root-relative links (`href="/rss.css"`, the icon) are given the base path here.
 */
export const GET: APIRoute = () =>
  new Response(template.replaceAll('href="/', `href="${withBase('/')}`), {
    headers: { 'Content-Type': 'text/xsl; charset=utf-8' },
  });
