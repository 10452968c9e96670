import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { SettingsEntry } from './content/entries.ts';
import { postPath, seriesPath } from './urls.ts';

export type Post = CollectionEntry<'posts'>;

/** The site settings singleton (the content check guarantees it exists). */
export async function getSettings(): Promise<SettingsEntry> {
  const entry = await getEntry('settings', 'siteSettings');
  if (!entry) throw new Error('[content] Site settings are missing from the content store. Run the build again.');
  return entry.data;
}

/** Published posts, newest first (ties broken by id so the order is stable). */
export async function getPosts(): Promise<Post[]> {
  const posts = await getCollection('posts');
  return posts.sort(
    (a, b) => b.data.publishedAt.localeCompare(a.data.publishedAt) || a.id.localeCompare(b.id),
  );
}

/** A function from a document `_id` to its page's path, for internal links; unpublished → `undefined`. */
export async function getReferenceResolver(): Promise<(id: string) => string | undefined> {
  const [posts, series] = await Promise.all([getCollection('posts'), getCollection('series')]);
  const paths = new Map<string, string>([
    ...posts.map((post) => [post.id, postPath(post.data.slug)] as const),
    ...series.map((entry) => [entry.id, seriesPath(entry.data.slug)] as const),
  ]);
  return (id) => paths.get(id.replace(/^drafts\./, ''));
}
