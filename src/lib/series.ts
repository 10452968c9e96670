import type { SeriesEntry, SeriesPart } from './content/entries.ts';
import { partNumber } from './part-numbers.ts';

export { partNumber, toRoman } from './part-numbers.ts';

export interface PartPlacement {
  position: number;
  /** "Part II of III": the total counts planned and unpublished parts too. */
  label: string;
  /** "Part II" */
  shortLabel: string;
  /** The part before and after this one in series order (not date order), if any. */
  previous?: SeriesPart;
  next?: SeriesPart;
}

/**
 * Where a post sits in its series: its label and its neighbours in series order.
 * Returns `undefined` when the post is not a published part of the series.
 */
export function placePart(series: SeriesEntry, postId: string): PartPlacement | undefined {
  const index = series.parts.findIndex((part) => part.kind === 'published' && part.postId === postId);
  const part = series.parts[index];
  if (!part) return undefined;
  const number = partNumber(part.position, series.numbering);
  return {
    position: part.position,
    shortLabel: `Part ${number}`,
    label: `Part ${number} of ${partNumber(series.parts.length, series.numbering)}`,
    previous: series.parts[index - 1],
    next: series.parts[index + 1],
  };
}

/** The first part a reader can open ("Start at Part I"), or `undefined` if none is published yet. */
export function firstPublishedPart(
  series: SeriesEntry,
): Extract<SeriesPart, { kind: 'published' }> | undefined {
  return series.parts.find(
    (part): part is Extract<SeriesPart, { kind: 'published' }> => part.kind === 'published',
  );
}

/** A part as the series list shows it: a link to a published post, or a "coming soon" entry. */
export type PartView =
  | ({ kind: 'published'; key: string; position: number; number: string; postId: string } & PartPost)
  | {
      kind: 'upcoming';
      key: string;
      position: number;
      number: string;
      title?: string | undefined;
      expected?: string | undefined;
      note?: string | undefined;
    };

/** What a part list needs to know about a published post. */
export interface PartPost {
  title: string;
  href: string;
  excerpt?: string | undefined;
  publishedAt?: string | undefined;
}

/**
 * Every part of a series in series order, numbered as the series numbers them. A published
 * part whose post `findPost` cannot find is shown as upcoming, never as a broken link.
 */
export function describeParts(
  series: SeriesEntry,
  findPost: (postId: string) => PartPost | undefined,
): PartView[] {
  return series.parts.map((part): PartView => {
    const number = partNumber(part.position, series.numbering);
    const post = part.kind === 'published' ? findPost(part.postId) : undefined;
    if (part.kind === 'published' && post) {
      return {
        kind: 'published',
        key: part.key,
        position: part.position,
        number,
        postId: part.postId,
        ...post,
      };
    }
    const { key, position } = part;
    return part.kind === 'upcoming'
      ? {
          kind: 'upcoming',
          key,
          position,
          number,
          title: part.title,
          expected: part.expected,
          note: part.note,
        }
      : { kind: 'upcoming', key, position, number };
  });
}

/**
 * How far along a series is, for cards and landing pages: "2 of 3 parts published",
 * "All 4 parts published" when complete, "1 part, coming soon" when none is out yet.
 */
export function describeProgress(series: SeriesEntry): string {
  const total = series.parts.length;
  const published = series.parts.filter((part) => part.kind === 'published').length;
  const parts = total === 1 ? '1 part' : `${total} parts`;
  if (published === 0) return `${parts}, coming soon`;
  if (published === total) return total === 1 ? '1 part, published' : `All ${total} parts published`;
  return `${published} of ${parts} published`;
}
