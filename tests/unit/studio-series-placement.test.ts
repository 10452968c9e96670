import { describe, expect, it } from 'vitest';
import { postSubtitle, seriesSubtitle } from '../../sanity/lib/preview-labels';
import { formatPlace, placementsOf, type SeriesVersion } from '../../sanity/lib/series-placement';

const ref = (id: string) => ({ _key: id, _ref: id });
const planned = (key: string) => ({ _key: key });

// "Alpha" published lists p1 then p2; its draft moved p2 out and p3 in. "Beta" exists only as a
// draft, listing p2 second: the post moved from one series to the other, not yet published.
const SERIES: SeriesVersion[] = [
  { _id: 'alpha', title: 'Alpha', parts: [ref('p1'), ref('p2')] },
  { _id: 'drafts.alpha', title: 'Alpha', parts: [ref('p1'), planned('x'), ref('p3')] },
  { _id: 'drafts.beta', title: 'Beta', numbering: 'arabic', parts: [planned('y'), ref('p2')] },
];

describe('placementsOf: the series that list a post, by their current version', () => {
  it.each([
    ['p1', [{ seriesId: 'alpha', position: 1, total: 3, unpublished: false }]],
    ['p2', [{ seriesId: 'beta', position: 2, total: 2, unpublished: true }]],
    ['p3', [{ seriesId: 'alpha', position: 3, total: 3, unpublished: true }]],
    ['p9', []],
  ])('%s', (postId, expected) => {
    const found = placementsOf(SERIES, postId).map(({ seriesId, position, total, unpublished }) => ({
      seriesId,
      position,
      total,
      unpublished,
    }));
    expect(found).toEqual(expected);
  });

  it('reads "Part II of IV", or arabic when the series says so', () => {
    expect(formatPlace({ position: 2, total: 4, numbering: undefined })).toBe('Part II of IV');
    expect(formatPlace({ position: 2, total: 4, numbering: 'arabic' })).toBe('Part 2 of 4');
  });
});

const NOW = Date.parse('2026-10-20T12:00:00Z');
const FACTS = {
  series: SERIES,
  posts: [
    { _id: 'p1', publishedAt: '2026-10-18T03:00:00Z' },
    { _id: 'p3', publishedAt: '2027-01-01T09:00:00Z' },
  ],
  timeZone: 'America/Denver',
};

describe('postSubtitle: part, then the date in the site time zone, then the series', () => {
  it.each([
    // 03:00 UTC on the 18th is the evening of the 17th in Denver.
    ['p1', '2026-10-18T03:00:00Z', true, 'Part I · October 17, 2026 · Alpha'],
    ['p2', '2026-10-18T03:00:00Z', true, 'Part 2 · October 17, 2026 · Beta'],
    ['p9', '2027-01-01T09:00:00Z', true, 'Scheduled — goes live January 1, 2027'],
    ['drafts.p9', undefined, true, 'Not dated yet: dated when you publish'],
    // In a series form the part is beside the item already: the date alone.
    ['p1', '2026-10-18T03:00:00Z', false, 'October 17, 2026'],
  ] as const)('%s at %s (with series: %s) → %s', (postId, publishedAt, withSeries, expected) => {
    expect(postSubtitle(FACTS, postId, publishedAt, { withSeries, now: NOW })).toBe(expected);
  });
});

describe('seriesSubtitle: published parts are published posts whose date has come', () => {
  it.each([
    [['p1', undefined, 'p3'], 'Ongoing · 1 published · 2 planned'],
    [['p1'], 'Ongoing · 1 published · 0 planned'],
    [[], 'Ongoing · 0 published · 0 planned'],
  ])('%j → %s', (refs, expected) => {
    expect(seriesSubtitle(FACTS, 'ongoing', refs, NOW)).toBe(expected);
  });

  it('counts parts only before the facts arrive', () => {
    expect(seriesSubtitle(undefined, 'complete', ['p1', 'p2'], NOW)).toBe('Complete · 2 parts');
  });
});
