import type { SeriesEntry, SeriesPart } from './content/entries.ts';
import { partNumber } from './part-numbers.ts';

/**
 * Where a post sits in its series: its position, `label` "Part II of III" (the total counts planned
 * and unpublished parts too) and `shortLabel` "Part II"; `undefined` if it is not a published part.
 */
export function placePart(series: SeriesEntry, postId: string) {
  const part = series.parts.find((part) => part.kind === 'published' && part.postId === postId);
  if (!part) return undefined;
  const number = partNumber(part.position, series.numbering);
  return {
    position: part.position,
    shortLabel: `Part ${number}`,
    label: `Part ${number} of ${partNumber(series.parts.length, series.numbering)}`,
  };
}

export type PartPlacement = NonNullable<ReturnType<typeof placePart>>;
type PublishedPart = Extract<SeriesPart, { kind: 'published' }>;

/** The first part a reader can open ("Start at Part I"), or `undefined` if none is published yet. */
export function firstPublishedPart(series: SeriesEntry): PublishedPart | undefined {
  return series.parts.find((part): part is PublishedPart => part.kind === 'published');
}

/** A part as the series list shows it: a link to a published post, or a "coming soon" entry. */
export type PartView = { number: string } & (
  | (PublishedPart & PartPost)
  | Extract<SeriesPart, { kind: 'upcoming' }>
);

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
    if (part.kind === 'upcoming') return { ...part, number };
    const post = findPost(part.postId);
    return post
      ? { ...part, number, ...post }
      : { kind: 'upcoming', key: part.key, position: part.position, number };
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
