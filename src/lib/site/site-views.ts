import type { CollectionEntry } from 'astro:content';
import { type PartPost, placePart } from '../series.ts';
import { postPath, seriesPath } from '../urls.ts';

/*
 * The site-wide views every page draws from — posts in reading order, indexes by id, series
 * labels — computed in one pass over a content snapshot. Pure: site-data.ts reads the
 * collections and keeps one set of views per snapshot, so no page repeats this work.
 */

export type Post = CollectionEntry<'posts'>;
export type Author = CollectionEntry<'authors'>;
export type Category = CollectionEntry<'categories'>;
export type Series = CollectionEntry<'series'>;

/** The collections the views are computed from, in any order. */
export interface SiteCollections {
  posts: readonly Post[];
  authors: readonly Author[];
  categories: readonly Category[];
  series: readonly Series[];
}

/** One content snapshot's views, its maps keyed by `_id`. Shared by every page: never mutate them. */
export interface SiteViews {
  /** Published posts, newest first (ties broken by id so the order is stable). */
  posts: readonly Post[];
  /** Each post's index in `posts`. */
  positions: ReadonlyMap<string, number>;
  authors: ReadonlyMap<string, Author>;
  /** Categories in title order. */
  categories: readonly Category[];
  /** Series, most recently continued first; those with no published part last, by title. */
  allSeries: readonly Series[];
  seriesById: ReadonlyMap<string, Series>;
  /**
   * The practitioner the About page presents: the author of the most posts (ties by id);
   * `undefined` on a site with no authors.
   */
  primaryAuthor: Author | undefined;
  /** What a post list shows beside a post in a series, by post `_id`: "Part II of III", the series title. */
  partLabels: ReadonlyMap<string, { label: string; seriesTitle: string }>;
  /** What lists of series parts show about a published post; `undefined` for any other id. */
  findPartPost(postId: string): PartPost | undefined;
  /** A document `_id` (draft or not) to its page's path, for internal links; unpublished → `undefined`. */
  resolveReference(id: string): string | undefined;
}

// Each date is parsed once, not once per comparison: a sort compares n·log n times.
// By instant, not by string: "…T09:00:00+02:00" and "…T08:00:00Z" must compare as times.
function sortPosts(posts: readonly Post[]): Post[] {
  const timed = posts.map((post) => ({ post, time: Date.parse(post.data.publishedAt) }));
  timed.sort((a, b) => b.time - a.time || a.post.id.localeCompare(b.post.id));
  return timed.map(({ post }) => post);
}

function sortSeries(series: readonly Series[], published: ReadonlyMap<string, number>): Series[] {
  // A series with no published part sorts after every other; two such give NaN, so fall to the title.
  const latest = (entry: Series) =>
    Math.max(
      Number.NEGATIVE_INFINITY,
      ...entry.data.parts.flatMap((part) =>
        part.kind === 'published' ? [published.get(part.postId) ?? 0] : [],
      ),
    );
  const timed = series.map((entry) => ({ entry, time: latest(entry) }));
  timed.sort((a, b) => b.time - a.time || a.entry.data.title.localeCompare(b.entry.data.title, 'en'));
  return timed.map(({ entry }) => entry);
}

function pickPrimaryAuthor(authors: readonly Author[], posts: readonly Post[]): Author | undefined {
  const counts = new Map<string, number>();
  for (const post of posts) counts.set(post.data.authorId, (counts.get(post.data.authorId) ?? 0) + 1);
  const count = (author: Author) => counts.get(author.id) ?? 0;
  return [...authors].sort((a, b) => count(b) - count(a) || a.id.localeCompare(b.id))[0];
}

function labelParts(series: readonly Series[]): SiteViews['partLabels'] {
  const labels = new Map<string, { label: string; seriesTitle: string }>();
  for (const entry of series) {
    for (const part of entry.data.parts) {
      if (part.kind !== 'published') continue;
      const placement = placePart(entry.data, part.postId);
      if (placement) labels.set(part.postId, { label: placement.label, seriesTitle: entry.data.title });
    }
  }
  return labels;
}

/** Computes every site-wide view of one content snapshot, in time linear in its size (plus sorting). */
export function buildSiteViews(collections: SiteCollections): SiteViews {
  const posts = sortPosts(collections.posts);
  const byId = new Map(posts.map((post) => [post.id, post]));
  const published = new Map(posts.map((post) => [post.id, Date.parse(post.data.publishedAt)]));
  const allSeries = sortSeries(collections.series, published);
  const paths = new Map<string, string>([
    ...posts.map((post) => [post.id, postPath(post.data.slug)] as const),
    ...allSeries.map((entry) => [entry.id, seriesPath(entry.data.slug)] as const),
  ]);
  return {
    posts,
    positions: new Map(posts.map((post, index) => [post.id, index])),
    authors: new Map(collections.authors.map((author) => [author.id, author])),
    categories: [...collections.categories].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
    allSeries,
    seriesById: new Map(allSeries.map((entry) => [entry.id, entry])),
    primaryAuthor: pickPrimaryAuthor(collections.authors, posts),
    partLabels: labelParts(allSeries),
    findPartPost(postId) {
      const post = byId.get(postId);
      return (
        post && {
          title: post.data.title,
          href: postPath(post.data.slug),
          excerpt: post.data.excerpt,
          publishedAt: post.data.publishedAt,
        }
      );
    },
    resolveReference: (id) => paths.get(id.replace(/^drafts\./, '')),
  };
}
