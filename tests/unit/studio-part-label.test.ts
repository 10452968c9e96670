import { describe, expect, it } from 'vitest';
import { partNumber } from '../../sanity/lib/part-label';
import { formatSeriesSummary } from '../../sanity/lib/series-summary';

describe('partNumber', () => {
  it.each([
    [2, 'roman', 'II'],
    [2, undefined, 'II'],
    [2, 'arabic', '2'],
  ] as const)('position %s with %s numbering → %s', (position, numbering, expected) => {
    expect(partNumber(position, numbering)).toBe(expected);
  });
});

describe('formatSeriesSummary', () => {
  it.each([
    ['ongoing', 5, 3, 'Ongoing · 3 published · 2 planned'],
    ['complete', 3, 3, 'Complete · 3 published · 0 planned'],
    ['ongoing', 5, undefined, 'Ongoing · 5 parts'],
    ['ongoing', 1, undefined, 'Ongoing · 1 part'],
    [undefined, 2, 0, 'No status · 0 published · 2 planned'],
  ] as const)('%s, %s parts, %s published → %s', (status, parts, published, expected) => {
    expect(formatSeriesSummary(status, parts, published)).toBe(expected);
  });
});
