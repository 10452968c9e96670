import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../support/standin-store.ts';
import { useStudio } from './studio-app.ts';
import { expectDeskItem, SETTLE_MS, seriesBanner } from './studio-pages.ts';

/*
 * The desk lists label posts and series from the shared facts: a post by its part and date, a
 * series by how many parts are out. Facts come from the sample content (sanity/seed/), where
 * `series-coaching-vs-therapy` lists two published posts and one planned part.
 */

const studio = useStudio();

const SERIES_ID = 'series-coaching-vs-therapy';
const SERIES_TITLE = 'How coaching and psychotherapy differ';
const PART_TWO = 'post-coaching-vs-therapy-part-2';

describe('the desk lists', () => {
  it.each([
    {
      list: '/structure/post',
      items: [
        {
          id: PART_TWO,
          title: 'Training, licensure, and the rules of the room',
          subtitle: `Part II · June 9, 2026 · ${SERIES_TITLE}`,
        },
        {
          id: 'post-moral-injury',
          title: 'Moral injury is not a resilience problem',
          subtitle: 'August 18, 2026',
        },
      ],
    },
    {
      list: '/structure/series',
      items: [{ id: SERIES_ID, title: SERIES_TITLE, subtitle: 'Ongoing · 2 published · 1 planned' }],
    },
  ])('$list labels each item by its facts', async ({ list, items }) => {
    await studio.withStudio(studio.seed(), list, async ({ page, screenshot }) => {
      for (const { id, title, subtitle } of items) await expectDeskItem(page, id, title, subtitle);
      if (list === '/structure/post') await screenshot('desk');
    });
  });
});

/**
 * The editor has moved Part II from the sample series into a new one, in drafts: the new series'
 * draft lists it first, the sample series' draft no longer lists it, and the sample series'
 * published version, which still does, changed most recently.
 */
function movedToAnotherSeries(seed: StoredDocument[]): StoredDocument[] {
  const series = seed.find((doc) => doc._id === SERIES_ID) as StoredDocument & { parts: { _ref?: string }[] };
  const reference = (ref: string, key: string) => ({ _type: 'reference', _key: key, _ref: ref, _weak: true });
  const other = {
    _id: 'series-regulation',
    _type: 'series',
    title: 'Regulation, plainly',
    slug: { _type: 'slug', current: 'regulation' },
    status: 'ongoing',
    parts: [reference('post-moral-injury', 'm1')],
    _updatedAt: '2026-11-01T10:00:00Z',
  };
  const otherDraft = {
    ...other,
    _id: 'drafts.series-regulation',
    parts: [reference(PART_TWO, 'p2'), ...other.parts],
  };
  const seriesDraft = {
    ...series,
    _id: `drafts.${SERIES_ID}`,
    parts: series.parts.filter((part) => part._ref !== PART_TWO),
    _updatedAt: '2026-11-02T10:00:00Z',
  };
  const touchedLast = { ...series, _updatedAt: '2026-11-20T10:00:00Z' };
  return [...seed.filter((doc) => doc._id !== SERIES_ID), touchedLast, seriesDraft, other, otherDraft];
}

describe('a post moved between series in drafts', () => {
  it('is labelled, in the list and in its form, by the draft that now lists it', async () => {
    const documents = movedToAnotherSeries(studio.seed());
    await studio.withStudio(documents, `/structure/post;${PART_TWO}`, async ({ page }) => {
      const title = 'Training, licensure, and the rules of the room';
      await expectDeskItem(page, PART_TWO, title, 'Part I · June 9, 2026 · Regulation, plainly');
      await expect.poll(() => seriesBanner(page).count(), { timeout: SETTLE_MS }).toBe(1);
      const banner = await seriesBanner(page).textContent();
      expect(banner).toContain('Part I of II in Regulation, plainly');
      expect(banner).toContain("Only in the series' unpublished changes");
    });
  });
});
