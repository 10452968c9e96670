import { blockText } from './block-text.ts';
import type { BodyBlock, TextBlock } from './blocks.ts';

/** Search results show about 160 characters of a description; feeds and cards take as much. */
export const SUMMARY_MAX_CHARS = 160;

/**
 * A plain-text summary of a body, for a post with no excerpt: its paragraphs' text in order,
 * cut at a word boundary to at most `maxChars` with an ellipsis. Headings, lists, quotes and
 * figures are skipped (a summary reads as prose); '' when there is no paragraph text.
 */
export function summarizeBlocks(blocks: readonly BodyBlock[], maxChars = SUMMARY_MAX_CHARS): string {
  const paragraphs = blocks.filter(
    (block): block is TextBlock =>
      block._type === 'block' && (block.style ?? 'normal') === 'normal' && block.listItem === undefined,
  );
  const text = paragraphs.map(blockText).join(' ').replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  // One character is kept for the ellipsis; a cut that ends mid-word drops that word.
  const cut = text.slice(0, maxChars - 1);
  const atWord = text[maxChars - 1] === ' ' ? cut : cut.slice(0, cut.lastIndexOf(' ')) || cut;
  return `${atWord.replace(/[\s,;:.–—-]+$/, '')}…`;
}
