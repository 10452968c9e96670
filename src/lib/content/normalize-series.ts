import { presentText } from '../text/present-text.ts';
import type { ContentIssues } from './content-issues.ts';
import type { PostEntry, SeriesEntry, SeriesPart } from './entries.ts';
import { normalizeFigure } from './normalize-figure.ts';
import type { RawPost, RawSeries } from './response.ts';
import { presentSlug } from './slugs.ts';

type RawPart = NonNullable<RawSeries['parts']>[number];

export interface PostsByState {
  published: ReadonlyMap<string, PostEntry>;
  /** Posts that exist but whose `publishedAt` is still in the future. */
  scheduled: ReadonlyMap<string, RawPost>;
}

export interface NormalizedSeries {
  series: Map<string, SeriesEntry>;
  /** For each post that is a part of a series: which series, at which position. */
  membership: Map<string, { id: string; position: number }>;
}

/**
 * Builds series entries and derives each post's series. A part's position is its index in
 * `parts` (1-based) counting every member, so "Part III" stays Part III before it exists.
 * A post referenced by two series, or twice by one, is an error naming both places.
 */
export function normalizeSeries(
  rawSeries: readonly RawSeries[],
  posts: PostsByState,
  issues: ContentIssues,
): NormalizedSeries {
  const series = new Map<string, SeriesEntry>();
  const membership = new Map<string, { id: string; position: number }>();
  for (const raw of rawSeries) {
    // Claimed by reference, published or not, so a clash surfaces before the post goes live.
    (raw.parts ?? []).forEach((part, index) => {
      if (part._type === 'reference' && part.ref) claimPost(part.ref, raw._id, index + 1, membership, issues);
    });
    const entry = toSeriesEntry(raw, posts, issues);
    if (entry) series.set(raw._id, entry);
  }
  return { series, membership };
}

function toSeriesEntry(raw: RawSeries, posts: PostsByState, issues: ContentIssues): SeriesEntry | undefined {
  const fix = 'Fix it in the Studio and publish the series again.';
  const title = presentText(raw.title);
  const slug = presentSlug(raw.slug);
  if (!title) issues.error(raw._id, 'title', 'the series has no title', fix);
  if (!slug) issues.error(raw._id, 'slug', 'the series has no slug', fix);
  if (!raw.parts?.length) issues.error(raw._id, 'parts', 'the series has no parts', fix);
  const parts = (raw.parts ?? []).flatMap((part, index) =>
    toSeriesPart(part, index + 1, raw._id, posts, issues),
  );
  if (!title || !slug || !parts.length) return undefined;
  return {
    title,
    slug,
    description: presentText(raw.description),
    status: raw.status === 'complete' ? 'complete' : 'ongoing',
    numbering: raw.numbering === 'arabic' ? 'arabic' : 'roman',
    parts,
    coverImage: normalizeFigure(raw.coverImage, raw._id, 'coverImage', issues),
  };
}

function toSeriesPart(
  part: RawPart,
  position: number,
  seriesId: string,
  posts: PostsByState,
  issues: ContentIssues,
): SeriesPart[] {
  const key = part._key ?? `part-${position}`;
  const field = `parts[${position - 1}]`;
  if (part._type === 'plannedPart') {
    const title = presentText(part.title);
    if (!title) {
      const fix = 'Give the planned part a title in the Studio.';
      issues.error(seriesId, `${field}.title`, `planned part ${position} has no title`, fix);
    }
    const [expected, note] = [presentText(part.expected), presentText(part.note)];
    return [{ kind: 'upcoming', key, position, title, expected, note }];
  }
  if (part._type !== 'reference' || !part.ref) {
    const problem = `part ${position} has the unknown type "${part._type}" and is left out`;
    issues.warn(seriesId, field, problem, 'Replace it with a post or a planned part in the Studio.');
    return [];
  }
  if (posts.published.has(part.ref)) return [{ kind: 'published', key, position, postId: part.ref }];
  // Referenced but not readable yet: scheduled (we know its title and date) or unpublished.
  const scheduled = posts.scheduled.get(part.ref);
  const [title, expected] = [presentText(scheduled?.title), presentText(scheduled?.publishedAt)];
  return [{ kind: 'upcoming', key, position, title, expected }];
}

function claimPost(
  postId: string,
  seriesId: string,
  position: number,
  membership: Map<string, { id: string; position: number }>,
  issues: ContentIssues,
): void {
  const existing = membership.get(postId);
  if (!existing) {
    membership.set(postId, { id: seriesId, position });
  } else if (existing.id === seriesId) {
    issues.error(
      seriesId,
      'parts',
      `the post "${postId}" is both part ${existing.position} and part ${position}`,
      'Remove one of the two parts in the Studio.',
    );
  } else {
    issues.error(
      postId,
      'series',
      `the post is a part of two series, "${existing.id}" and "${seriesId}"`,
      `Remove it from the parts of one of them in the Studio.`,
    );
  }
}
