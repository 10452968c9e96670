import { describe, expect, it } from 'vitest';
import {
  countWords,
  formatReadingTime,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../../src/lib/portable-text/reading-time.ts';

import { calloutBlock, figureBlock, textBlock } from '../support/blocks.ts';

const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

describe('countWords', () => {
  it.each([
    { name: 'no blocks', blocks: [], expected: 0 },
    { name: 'one paragraph', blocks: [textBlock('Therapy asks what is causing distress.')], expected: 6 },
    { name: 'extra whitespace', blocks: [textBlock('  two \n  words  ')], expected: 2 },
    {
      name: 'spans split mid-word are joined first',
      blocks: [textBlock(['coa', 'ching works'])],
      expected: 2,
    },
    {
      name: 'callout bodies count',
      blocks: [textBlock('One two.'), calloutBlock([textBlock('Three four five.')])],
      expected: 5,
    },
    { name: 'figures add nothing', blocks: [figureBlock('a b c')], expected: 0 },
  ])('$name → $expected', ({ blocks, expected }) => expect(countWords(blocks)).toBe(expected));
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [WORDS_PER_MINUTE, 1],
    [WORDS_PER_MINUTE + 1, 2],
    [WORDS_PER_MINUTE * 6, 6],
  ])('%i words → %i min', (count, minutes) => {
    expect(readingMinutes([textBlock(words(count))])).toBe(minutes);
  });

  it('reads "N min read"', () => {
    expect(formatReadingTime(1)).toBe('1 min read');
    expect(formatReadingTime(7)).toBe('7 min read');
  });
});
