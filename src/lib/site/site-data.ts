import { getCollection, getEntry } from 'astro:content';
import type { SettingsEntry } from '../content/entries.ts';
import type { PartPost } from '../series.ts';
import type { SiteShell } from './cache-keys.ts';
import { describePostContext, type PostContext } from './post-context.ts';
import {
  type Author,
  buildSiteViews,
  type Category,
  type PartLabel,
  type Post,
  type Series,
  type SiteViews,
} from './site-views.ts';
import { memoizePerSnapshot } from './snapshot-memo.ts';

/*
 * The pages' only way to content: typed entries from Astro's collections and the site-wide
 * views over them. The views are computed once per content snapshot (see getSiteViews), so
 * every getter below costs a page nearly nothing, however many posts the site has.
 */

export type { Author, Category, PartLabel, Post, Series, SiteViews };

async function getSettingsEntry() {
  const entry = await getEntry('settings', 'siteSettings');
  if (!entry)
    throw new Error('[content] Site settings are missing from the content store. Run the build again.');
  return entry;
}

/** The site settings singleton (the content check guarantees it exists). */
export async function getSettings(): Promise<SettingsEntry> {
  return (await getSettingsEntry()).data;
}

/** What every page shows besides its own content, for incremental-build cache keys (cache-keys.ts). */
export async function getSiteShell(): Promise<SiteShell> {
  // The footer's copyright year: a page built in December is stale in January.
  return {
    settingsDigest: String((await getSettingsEntry()).digest ?? 'none'),
    year: new Date().getUTCFullYear(),
  };
}

/**
 * The views of the content in the store, computed on first use after each content load.
 * Keyed by the snapshot id every load writes (src/content.config.ts), not by time or by the
 * arrays `getCollection` returns (a fresh copy on every call): the draft preview reloads
 * content while the dev server runs, and a reload must never be served stale views. (Vite
 * also happens to re-evaluate this module after a reload today; correctness must not rest on it.)
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

/** Published posts, newest first (ties broken by id so the order is stable). Shared: do not mutate. */
export async function getPosts(): Promise<readonly Post[]> {
  return (await getSiteViews()).posts;
}

/** Authors by `_id`. */
export async function getAuthors(): Promise<ReadonlyMap<string, Author>> {
  return (await getSiteViews()).authors;
}

/** Categories in title order. Shared: do not mutate. */
export async function getCategories(): Promise<readonly Category[]> {
  return (await getSiteViews()).categories;
}

/**
 * Series, the most recently continued first (by their newest published part); series with
 * no published part yet come last, in title order. Shared: do not mutate.
 */
export async function getAllSeries(): Promise<readonly Series[]> {
  return (await getSiteViews()).allSeries;
}

/**
 * The practitioner the About page presents: the author of the most posts (ties by id), or
 * `undefined` on a site with no authors.
 */
export async function getPrimaryAuthor(): Promise<Author | undefined> {
  return (await getSiteViews()).primaryAuthor;
}

/** A lookup from post `_id` to what lists of series parts show: title, path, excerpt and date. */
export async function getPartPostFinder(): Promise<(postId: string) => PartPost | undefined> {
  return (await getSiteViews()).findPartPost;
}

/** A function from a document `_id` to its page's path, for internal links; unpublished → `undefined`. */
export async function getReferenceResolver(): Promise<(id: string) => string | undefined> {
  return (await getSiteViews()).resolveReference;
}

/** "Part II of III" and the series title for every post in a series, for post lists. */
export async function getPartLabels(): Promise<ReadonlyMap<string, PartLabel>> {
  return (await getSiteViews()).partLabels;
}

/** A post's author, categories, series and chronological neighbours (see describePostContext). */
export async function getPostContext(post: Post): Promise<PostContext> {
  return describePostContext(await getSiteViews(), post);
}
