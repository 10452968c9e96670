import { type PartNumbering, partNumber } from './part-label';

/*
 * Which series a post is a part of, from the post's side. The post does not store its series
 * (DESIGN.md); the series whose parts list it does. In the Studio each series may exist twice,
 * published and as a draft; the draft is what the editor sees and will publish, so it decides.
 */

/** A series as stored, either version, with the fields placement needs. */
export interface SeriesVersion {
  _id: string;
  title?: string | null;
  numbering?: PartNumbering | null;
  parts?: Array<{ _key?: string; _ref?: string | null } | null> | null;
}

/** One series that lists the post, and where. */
export interface Placement {
  /** The series' published id (also the id a Studio link opens). */
  seriesId: string;
  seriesTitle: string;
  /** 1-based position among all parts, planned ones included. */
  position: number;
  total: number;
  numbering: PartNumbering | undefined;
  /** True when only the series' unpublished draft lists the post here: readers do not see it yet. */
  unpublished: boolean;
}

function positionIn(series: SeriesVersion | undefined, postId: string): number {
  return (series?.parts ?? []).findIndex((part) => part?._ref === postId) + 1;
}

/**
 * The series that list `postId` (a published id) in their current version: the draft where
 * there is one, else the published document. Sorted by title; normally at most one, since a
 * post in two series is a validation error on the series.
 */
export function placementsOf(versions: readonly SeriesVersion[], postId: string): Placement[] {
  const byId = new Map<string, { draft?: SeriesVersion; published?: SeriesVersion }>();
  for (const version of versions) {
    const id = version._id.replace(/^drafts\./, '');
    const pair = byId.get(id) ?? {};
    if (version._id === id) pair.published = version;
    else pair.draft = version;
    byId.set(id, pair);
  }
  const placements: Placement[] = [];
  for (const [seriesId, { draft, published }] of byId) {
    const current = draft ?? published;
    const position = positionIn(current, postId);
    if (!current || position === 0) continue;
    placements.push({
      seriesId,
      seriesTitle: current.title?.trim() || 'Untitled series',
      position,
      total: current.parts?.length ?? position,
      numbering: current.numbering ?? undefined,
      unpublished: positionIn(published, postId) !== position,
    });
  }
  return placements.sort((a, b) => a.seriesTitle.localeCompare(b.seriesTitle));
}

/** "Part II of IV": the post's place, numbered the way its series numbers parts. */
export function formatPlace(placement: Pick<Placement, 'position' | 'total' | 'numbering'>): string {
  const { position, total, numbering } = placement;
  return `Part ${partNumber(position, numbering)} of ${partNumber(total, numbering)}`;
}
