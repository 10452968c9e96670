/**
 * The text of robots.txt: every crawler may read every page, and the sitemap index is at
 * `sitemapUrl` (absolute, as the robots.txt standard requires).
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
