import { blockText } from './block-text.ts';
import type { BodyBlock } from './blocks.ts';

const HEADING_STYLE = /^h([2-6])$/;

/**
 * Lowers heading levels that skip one (an h4 straight under an h2 becomes an h3, and so does
 * its h4 sibling), so a page's outline under its h1 has no gap: screen-reader users navigate
 * by it and validators check it. Nesting is kept as the editor wrote it. Returns new blocks,
 * leaving the input alone, and the headings it changed.
 */
export function closeHeadingGaps(blocks: readonly BodyBlock[]) {
  // The open headings: the level the editor chose and the level it is shown at.
  const open: { written: number; shown: number }[] = [];
  const shifted: { text: string; from: string; to: string }[] = [];
  const result = blocks.map((block): BodyBlock => {
    const match = block._type === 'block' && block.style ? HEADING_STYLE.exec(block.style) : null;
    if (block._type !== 'block' || !match) return block;
    const written = Number(match[1]);
    while ((open.at(-1)?.written ?? 0) >= written) open.pop();
    const shown = (open.at(-1)?.shown ?? 1) + 1; // 1 is the page's own h1
    open.push({ written, shown });
    if (shown === written) return block;
    shifted.push({ text: blockText(block), from: `h${written}`, to: `h${shown}` });
    return { ...block, style: `h${shown}` };
  });
  return { blocks: result, shifted };
}
