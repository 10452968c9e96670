import type { SanityClient } from '@sanity/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriesOfPost, seriesLabelFor } from '../../sanity/lib/part-label';
import { formatSeriesSummary } from '../../sanity/lib/series-summary';
import { PUBLISHED_POST_COUNT_QUERY, SERIES_OF_POST_QUERY } from '../../sanity/queries';
import { emulatorClient, type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator';

/*
 * The GROQ behind the post and series previews, run as the previews run it (raw perspective,
 * drafts included) against the query API emulator, then formatted by the previews' helpers.
 */

const part = (key: string, ref: string) => ({ _key: key, _type: 'reference', _ref: ref, _weak: true });
const DOCUMENTS = [
  { _id: 'post-1', _type: 'post', title: 'One', publishedAt: '2026-01-01T09:00:00Z' },
  { _id: 'post-2', _type: 'post', title: 'Two', publishedAt: '2026-02-01T09:00:00Z' },
  { _id: 'post-future', _type: 'post', title: 'Later', publishedAt: '2999-01-01T09:00:00Z' },
  { _id: 'drafts.post-draft', _type: 'post', title: 'Unpublished', publishedAt: '2026-03-01T09:00:00Z' },
  {
    _id: 'series-roman',
    _type: 'series',
    title: 'Burnout, Slowly',
    status: 'ongoing',
    _updatedAt: '2026-03-01T00:00:00Z',
    parts: [
      part('a', 'post-1'),
      { _key: 'b', _type: 'plannedPart', title: 'Interlude' },
      part('c', 'post-2'),
      part('d', 'post-draft'),
      part('e', 'post-future'),
    ],
  },
  // The editor's newer draft of another series decides that series' label.
  {
    _id: 'series-arabic',
    _type: 'series',
    title: 'Old title',
    numbering: 'arabic',
    _updatedAt: '2026-01-01T00:00:00Z',
    parts: [part('a', 'post-x')],
  },
  {
    _id: 'drafts.series-arabic',
    _type: 'series',
    title: 'New title',
    numbering: 'arabic',
    _updatedAt: '2026-04-01T00:00:00Z',
    parts: [{ _key: 'p', _type: 'plannedPart', title: 'First' }, part('a', 'post-x')],
  },
];

let emulator: SanityEmulator;
let client: SanityClient;
beforeAll(async () => {
  emulator = await startSanityEmulator({ documents: DOCUMENTS });
  client = emulatorClient(emulator, { perspective: 'raw' });
});
afterAll(() => emulator.close());

describe('post preview: series label', () => {
  it.each([
    ['post-1', 'Part I · Burnout, Slowly'],
    ['post-2', 'Part III · Burnout, Slowly'],
    ['post-x', 'Part 2 · New title'],
    ['post-elsewhere', undefined],
  ])('%s → %s', async (post, label) => {
    const series = await client.fetch<SeriesOfPost | null>(SERIES_OF_POST_QUERY, { post });
    expect(seriesLabelFor(series, post)).toBe(label);
  });
});

describe('series preview: published and planned parts', () => {
  it('counts only published posts whose date has come; the rest of the parts are planned', async () => {
    const ids = ['post-1', 'post-2', 'post-draft', 'post-future'];
    const published = await client.fetch<number>(PUBLISHED_POST_COUNT_QUERY, { ids });
    expect(formatSeriesSummary('ongoing', 5, published)).toBe('Ongoing · 2 published · 3 planned');
  });
});
