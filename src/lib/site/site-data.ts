import { getCollection, getEntry } from 'astro:content';
import { buildSiteViews, type SiteViews } from './site-views.ts';
import { memoizePerSnapshot } from './snapshot-memo.ts';

/*
 * The pages' only way to content: typed entries from Astro's collections and the site-wide
 * views over them (site-views.ts). The views are computed once per content snapshot (see
 * getSiteViews), so reading them costs a page nearly nothing, however many posts the site has.
 */

export type { Author, Category, Post, Series, SiteViews } from './site-views.ts';

async function getSettingsEntry() {
  const entry = await getEntry('settings', 'siteSettings');
  if (!entry)
    throw new Error('[content] Site settings are missing from the content store. Run the build again.');
  return entry;
}

/** The site settings singleton (the content check guarantees it exists). */
export async function getSettings() {
  return (await getSettingsEntry()).data;
}

/** What every page shows besides its own content (the settings, the footer's year), for cache keys. */
export async function getSiteShell() {
  // The footer's copyright year: a page built in December is stale in January.
  return {
    settingsDigest: String((await getSettingsEntry()).digest ?? 'none'),
    year: new Date().getUTCFullYear(),
  };
}

/**
 * The views of the content in the store, computed on first use after each content load. Keyed by
 * the snapshot id every load writes (src/content.config.ts), not by time or by `getCollection`'s
 * arrays (fresh on every call): a draft-preview reload must never be served stale views.
 */
export const getSiteViews: () => Promise<SiteViews> = memoizePerSnapshot(readSnapshotId, loadViews);

async function readSnapshotId(): Promise<string> {
  const entry = await getEntry('snapshot', 'current');
  if (!entry) {
    throw new Error('[content] The content snapshot is missing from the content store. Run the build again.');
  }
  return entry.data.id;
}

async function loadViews(): Promise<SiteViews> {
  const [posts, authors, categories, series] = await Promise.all([
    getCollection('posts'),
    getCollection('authors'),
    getCollection('categories'),
    getCollection('series'),
  ]);
  return buildSiteViews({ posts, authors, categories, series });
}
