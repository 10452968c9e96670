/** How a series numbers its parts; DESIGN.md: roman unless the series says arabic. */
export type PartNumbering = 'roman' | 'arabic';

const ROMAN_DIGITS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Roman numeral for a positive integer (1 → "I", 14 → "XIV"); other input is returned as arabic digits. */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return String(value);
  let rest = value;
  let out = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      out += digits;
      rest -= amount;
    }
  }
  return out;
}

/** A part's number as readers see it: position 2 → "II" (roman, the default) or "2" (arabic). */
export function formatPartNumber(position: number, numbering: PartNumbering | undefined): string {
  return numbering === 'arabic' ? String(position) : toRoman(position);
}

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
