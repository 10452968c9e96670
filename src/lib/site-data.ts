import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { SettingsEntry } from './content/entries.ts';
import type { PartPost } from './series.ts';
import { postPath, seriesPath } from './urls.ts';

/*
 * The pages' only way to content: typed entries from Astro's collections, sorted the way
 * readers see them. Collections are loaded once per build, so these calls are cheap.
 */

export type Post = CollectionEntry<'posts'>;
export type Author = CollectionEntry<'authors'>;
export type Category = CollectionEntry<'categories'>;
export type Series = CollectionEntry<'series'>;

/** The site settings singleton (the content check guarantees it exists). */
export async function getSettings(): Promise<SettingsEntry> {
  const entry = await getEntry('settings', 'siteSettings');
  if (!entry)
    throw new Error('[content] Site settings are missing from the content store. Run the build again.');
  return entry.data;
}

/** Published posts, newest first (ties broken by id so the order is stable). */
export async function getPosts(): Promise<Post[]> {
  // Sorted copies: the arrays Astro returns may be shared between callers.
  const posts = [...(await getCollection('posts'))];
  // By instant, not by string: "…T09:00:00+02:00" and "…T08:00:00Z" must compare as times.
  const time = (post: Post) => Date.parse(post.data.publishedAt);
  return posts.sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id));
}

/** Authors by `_id`. */
export async function getAuthors(): Promise<Map<string, Author>> {
  return new Map((await getCollection('authors')).map((author) => [author.id, author]));
}

/** Categories in title order. */
export async function getCategories(): Promise<Category[]> {
  const categories = [...(await getCollection('categories'))];
  return categories.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/**
 * Series, the most recently continued first (by their newest published part); series with
 * no published part yet come last, in title order.
 */
export async function getAllSeries(): Promise<Series[]> {
  const [series, posts] = await Promise.all([getCollection('series'), getCollection('posts')]);
  const published = new Map(posts.map((post) => [post.id, Date.parse(post.data.publishedAt)]));
  // By instant, as getPosts does; a series with no published part sorts after every other.
  const latest = (entry: Series) =>
    Math.max(
      Number.NEGATIVE_INFINITY,
      ...entry.data.parts.flatMap((part) =>
        part.kind === 'published' ? [published.get(part.postId) ?? 0] : [],
      ),
    );
  // Two series with no published part give -Infinity - -Infinity = NaN, which falls to the title.
  return [...series].sort((a, b) => latest(b) - latest(a) || a.data.title.localeCompare(b.data.title, 'en'));
}

/**
 * The practitioner the About page presents: the author of the most posts (ties by id), or
 * `undefined` on a site with no authors.
 */
export async function getPrimaryAuthor(): Promise<Author | undefined> {
  const [authors, posts] = await Promise.all([getCollection('authors'), getCollection('posts')]);
  const count = (author: Author) => posts.filter((post) => post.data.authorId === author.id).length;
  return [...authors].sort((a, b) => count(b) - count(a) || a.id.localeCompare(b.id))[0];
}

/** A lookup from post `_id` to what lists of series parts show: title, path, excerpt and date. */
export async function getPartPostFinder(): Promise<(postId: string) => PartPost | undefined> {
  const posts = new Map((await getCollection('posts')).map((post) => [post.id, post]));
  return (postId) => {
    const post = posts.get(postId);
    return (
      post && {
        title: post.data.title,
        href: postPath(post.data.slug),
        excerpt: post.data.excerpt,
        publishedAt: post.data.publishedAt,
      }
    );
  };
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
