import { presentText } from '../text/sanitize-text.ts';
import type { ContentIssues } from './content-issues.ts';
import type { PostEntry, SeriesEntry, SeriesPart } from './entries.ts';
import { normalizeFigure } from './normalize-figure.ts';
import type { RawPost, RawSeries } from './response.ts';
import { presentSlug } from './slugs.ts';

type RawPart = NonNullable<RawSeries['parts']>[number];
/** Which series a post is a part of, and at which position. */
type Placement = NonNullable<PostEntry['series']>;
/** Scheduled posts exist but their `publishedAt` is still in the future. */
type PostsByState = { published: ReadonlyMap<string, PostEntry>; scheduled: ReadonlyMap<string, RawPost> };

/**
 * Builds series entries and derives each post's series (`membership`). A part's position is its
 * index in `parts` (1-based) counting every member, so "Part III" stays Part III before it exists.
 * A post referenced by two series, or twice by one, is an error naming both places; so is a
 * part that references anything but a post (see `leadsToPost` for how that is told).
 */
export function normalizeSeries(rawSeries: readonly RawSeries[], posts: PostsByState, issues: ContentIssues) {
  const series = new Map<string, SeriesEntry>();
  const membership = new Map<string, Placement>();
  for (const raw of rawSeries) {
    // Claimed by reference, published or not, so a clash surfaces before the post goes live.
    (raw.parts ?? []).forEach((part, index) => {
      if (part.ref && leadsToPost(part))
        claimPost(part.ref, { id: raw._id, position: index + 1 }, membership, issues);
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
  issues.requireFields(raw._id, 'series', {
    title: [title, fix],
    slug: [slug, fix],
    parts: [raw.parts?.length, fix],
  });
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
  // Widened: TypeGen knows two types of part, an export edited by hand may hold any.
  const type: string = part._type;
  if (part._type === 'plannedPart') {
    const title = presentText(part.title);
    const fix = 'Give the planned part a title in the Studio.';
    if (!title) issues.error(seriesId, `${field}.title`, `planned part ${position} has no title`, fix);
    const [expected, note] = [presentText(part.expected), presentText(part.note)];
    return [{ kind: 'upcoming', key, position, title, expected, note }];
  }
  if (type !== 'reference' || !part.ref) {
    const problem =
      type === 'reference'
        ? `part ${position} is an empty reference and is left out`
        : `part ${position} has the unknown type "${type}" and is left out`;
    issues.warn(seriesId, field, problem, 'Replace it with a post or a planned part in the Studio.');
    return [];
  }
  if (!leadsToPost(part)) {
    const which = part._key ? `part ${position} (key "${part._key}")` : `part ${position}`;
    const problem = `${which} ${describeWrongTarget(part, seriesId)}, but a part must be a post`;
    const fix =
      'Point the part at a post, or replace it with a planned part, in the Studio and publish the series again.';
    issues.error(seriesId, field, problem, fix);
    return [];
  }
  if (posts.published.has(part.ref)) return [{ kind: 'published', key, position, postId: part.ref }];
  // Referenced but not readable yet: scheduled (we know its title and date) or unpublished.
  const scheduled = posts.scheduled.get(part.ref);
  const [title, expected] = [presentText(scheduled?.title), presentText(scheduled?.publishedAt)];
  return [{ kind: 'upcoming', key, position, title, expected }];
}

/*
 * Where a reference part leads, judged from what the query's perspective can see:
 * - a "post": published, or scheduled (its publishedAt is still ahead);
 * - nothing, through a weak reference: a post not published yet. Parts are weak references so
 *   that a draft can join a series, and the published perspective cannot see drafts, so this
 *   stays "coming soon" (a weak reference to a deleted post looks the same, and is shown so);
 * - nothing, through a strong reference: a dangling id. Sanity will not publish a strong
 *   reference to a missing document, so it comes from a hand-edited export or an import that
 *   skipped reference checks;
 * - any other type (the series itself, a category, an author): an editing mistake.
 */
function leadsToPost(part: RawPart): boolean {
  return part.targetType === 'post' || (!part.targetType && part.weak === true);
}

function describeWrongTarget(part: RawPart, seriesId: string): string {
  if (part.ref === seriesId) return 'references the series itself';
  if (part.targetType) return `references "${part.ref}", a document of type "${part.targetType}"`;
  return `references "${part.ref}", which is not a published document (and the reference is not weak, so it is not a post waiting to be published)`;
}

function claimPost(
  postId: string,
  claim: Placement,
  membership: Map<string, Placement>,
  issues: ContentIssues,
) {
  const existing = membership.get(postId);
  if (!existing) {
    membership.set(postId, claim);
  } else if (existing.id === claim.id) {
    const problem = `the post "${postId}" is both part ${existing.position} and part ${claim.position}`;
    issues.error(claim.id, 'parts', problem, 'Remove one of the two parts in the Studio.');
  } else {
    const problem = `the post is a part of two series, "${existing.id}" and "${claim.id}"`;
    issues.error(postId, 'series', problem, 'Remove it from the parts of one of them in the Studio.');
  }
}
