import type { AuthorEntry, SeriesEntry } from './content/entries.ts';
import { describeParts, type PartPlacement, type PartView, placePart } from './series.ts';
import {
  type Category,
  getAllSeries,
  getAuthors,
  getCategories,
  getPartPostFinder,
  getPosts,
  type Post,
} from './site-data.ts';

/** A post's series as its page shows it: where it sits, every part, and its series neighbours. */
export interface PostSeriesContext {
  id: string;
  entry: SeriesEntry;
  placement: PartPlacement;
  parts: PartView[];
  previous?: PartView | undefined;
  next?: PartView | undefined;
}

/** Everything around a post that its page shows besides the post itself. */
export interface PostContext {
  author: AuthorEntry | undefined;
  categories: Category[];
  series?: PostSeriesContext | undefined;
  /** Chronological neighbours, independent of any series. */
  older?: Post | undefined;
  newer?: Post | undefined;
}

/**
 * Gathers a post's author, categories, series and chronological neighbours. A neighbour the
 * series pager already links is left out, so no post is offered twice at the foot of a page.
 */
export async function getPostContext(post: Post): Promise<PostContext> {
  const [posts, authors, categories] = await Promise.all([getPosts(), getAuthors(), getCategories()]);
  const index = posts.findIndex((candidate) => candidate.id === post.id);
  const series = await getSeriesContext(post);
  const inSeriesPager = new Set(
    [series?.previous, series?.next].flatMap((part) => (part?.kind === 'published' ? [part.postId] : [])),
  );
  const unlessShown = (neighbour: Post | undefined) =>
    neighbour && !inSeriesPager.has(neighbour.id) ? neighbour : undefined;
  return {
    author: authors.get(post.data.authorId)?.data,
    categories: categories.filter((category) => post.data.categoryIds.includes(category.id)),
    series,
    older: unlessShown(posts[index + 1]),
    newer: unlessShown(index > 0 ? posts[index - 1] : undefined),
  };
}

async function getSeriesContext(post: Post): Promise<PostSeriesContext | undefined> {
  const seriesId = post.data.series?.id;
  if (!seriesId) return undefined;
  const series = (await getAllSeries()).find((entry) => entry.id === seriesId);
  const placement = series && placePart(series.data, post.id);
  if (!series || !placement) return undefined;
  const parts = describeParts(series.data, await getPartPostFinder());
  const at = (position: number | undefined) => parts.find((part) => part.position === position);
  return {
    id: series.id,
    entry: series.data,
    placement,
    parts,
    previous: at(placement.previous?.position),
    next: at(placement.next?.position),
  };
}

/** "Part II of III" and the series title for every post in a series, for post lists. */
export async function getPartLabels(): Promise<Map<string, { label: string; seriesTitle: string }>> {
  const labels = new Map<string, { label: string; seriesTitle: string }>();
  for (const series of await getAllSeries()) {
    for (const part of series.data.parts) {
      if (part.kind !== 'published') continue;
      const placement = placePart(series.data, part.postId);
      if (placement) labels.set(part.postId, { label: placement.label, seriesTitle: series.data.title });
    }
  }
  return labels;
}
