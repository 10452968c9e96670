import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-issues.ts';
import { loadSiteContent, type SiteContent } from '../../src/lib/content/site-content.ts';
import { createExportSource } from '../../src/lib/sanity/export-source.ts';
import { baseDocuments, post, type TestDocument, writeExport } from '../support/dataset-builder.ts';

/*
 * Series parts through the real query over a dataset export: what a part references is only
 * known from what the query's `@->_type` returns, so these tests run it rather than fake it.
 */

const NOW = new Date('2026-06-01T00:00:00Z');

type Part = { _type: 'reference'; _key: string; _ref: string; _weak?: true };
const strong = (key: string, ref: string): Part => ({ _type: 'reference', _key: key, _ref: ref });
const weak = (key: string, ref: string): Part => ({ ...strong(key, ref), _weak: true });

const series = (parts: Part[], id = 'series-1', first = 'post-1'): TestDocument => ({
  _id: id,
  _type: 'series',
  title: `Series ${id}`,
  slug: { _type: 'slug', current: id },
  parts: [strong('first', first), ...parts],
});

/** Loads an export of the base documents, posts 1 and 2, a scheduled and a draft-only post, and `extra`. */
async function load(extra: TestDocument[]): Promise<SiteContent> {
  const documents = [
    ...baseDocuments(),
    post(1),
    post(2),
    post(3, { title: 'Coming in July', publishedAt: '2026-07-01T09:00:00Z' }),
    { ...post(4), _id: 'drafts.post-4' },
    ...extra,
  ];
  const { folder } = await writeExport(documents);
  const source = createExportSource({ kind: 'export', path: folder });
  return loadSiteContent(source, { now: NOW, allowEmptySite: false, warn: () => {} });
}

/** The content errors a load fails with, as `id field: problem`; fails the test if it loads. */
async function errorsOf(extra: TestDocument[]): Promise<string[]> {
  const error = await load(extra).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ContentError)) throw new Error(`Expected a ContentError, got ${String(error)}`);
  return error.issues.map((issue) => `${issue.documentId} ${issue.field}: ${issue.problem}`);
}

describe('series parts must be posts', () => {
  it.each([
    ['the series itself', strong('self', 'series-1'), /part 2 \(key "self"\) references the series itself/],
    [
      'a category',
      strong('cat', 'category-a'),
      /part 2 \(key "cat"\) references "category-a", a document of type "category"/,
    ],
    [
      'an author, even through a weak reference',
      weak('who', 'author-a'),
      /references "author-a", a document of type "author"/,
    ],
    [
      'a missing id through a strong reference',
      strong('gone', 'post-404'),
      /part 2 \(key "gone"\) references "post-404", which is not a published document .*not weak/,
    ],
  ])('fails a part that references %s, naming the series and the part', async (_, part, problem) => {
    const errors = await errorsOf([series([part])]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^series-1 parts\[1\]: /);
    expect(errors[0]).toMatch(problem);
  });

  it('reports a category in two series as a wrong part twice, not as a post in two series', async () => {
    const errors = await errorsOf([
      series([strong('cat', 'category-a')]),
      series([strong('cat', 'category-a')], 'series-2', 'post-2'),
    ]);
    expect(errors.map((line) => line.split(':')[0])).toEqual(['series-1 parts[1]', 'series-2 parts[1]']);
  });
});

describe('series parts that are legitimately not readable yet', () => {
  it.each([
    ['a published post', strong('p2', 'post-2'), { kind: 'published', postId: 'post-2' }],
    [
      'a published post through a weak reference',
      weak('p2', 'post-2'),
      { kind: 'published', postId: 'post-2' },
    ],
    [
      'a scheduled post',
      strong('p3', 'post-3'),
      { kind: 'upcoming', title: 'Coming in July', expected: '2026-07-01T09:00:00Z' },
    ],
    ['a post that exists only as a draft', weak('p4', 'post-4'), { kind: 'upcoming', title: undefined }],
  ])('shows %s as part 2', async (_, part, expected) => {
    const content = await load([series([part])]);
    expect(content.series.get('series-1')?.parts[1]).toMatchObject({ position: 2, ...expected });
  });
});
