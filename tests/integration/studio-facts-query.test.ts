import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabelFacts } from '../../sanity/lib/preview-labels';
import { postSubtitle, seriesSubtitle } from '../../sanity/lib/preview-labels';
import { STUDIO_FACTS_QUERY } from '../../sanity/queries';
import { emulatorClient, type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator';

/*
 * The GROQ every Studio label is computed from, run as the Studio runs it (raw perspective,
 * drafts included) against the query API emulator, then labelled by the previews' helpers.
 */

const part = (key: string, ref: string) => ({ _key: key, _type: 'reference', _ref: ref, _weak: true });
const DOCUMENTS = [
  { _id: 'siteSettings', _type: 'siteSettings', title: 'Test', timeZone: 'America/Denver' },
  { _id: 'post-1', _type: 'post', title: 'One', publishedAt: '2026-01-01T09:00:00Z' },
  { _id: 'post-2', _type: 'post', title: 'Two', publishedAt: '2026-02-01T09:00:00Z' },
  { _id: 'drafts.post-3', _type: 'post', title: 'Unpublished', publishedAt: '2026-03-01T09:00:00Z' },
  { _id: 'post-unlisted', _type: 'post', title: 'In no series', publishedAt: '2026-03-01T09:00:00Z' },
  // The published "Old" still lists post-2, which its newer draft has handed to "New".
  {
    _id: 'series-old',
    _type: 'series',
    title: 'Old',
    _updatedAt: '2026-05-01T00:00:00Z',
    parts: [part('a', 'post-1'), part('b', 'post-2')],
  },
  { _id: 'drafts.series-old', _type: 'series', title: 'Old', parts: [part('a', 'post-1')] },
  {
    _id: 'drafts.series-new',
    _type: 'series',
    title: 'New',
    _updatedAt: '2026-04-01T00:00:00Z',
    parts: [{ _key: 'p', _type: 'plannedPart', title: 'First' }, part('b', 'post-2'), part('c', 'post-3')],
  },
];

let emulator: SanityEmulator;
let facts: LabelFacts;
beforeAll(async () => {
  emulator = await startSanityEmulator({ documents: DOCUMENTS });
  facts = await emulatorClient(emulator, { perspective: 'raw' }).fetch<LabelFacts>(STUDIO_FACTS_QUERY);
});
afterAll(() => emulator.close());

describe('STUDIO_FACTS_QUERY', () => {
  it('returns every series version, the time zone, and only the published posts series list', () => {
    expect(facts.series.map((series) => series._id).sort()).toEqual([
      'drafts.series-new',
      'drafts.series-old',
      'series-old',
    ]);
    expect(facts.timeZone).toBe('America/Denver');
    expect(facts.posts.map((post) => post._id).sort()).toEqual(['post-1', 'post-2']);
  });

  it.each([
    ['post-1', 'Part I · January 1, 2026 · Old'],
    // Listed by "Old" published and by "New"'s draft: the drafts decide, as the editor sees them.
    ['post-2', 'Part II · February 1, 2026 · New'],
    ['post-unlisted', 'March 1, 2026'],
  ])('labels %s "%s"', (postId, expected) => {
    const post = DOCUMENTS.find((doc) => doc._id === postId) as { publishedAt: string };
    expect(postSubtitle(facts, postId, post.publishedAt)).toBe(expected);
  });

  it('counts published parts of a series from its current parts', () => {
    expect(seriesSubtitle(facts, 'ongoing', [undefined, 'post-2', 'post-3'])).toBe(
      'Ongoing · 1 published · 2 planned',
    );
  });
});
