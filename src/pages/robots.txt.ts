import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/robots.ts';
import { absoluteUrl, PATHS } from '../lib/urls.ts';

/** /robots.txt: everything may be crawled; the sitemap index is at the site's origin (SITE_URL). */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('[config] The site has no origin. Set SITE_URL (see .env.example).');
  return new Response(robotsTxt(absoluteUrl(PATHS.sitemapIndex, site)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
