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
