import { blockText } from './block-text.ts';
import type { BodyBlock } from './blocks.ts';

/** An unhurried adult reading pace for explanatory prose, in words per minute. */
export const WORDS_PER_MINUTE = 225;

/**
 * Counts the words a reader reads in Portable Text: the text of every block, including
 * callout bodies. Figures, code marks and unknown types add nothing.
 */
export function countWords(blocks: readonly BodyBlock[]): number {
  let words = 0;
  for (const block of blocks) {
    if (block._type === 'block') words += blockText(block).split(/\s+/).filter(Boolean).length;
    if (block._type === 'callout') words += countWords(block.body);
  }
  return words;
}

/** Whole minutes to read `blocks`, rounded up and never less than 1. */
export function readingMinutes(blocks: readonly BodyBlock[]): number {
  return Math.max(1, Math.ceil(countWords(blocks) / WORDS_PER_MINUTE));
}

/** "1 min read", "6 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
