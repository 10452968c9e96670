import { contentPlan, type PageFacts } from '../build/build-state.ts';
import type { SiteContent } from '../content/site-content.ts';
import { postPath, withBase } from '../urls.ts';

/*
 * What the sitemap learns beyond the list of pages: which of them search engines should skip
 * and when each last changed. Planned from the content when it loads (not recorded while pages
 * render), so a page restored by an incremental build keeps its entry.
 */

/** Pages marked noindex whatever the content says (their layouts pass `noIndex`); site paths. */
const UNLISTED_PAGES = ['/search/', '/contact/thanks/'];

/** The sitemap facts of every page the content decides them for, keyed by path with `base`. */
export function planPageFacts(content: SiteContent, base: string): Map<string, PageFacts> {
  const facts = new Map<string, PageFacts>();
  for (const page of UNLISTED_PAGES) facts.set(withBase(page, base), { noIndex: true });
  for (const post of content.posts.values()) {
    facts.set(postPath(post.slug, base), {
      noIndex: post.seo.noIndex,
      lastmod: post.updatedAt ?? post.publishedAt,
    });
  }
  return facts;
}

/** For `sitemap({ filter })`: false for pages marked noindex. */
export function isIndexable(url: string): boolean {
  return contentPlan().pages.get(new URL(url).pathname)?.noIndex !== true;
}

/** For `sitemap({ serialize })`: adds `lastmod` where the content has one (posts). */
export function withLastmod<T extends { url: string; lastmod?: string | undefined }>(item: T): T {
  const lastmod = contentPlan().pages.get(new URL(item.url).pathname)?.lastmod;
  return lastmod ? { ...item, lastmod } : item;
}
