import type { AuthorEntry, SeriesEntry } from '../content/entries.ts';
import { describeParts, type PartPlacement, type PartView, placePart } from '../series.ts';
import type { Category, Post, SiteViews } from './site-views.ts';

/** A post's series as its page shows it: where it sits, every part, and its series neighbours. */
export interface PostSeriesContext {
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
 * Gathers a post's author, categories, series and chronological neighbours from the site's
 * views, in time independent of the number of posts. A neighbour the series pager already
 * links is left out, so no post is offered twice at the foot of a page.
 */
export function describePostContext(views: SiteViews, post: Post): PostContext {
  const index = views.positions.get(post.id) ?? -1;
  const series = describeSeriesContext(views, post);
  const inSeriesPager = new Set(
    [series?.previous, series?.next].flatMap((part) => (part?.kind === 'published' ? [part.postId] : [])),
  );
  const unlessShown = (neighbour: Post | undefined) =>
    neighbour && !inSeriesPager.has(neighbour.id) ? neighbour : undefined;
  return {
    author: views.authors.get(post.data.authorId)?.data,
    categories: views.categories.filter((category) => post.data.categoryIds.includes(category.id)),
    series,
    // A post missing from the views (index -1) has no neighbours rather than the newest post.
    older: index < 0 ? undefined : unlessShown(views.posts[index + 1]),
    newer: index > 0 ? unlessShown(views.posts[index - 1]) : undefined,
  };
}

function describeSeriesContext(views: SiteViews, post: Post): PostSeriesContext | undefined {
  const seriesId = post.data.series?.id;
  const series = seriesId === undefined ? undefined : views.seriesById.get(seriesId);
  const placement = series && placePart(series.data, post.id);
  if (!series || !placement) return undefined;
  const parts = describeParts(series.data, views.findPartPost);
  // Neighbours in series order, not date order: planned and unpublished parts count too.
  const index = parts.findIndex((part) => part.position === placement.position);
  return {
    entry: series.data,
    placement,
    parts,
    previous: parts[index - 1],
    next: parts[index + 1],
  };
}
