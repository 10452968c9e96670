import { describeParts, placePart } from '../series.ts';
import type { Post, SiteViews } from './site-views.ts';

/**
 * Gathers what a post's page shows around it — author, categories, series, and chronological
 * neighbours (`older`, `newer`, independent of any series) — in time independent of the number
 * of posts. A neighbour the series pager already links is left out, so none is offered twice.
 */
export function describePostContext(views: SiteViews, post: Post) {
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

// The post's series as its page shows it: where it sits, every part, and its series neighbours.
function describeSeriesContext(views: SiteViews, post: Post) {
  const seriesId = post.data.series?.id;
  const series = seriesId === undefined ? undefined : views.seriesById.get(seriesId);
  const placement = series && placePart(series.data, post.id);
  if (!series || !placement) return undefined;
  const parts = describeParts(series.data, views.findPartPost);
  // Neighbours in series order, not date order: planned and unpublished parts count too.
  const index = parts.findIndex((part) => part.position === placement.position);
  return { entry: series.data, placement, parts, previous: parts[index - 1], next: parts[index + 1] };
}
