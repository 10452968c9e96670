import { describe, expect, it } from 'vitest';
import {
  type DatedVersions,
  describePublication,
  shouldStampPublishDate,
} from '../../sanity/lib/publication';

const CREATED = '2026-10-01T09:00:00Z';

describe('shouldStampPublishDate: publishing dates a post the editor left undated', () => {
  it.each<[string, DatedVersions, boolean]>([
    ['empty date, never published', { draft: { _createdAt: CREATED }, published: null }, true],
    [
      'date left as the draft got it days ago',
      { draft: { _createdAt: CREATED, publishedAt: '2026-10-01T09:00:02Z' }, published: null },
      true,
    ],
    [
      'back-dated on purpose',
      { draft: { _createdAt: CREATED, publishedAt: '2025-03-01T09:00:00Z' }, published: null },
      false,
    ],
    [
      'scheduled for later',
      { draft: { _createdAt: CREATED, publishedAt: '2027-01-01T09:00:00Z' }, published: null },
      false,
    ],
    [
      'already published: a revision keeps its date',
      { draft: { _createdAt: CREATED }, published: { publishedAt: '2026-02-01T09:00:00Z' } },
      false,
    ],
    ['no draft to publish', { draft: null, published: null }, false],
  ])('%s → %s', (_case, versions, expected) => {
    expect(shouldStampPublishDate(versions)).toBe(expected);
  });
});

describe('describePublication', () => {
  const NOW = Date.parse('2026-10-20T12:00:00Z');
  it.each([
    [undefined, 'UTC', 'undated'],
    ['2026-10-18T20:00:00Z', 'UTC', 'published'],
    ['2026-12-24T20:00:00Z', 'UTC', 'scheduled'],
  ] as const)('%s → %s', (publishedAt, zone, kind) => {
    expect(describePublication(publishedAt, zone, NOW).kind).toBe(kind);
  });

  it('dates in the site zone, in the site format', () => {
    expect(describePublication('2026-10-18T03:00:00Z', 'America/Denver', NOW).text).toBe('October 17, 2026');
    expect(describePublication('2026-12-24T20:00:00Z', 'UTC', NOW).text).toBe(
      'Scheduled — goes live December 24, 2026',
    );
  });
});
