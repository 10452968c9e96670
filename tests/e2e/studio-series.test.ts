import { describe, expect, it } from 'vitest';
import { useStudio } from './studio-app.ts';
import { movePartUp, SETTLE_MS, seriesBanner, seriesParts, storedDocument } from './studio-pages.ts';

/*
 * The series form: parts numbered from the order being edited, and a planned part turned into
 * its post in place. The sample series lists Part I, Part II, then the planned part.
 */

const studio = useStudio();

const SERIES = '/structure/series;series-coaching-vs-therapy';
const DRAFT_SERIES = 'drafts.series-coaching-vs-therapy';
const PART_ONE = 'Coaching and therapy start from different questions';
const PART_TWO = 'Training, licensure, and the rules of the room';
const PLANNED = 'Choosing, switching, and doing both';
const PLANNED_KEY = '3e76a55b86ae';

type Parts = Array<{ _key: string; _type: string; _ref?: string; _weak?: boolean }>;

describe('the series form', () => {
  it('renumbers every part as soon as one is dragged to a new place', async () => {
    await studio.withStudio(studio.seed(), SERIES, async ({ page, standin, screenshot }) => {
      await expect
        .poll(() => seriesParts(page), { timeout: SETTLE_MS })
        .toEqual([`Part I · ${PART_ONE}`, `Part II · ${PART_TWO}`, `Part III · ${PLANNED}`]);
      await movePartUp(page, 1);
      await expect
        .poll(() => seriesParts(page), { timeout: SETTLE_MS })
        .toEqual([`Part I · ${PART_TWO}`, `Part II · ${PART_ONE}`, `Part III · ${PLANNED}`]);
      // The new order is the draft's: what the editor will publish.
      const draft = await storedDocument(standin, DRAFT_SERIES);
      // Without the drag handle's focus ring and tooltip, the shot shows the list as it reads.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await screenshot('series-form');
      expect((draft.parts as Parts).map((part) => part._ref ?? part._type)).toEqual([
        'post-coaching-vs-therapy-part-2',
        'post-coaching-vs-therapy-part-1',
        'plannedPart',
      ]);
    });
  });

  it('"Write this part" creates the post with the planned title, in the planned part\'s place', async () => {
    await studio.withStudio(studio.seed(), SERIES, async ({ page, standin }) => {
      await page.getByTestId('field-parts').scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Write this part' }).click();
      const draft = await storedDocument(standin, DRAFT_SERIES, (doc) =>
        (doc.parts as Parts).some((part) => part._key === PLANNED_KEY && part._type === 'reference'),
      );
      const part = (draft.parts as Parts).find((each) => each._key === PLANNED_KEY);
      expect(part).toMatchObject({ _type: 'reference', _weak: true });
      const post = await storedDocument(standin, `drafts.${part?._ref}`);
      expect(post).toMatchObject({
        _type: 'post',
        title: PLANNED,
        slug: { current: 'choosing-switching-and-doing-both' },
        author: { _ref: 'author-jordan-reyes' },
      });
      expect((draft.parts as Parts).length, 'the planned part is replaced, not added to').toBe(3);
      // The new post opens, already placed.
      await expect
        .poll(() => seriesBanner(page).textContent(), { timeout: SETTLE_MS })
        .toContain('Part III of III in How coaching and psychotherapy differ');
    });
  });
});
