/*
 * What pages tell the sitemap: which of them search engines should skip, and when each last
 * changed. Pages record this while they render; the sitemap integration reads it at
 * `astro:build:done`. It lives on globalThis because the pages and astro.config.mjs load
 * separate copies of this module in the same process (see src/lib/images/registry.ts).
 */

const REGISTRY_KEY: unique symbol = Symbol.for('quire.sitemap.registry');

interface PageFacts {
  noIndex: boolean;
  lastmod?: string | undefined;
}

type RegistryHolder = { [REGISTRY_KEY]?: Map<string, PageFacts> };

function registry(): Map<string, PageFacts> {
  const holder = globalThis as RegistryHolder;
  holder[REGISTRY_KEY] ??= new Map();
  return holder[REGISTRY_KEY];
}

/** Records facts about the page at `path` (site-relative, e.g. `/posts/x/`). */
export function recordPage(path: string, facts: PageFacts): void {
  registry().set(path, facts);
}

/** Forgets every page; called when a build starts so one process can build twice. */
export function clearPages(): void {
  registry().clear();
}

/** For `sitemap({ filter })`: false for pages that asked not to be indexed. */
export function isIndexable(url: string): boolean {
  return registry().get(new URL(url).pathname)?.noIndex !== true;
}

/** For `sitemap({ serialize })`: adds `lastmod` where the page recorded one. */
export function withLastmod<T extends { url: string; lastmod?: string | undefined }>(item: T): T {
  const lastmod = registry().get(new URL(item.url).pathname)?.lastmod;
  return lastmod ? { ...item, lastmod } : item;
}
