import { describe, expect, it } from 'vitest';
import { summarizeBlocks } from '../../src/lib/portable-text/summary.ts';

const paragraph = (text: string, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: text.slice(0, 8),
  style: 'normal',
  children: [{ _type: 'span', _key: 's', text }],
  ...extra,
});

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
        { _type: 'figure', _key: 'f', alt: 'A picture' },
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
