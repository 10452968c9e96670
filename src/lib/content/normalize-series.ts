import type { ContentIssues } from './content-issues.ts';
import type { PostEntry, SeriesEntry, SeriesPart } from './entries.ts';
import { normalizeFigure, presentText } from './normalize-figure.ts';
import type { RawPost, RawSeries } from './response.ts';

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
    const title = presentText(raw.title);
    const slug = presentText(raw.slug);
    if (!title)
      issues.error(
        raw._id,
        'title',
        'the series has no title',
        'Give it a title in the Studio and publish again.',
      );
    if (!slug)
      issues.error(
        raw._id,
        'slug',
        'the series has no slug',
        'Generate the slug in the Studio and publish again.',
      );
    if (!raw.parts?.length)
      issues.error(
        raw._id,
        'parts',
        'the series has no parts',
        'Add at least one post or planned part in the Studio.',
      );
    const parts = (raw.parts ?? []).flatMap((part, index) =>
      toSeriesPart(part, index + 1, raw._id, posts, issues),
    );
    // Claimed by reference, published or not, so a clash surfaces before the post goes live.
    (raw.parts ?? []).forEach((part, index) => {
      if (part._type === 'reference' && part.ref) claimPost(part.ref, raw._id, index + 1, membership, issues);
    });
    if (!title || !slug || !parts.length) continue;
    series.set(raw._id, {
      title,
      slug,
      description: presentText(raw.description),
      status: raw.status === 'complete' ? 'complete' : 'ongoing',
      numbering: raw.numbering === 'arabic' ? 'arabic' : 'roman',
      parts,
      coverImage: normalizeFigure(raw.coverImage, raw._id, 'coverImage', issues),
    });
  }
  return { series, membership };
}

function toSeriesPart(
  part: RawPart,
  position: number,
  seriesId: string,
  posts: PostsByState,
  issues: ContentIssues,
): SeriesPart[] {
  const key = part._key ?? `part-${position}`;
  if (part._type === 'plannedPart') {
    const title = presentText(part.title);
    if (!title) {
      issues.error(
        seriesId,
        `parts[${position - 1}].title`,
        `planned part ${position} has no title`,
        'Give the planned part a title in the Studio.',
      );
    }
    return [
      {
        kind: 'upcoming',
        key,
        position,
        title,
        expected: presentText(part.expected),
        note: presentText(part.note),
      },
    ];
  }
  if (part._type !== 'reference' || !part.ref) {
    issues.warn(
      seriesId,
      `parts[${position - 1}]`,
      `part ${position} has the unknown type "${part._type}" and is left out`,
      'Replace it with a post or a planned part in the Studio.',
    );
    return [];
  }
  if (posts.published.has(part.ref)) return [{ kind: 'published', key, position, postId: part.ref }];
  // Referenced but not readable yet: scheduled (we know its title and date) or unpublished.
  const scheduled = posts.scheduled.get(part.ref);
  return [
    {
      kind: 'upcoming',
      key,
      position,
      title: presentText(scheduled?.title),
      expected: presentText(scheduled?.publishedAt),
    },
  ];
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
