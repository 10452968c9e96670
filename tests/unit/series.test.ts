import { describe, expect, it } from 'vitest';
import { ContentIssues } from '../../src/lib/content/content-issues.ts';
import type { PostEntry, SeriesEntry } from '../../src/lib/content/entries.ts';
import { normalizeSeries } from '../../src/lib/content/normalize-series.ts';
import { RAW_POST, RAW_SERIES, type RawPost, type RawSeries } from '../../src/lib/content/response.ts';
import { partNumber, toRoman } from '../../src/lib/part-numbers.ts';
import { describeParts, describeProgress, firstPublishedPart, placePart } from '../../src/lib/series.ts';

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
    [1999, 'MCMXCIX'],
  ])('%i → %s', (value, roman) => expect(toRoman(value)).toBe(roman));

  it.each([0, -1, 1.5, 4000])('falls back to arabic digits for %s', (value) => {
    expect(toRoman(value)).toBe(String(value));
  });
});

describe('partNumber', () => {
  it.each([
    [2, 'roman', 'II'],
    [2, 'arabic', '2'],
    [12, 'roman', 'XII'],
    [12, 'arabic', '12'],
  ] as const)('part %i with %s numbering is %s', (position, numbering, label) => {
    expect(partNumber(position, numbering)).toBe(label);
  });
});

const published = (id: string, n: number) => [id, { title: `Post ${n}`, slug: id } as PostEntry] as const;
// As the query returns a part: weak, with the type of the document it reaches ("post" here).
const ref = (postId: string, key = postId) => ({
  _key: key,
  _type: 'reference',
  ref: postId,
  weak: true,
  targetType: 'post',
});
// A weak reference the published perspective cannot follow: a post that is only a draft.
const draftRef = (postId: string) => ({ ...ref(postId), targetType: null });
const planned = (title: string, expected?: string) => ({
  _key: title,
  _type: 'plannedPart',
  title,
  expected,
});
// Through the document check, as the query's answer reaches the normaliser: typed by TypeGen.
const rawSeries = (id: string, parts: unknown[], numbering = 'roman'): RawSeries =>
  RAW_SERIES.parse({ _id: id, title: `Series ${id}`, slug: id, numbering, parts });

function normalize(series: RawSeries[], scheduled: RawPost[] = []) {
  const issues = new ContentIssues();
  const posts = {
    published: new Map([published('p1', 1), published('p2', 2), published('p3', 3)]),
    scheduled: new Map(scheduled.map((post) => [post._id, post])),
  };
  return { ...normalizeSeries(series, posts, issues), issues };
}

describe('normalizeSeries', () => {
  it('numbers parts by position, counting planned and unpublished parts', () => {
    const scheduledPost = RAW_POST.parse({ _id: 'p9', title: 'Later', publishedAt: '2999-01-01T00:00:00Z' });
    const { series, membership, issues } = normalize(
      [
        rawSeries('s', [
          ref('p2'),
          draftRef('gone'),
          ref('p9'),
          planned('Part five', '2027-02-01'),
          ref('p1'),
        ]),
      ],
      [scheduledPost],
    );
    expect(issues.errors).toEqual([]);
    expect(series.get('s')?.parts).toEqual([
      { kind: 'published', key: 'p2', position: 1, postId: 'p2' },
      { kind: 'upcoming', key: 'gone', position: 2, title: undefined, expected: undefined },
      { kind: 'upcoming', key: 'p9', position: 3, title: 'Later', expected: '2999-01-01T00:00:00Z' },
      {
        kind: 'upcoming',
        key: 'Part five',
        position: 4,
        title: 'Part five',
        expected: '2027-02-01',
        note: undefined,
      },
      { kind: 'published', key: 'p1', position: 5, postId: 'p1' },
    ]);
    expect(membership.get('p1')).toEqual({ id: 's', position: 5 });
    expect(membership.has('p3')).toBe(false);
  });

  it('reports a post in two series, naming both', () => {
    const { issues } = normalize([rawSeries('a', [ref('p1')]), rawSeries('b', [ref('p1')])]);
    expect(issues.errors).toMatchObject([
      { documentId: 'p1', field: 'series', problem: expect.stringMatching(/"a" and "b"/) },
    ]);
  });

  it('reports a post listed twice in one series', () => {
    const { issues } = normalize([rawSeries('a', [ref('p1', 'k1'), ref('p1', 'k2')])]);
    expect(issues.errors).toMatchObject([{ documentId: 'a', field: 'parts' }]);
  });

  it('reports a planned part without a title', () => {
    const { issues } = normalize([rawSeries('a', [ref('p1'), { _key: 'x', _type: 'plannedPart' }])]);
    expect(issues.errors).toMatchObject([{ documentId: 'a', field: 'parts[1].title' }]);
  });
});

describe('placePart', () => {
  const [partOne, partTwo, partThree] = [
    { kind: 'published', key: 'a', position: 1, postId: 'p1' },
    { kind: 'published', key: 'b', position: 2, postId: 'p3' },
    { kind: 'upcoming', key: 'c', position: 3, title: 'Part three' },
  ] as const;
  const series: SeriesEntry = {
    title: 'Coaching and therapy',
    slug: 'coaching',
    status: 'ongoing',
    numbering: 'roman',
    // Series order differs from date order on purpose: p3 was written first but is Part II.
    parts: [partOne, partTwo, partThree],
  };

  it.each([
    { postId: 'p1', label: 'Part I of III', shortLabel: 'Part I' },
    { postId: 'p3', label: 'Part II of III', shortLabel: 'Part II' },
  ])('$postId is $label', ({ postId, label, shortLabel }) => {
    expect(placePart(series, postId)).toMatchObject({ label, shortLabel });
  });

  it('uses arabic numbers when the series asks for them', () => {
    expect(placePart({ ...series, numbering: 'arabic' }, 'p3')?.label).toBe('Part 2 of 3');
  });

  it('places the only part of a series of one', () => {
    const single: SeriesEntry = { ...series, parts: [partOne] };
    expect(placePart(single, 'p1')).toEqual({ position: 1, label: 'Part I of I', shortLabel: 'Part I' });
  });

  it('does not place a post that is in no series', () => {
    expect(placePart(series, 'p2')).toBeUndefined();
  });

  it('finds the first published part to start reading at', () => {
    expect(firstPublishedPart(series)?.postId).toBe('p1');
    expect(firstPublishedPart({ ...series, parts: [partThree] })).toBeUndefined();
  });
});

describe('describeParts', () => {
  const series: SeriesEntry = {
    title: 'Coaching and therapy',
    slug: 'coaching',
    status: 'ongoing',
    numbering: 'roman',
    parts: [
      { kind: 'published', key: 'a', position: 1, postId: 'p1' },
      { kind: 'published', key: 'b', position: 2, postId: 'p-missing' },
      { kind: 'upcoming', key: 'c', position: 3, title: 'Choosing', expected: '2027-01-15', note: 'Soon.' },
      { kind: 'upcoming', key: 'd', position: 4 },
    ],
  };
  const findPost = (id: string) =>
    id === 'p1' ? { title: 'Different questions', href: '/posts/one/' } : undefined;

  it('numbers every part and links only what can be read', () => {
    expect(describeParts(series, findPost)).toEqual([
      {
        kind: 'published',
        key: 'a',
        position: 1,
        number: 'I',
        postId: 'p1',
        title: 'Different questions',
        href: '/posts/one/',
      },
      // A published part whose post cannot be found is shown as upcoming, never as a broken link.
      { kind: 'upcoming', key: 'b', position: 2, number: 'II' },
      {
        kind: 'upcoming',
        key: 'c',
        position: 3,
        number: 'III',
        title: 'Choosing',
        expected: '2027-01-15',
        note: 'Soon.',
      },
      {
        kind: 'upcoming',
        key: 'd',
        position: 4,
        number: 'IV',
        title: undefined,
        expected: undefined,
        note: undefined,
      },
    ]);
  });

  it('uses arabic numbers when the series asks for them', () => {
    expect(describeParts({ ...series, numbering: 'arabic' }, findPost).map((part) => part.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });
});

describe('describeProgress', () => {
  const part = (kind: 'published' | 'upcoming', position: number) =>
    kind === 'published'
      ? ({ kind, key: `k${position}`, position, postId: `p${position}` } as const)
      : ({ kind, key: `k${position}`, position } as const);
  it.each([
    {
      parts: [part('published', 1), part('published', 2), part('upcoming', 3)],
      text: '2 of 3 parts published',
    },
    { parts: [part('published', 1), part('published', 2)], text: 'All 2 parts published' },
    { parts: [part('published', 1)], text: '1 part, published' },
    { parts: [part('upcoming', 1), part('upcoming', 2)], text: '2 parts, coming soon' },
    { parts: [part('upcoming', 1)], text: '1 part, coming soon' },
  ])('$text', ({ parts, text }) => {
    const series: SeriesEntry = { title: 'S', slug: 's', status: 'ongoing', numbering: 'roman', parts };
    expect(describeProgress(series)).toBe(text);
  });
});
