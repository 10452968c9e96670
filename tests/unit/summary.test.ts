import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../src/lib/portable-text/blocks.ts';
import { summarizeBlocks } from '../../src/lib/portable-text/summary.ts';
import { figureBlock, textBlock } from '../support/blocks.ts';

const paragraph = (text: string, extra: Partial<TextBlock> = {}) => textBlock(text, extra);

describe('summarizeBlocks', () => {
  it.each([
    [
      'one short paragraph, whole',
      [paragraph('Burnout is not a failure.')],
      200,
      'Burnout is not a failure.',
    ],
    [
      'paragraphs joined, headings, lists and figures skipped',
      [
        paragraph('A heading', { style: 'h2' }),
        paragraph('First.'),
        paragraph('A list item', { listItem: 'bullet' }),
        figureBlock('A picture'),
        paragraph('Second.'),
      ],
      200,
      'First. Second.',
    ],
    [
      'cut at a word, with an ellipsis',
      [paragraph('The quick brown fox jumps over the lazy dog.')],
      20,
      'The quick brown fox…',
    ],
    ['no trailing comma before the ellipsis', [paragraph('One, two, three, four')], 11, 'One, two…'],
    ['nothing to say', [paragraph('Only a heading', { style: 'h3' })], 200, ''],
  ])('%s', (_name, blocks, max, expected) => {
    const summary = summarizeBlocks(blocks, max);
    expect(summary).toBe(expected);
    expect(summary.length).toBeLessThanOrEqual(max);
  });
});
