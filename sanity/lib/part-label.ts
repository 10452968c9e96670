import { type PartNumbering, partNumber } from '../../src/lib/part-numbers.ts';

export type { PartNumbering };

/** A part's number as readers see it; the site's own rule (src/lib/part-numbers.ts). */
export const formatPartNumber = partNumber;

/** The label a post's preview shows for its series: "Part II · Burnout, Slowly". */
export function formatSeriesLabel(
  position: number,
  numbering: PartNumbering | undefined,
  seriesTitle: string | undefined,
): string {
  const part = `Part ${formatPartNumber(position, numbering)}`;
  return seriesTitle ? `${part} · ${seriesTitle}` : part;
}

/** A series as the post preview fetches it: parts as `_ref`s in order, `null` for planned parts. */
export interface SeriesOfPost {
  title: string | null;
  numbering: PartNumbering | null;
  refs: Array<string | null> | null;
}

/** "Part II · <title>" for the post `postId` in `series`, or undefined when it is not a part of it. */
export function seriesLabelFor(series: SeriesOfPost | null | undefined, postId: string): string | undefined {
  const index = series?.refs?.indexOf(postId) ?? -1;
  if (!series || index < 0) return undefined;
  return formatSeriesLabel(index + 1, series.numbering ?? undefined, series.title ?? undefined);
}
