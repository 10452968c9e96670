import { createHash } from 'node:crypto';
import type { BodyBlock } from '../portable-text/blocks.ts';
import type { getSiteShell } from './site-data.ts';
import type { Post, Series, SiteViews } from './site-views.ts';

/*
 * Astro's incremental build (experimental.incrementalBuild) copies a page from the last build
 * instead of rendering it when its route's code is unchanged and getStaticPaths() gives it the
 * same `cacheKey`. So a key must change whenever anything the page shows changes: each names
 * the digest (src/content.config.ts) of every entry its page reads, and the facts about other
 * entries it links to. Page code is not part of the key; Astro hashes the route's modules.
 * tests/integration/incremental-build.test.ts checks a rebuild after edits of each kind
 * against a full build.
 */

type SiteShell = Awaited<ReturnType<typeof getSiteShell>>;

type Entry = { id: string; digest?: string | number | undefined };

/**
 * An entry's digest as the loader writes it (src/content.config.ts): of what its pages show,
 * then of where its images' bytes are read from. A key takes only the first part: an export
 * unpacked into a new folder moves every image's `file:` URL, and an image's asset id already
 * names its bytes.
 */
export const entryDigest = (shown: string, sources: string): string => `${shown} ${sources}`;
const shownPart = (digest: string | number): string => String(digest).split(' ')[0] ?? '';

// Every entry the loader writes has a digest; the id stands in for one it lacks, so a key is
// never the same for different entries.
const digestOf = (entry: Entry | undefined): string =>
  entry?.digest === undefined ? `no-digest:${entry?.id ?? 'none'}` : shownPart(entry.digest);

// Every key names the shell too: it is on every page.
function keyOf(shell: SiteShell, parts: readonly (string | number | undefined)[]): string {
  const key = JSON.stringify([shownPart(shell.settingsDigest), shell.year, ...parts]);
  return createHash('sha256').update(key).digest('base64url');
}

/** The post ids a body links to, in order. */
function linkedIds(blocks: readonly BodyBlock[]): string[] {
  const text = blocks.flatMap((block) => (block._type === 'callout' ? block.body : [block]));
  return text.flatMap((block) =>
    block._type === 'block'
      ? (block.markDefs ?? []).flatMap((mark) =>
          mark._type === 'internalLink' && mark.reference ? [mark.reference._ref] : [],
        )
      : [],
  );
}

/** The key of a series as its parts' lists show it: the series and every published part. */
function seriesParts(views: SiteViews, series: Series | undefined): string[] {
  if (!series) return [];
  const parts = series.data.parts.flatMap((part) => {
    if (part.kind !== 'published') return [];
    const index = views.positions.get(part.postId);
    return [digestOf(index === undefined ? undefined : views.posts[index])];
  });
  return [digestOf(series), ...parts];
}

/**
 * A post page: the post, its author (and whether they are the one with the About page), its
 * categories, its series and that series' parts, its chronological neighbours, and where
 * each internal link in its body leads.
 */
export function postCacheKey(views: SiteViews, shell: SiteShell, post: Post): string {
  const index = views.positions.get(post.id) ?? -1;
  const { data } = post;
  return keyOf(shell, [
    'post',
    digestOf(post),
    digestOf(views.authors.get(data.authorId)),
    views.primaryAuthor?.id,
    ...views.categories.filter((category) => data.categoryIds.includes(category.id)).map(digestOf),
    ...seriesParts(views, data.series && views.seriesById.get(data.series.id)),
    digestOf(index > 0 ? views.posts[index - 1] : undefined),
    digestOf(index >= 0 ? views.posts[index + 1] : undefined),
    ...linkedIds(data.body).map((id) => views.resolveReference(id) ?? 'unpublished'),
  ]);
}

/** A series page: the series, its parts and their posts. */
export function seriesCacheKey(views: SiteViews, shell: SiteShell, series: Series): string {
  return keyOf(shell, ['series', ...seriesParts(views, series)]);
}

/**
 * A page of a post list (the archive, a category): the posts on it, each with its series
 * label, and the number of pages the list runs to (its pager).
 */
export function listCacheKey(
  views: SiteViews,
  shell: SiteShell,
  list: { name: string; posts: readonly Post[]; pageCount: number; heading?: Entry | undefined },
): string {
  return keyOf(shell, [
    'list',
    list.name,
    list.pageCount,
    digestOf(list.heading),
    ...list.posts.flatMap((post) => {
      const label = views.partLabels.get(post.id);
      return [digestOf(post), label?.label, label?.seriesTitle];
    }),
  ]);
}
