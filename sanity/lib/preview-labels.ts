import { partNumber } from './part-label';
import { describePublication } from './publication';
import { placementsOf, type SeriesVersion } from './series-placement';
import { formatSeriesSummary, type SeriesStatus } from './series-summary';

/*
 * The one-line subtitles of post and series previews, computed from the Studio's facts (every
 * series version, published post dates, the site's time zone): the same text in desk lists,
 * reference fields and search results.
 */

/** The facts a preview label needs; see STUDIO_FACTS_QUERY. */
export interface LabelFacts {
  series: readonly SeriesVersion[];
  posts: ReadonlyArray<{ _id: string; publishedAt?: string | null }>;
  timeZone: string | null;
}

/** The part ("Part II") and series title the facts give a post, from its series' current version. */
function placeOf(facts: LabelFacts | undefined, postId: string | undefined) {
  if (!facts || !postId) return undefined;
  const [placement] = placementsOf(facts.series, postId.replace(/^drafts\./, ''));
  if (!placement) return undefined;
  return {
    part: `Part ${partNumber(placement.position, placement.numbering)}`,
    series: placement.seriesTitle,
  };
}

/** How {@link postSubtitle} words a post. */
export interface PostSubtitleOptions {
  /** False in a series form, which numbers its parts beside them: the date alone. */
  withSeries?: boolean;
  now?: number;
}

/**
 * A post's subtitle: its part, its date in the site's zone, then its series, e.g. "Part II ·
 * October 18, 2026 · Burnout, Slowly" or "Scheduled — goes live …". The long series title comes
 * last, so a narrow desk list cuts that rather than the part or the date.
 */
export function postSubtitle(
  facts: LabelFacts | undefined,
  postId: string | undefined,
  publishedAt: string | undefined,
  { withSeries = true, now = Date.now() }: PostSubtitleOptions = {},
): string {
  const date = describePublication(publishedAt, facts?.timeZone ?? undefined, now).text;
  const place = withSeries ? placeOf(facts, postId) : undefined;
  return place ? `${place.part} · ${date} · ${place.series}` : date;
}

/**
 * A series' subtitle, "Ongoing · 2 published · 1 planned": a part is published when it points at
 * a published post whose date has come; every other part (planned, draft, scheduled) is planned.
 * Without facts yet, it counts parts only ("Ongoing · 3 parts").
 */
export function seriesSubtitle(
  facts: LabelFacts | undefined,
  status: SeriesStatus | undefined,
  refs: ReadonlyArray<string | undefined>,
  now: number = Date.now(),
): string {
  if (!facts) return formatSeriesSummary(status, refs.length);
  const dates = new Map(facts.posts.map((post) => [post._id, post.publishedAt]));
  const published = refs.filter((ref) => {
    const date = ref ? dates.get(ref) : undefined;
    return typeof date === 'string' && Date.parse(date) <= now;
  }).length;
  return formatSeriesSummary(status, refs.length, published);
}
