import { formatSeriesLabel } from './part-label';
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

/** "Part II · Burnout, Slowly" for a post its series' current version lists, else undefined. */
export function seriesLabelOf(facts: LabelFacts | undefined, postId: string | undefined): string | undefined {
  if (!facts || !postId) return undefined;
  const [placement] = placementsOf(facts.series, postId.replace(/^drafts\./, ''));
  return placement && formatSeriesLabel(placement.position, placement.numbering, placement.seriesTitle);
}

/**
 * A post's subtitle: its part first (a narrow list cuts the end off, and the part is what the
 * title cannot say), then its date in the site's zone, e.g. "Part II · Burnout, Slowly ·
 * October 18, 2026" or "Scheduled — goes live …". `seriesLabel` overrides the
 * part the facts give (the series form knows the order being edited before it is saved).
 */
export function postSubtitle(
  facts: LabelFacts | undefined,
  postId: string | undefined,
  publishedAt: string | undefined,
  seriesLabel?: string,
  now: number = Date.now(),
): string {
  const date = describePublication(publishedAt, facts?.timeZone ?? undefined, now).text;
  const label = seriesLabel ?? seriesLabelOf(facts, postId);
  return label ? `${label} · ${date}` : date;
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
