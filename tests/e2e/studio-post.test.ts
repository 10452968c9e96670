import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useStudio } from './studio-app.ts';
import { runMenuAction, SETTLE_MS, seriesBanner, storedDocument } from './studio-pages.ts';

/*
 * A post's series, seen and extended from the post's side. In the sample content Part II of the
 * three-part series `series-coaching-vs-therapy` is `post-coaching-vs-therapy-part-2`.
 */

const studio = useStudio();

const SERIES_ID = 'series-coaching-vs-therapy';
const SERIES_TITLE = 'How coaching and psychotherapy differ';

type Parts = Array<{ _key: string; _type: string; _ref?: string; _weak?: boolean }>;

describe('the post form', () => {
  it('says which series lists the post, as which part, with a link to the series', async () => {
    await studio.withStudio(
      studio.seed(),
      '/structure/post;post-coaching-vs-therapy-part-2',
      async (session) => {
        const { page, screenshot } = session;
        await expect
          .poll(() => seriesBanner(page).textContent(), { timeout: SETTLE_MS })
          .toBe(`Part II of III in ${SERIES_TITLE}New part in this series`);
        await page.getByTestId('field-title').locator('input').waitFor();
        await screenshot('post-form');
        await seriesBanner(page).getByRole('link', { name: SERIES_TITLE }).click();
        await expect.poll(() => page.url(), { timeout: SETTLE_MS }).toContain(`;${SERIES_ID}`);
      },
    );
  });
});

/** The two places "New part in this series" is offered, and how to reach it. */
const NEW_PART_FROM = [
  {
    from: "the post's series banner",
    path: '/structure/post;post-coaching-vs-therapy-part-1',
    click: (page: Page) =>
      seriesBanner(page).getByRole('button', { name: 'New part in this series' }).click(),
  },
  {
    from: "the series' document actions",
    path: `/structure/series;${SERIES_ID}`,
    click: (page: Page) => runMenuAction(page, 'New part in this series'),
  },
];

describe('"New part in this series"', () => {
  it.each(NEW_PART_FROM)('from $from creates a draft post and lists it last', async ({ path, click }) => {
    await studio.withStudio(studio.seed(), path, async ({ page, standin }) => {
      await click(page);
      const series = await storedDocument(
        standin,
        `drafts.${SERIES_ID}`,
        (doc) => (doc.parts as Parts).length === 4,
      );
      const added = (series.parts as Parts)[3];
      expect(added).toMatchObject({ _type: 'reference', _weak: true });
      const post = await storedDocument(standin, `drafts.${added?._ref}`);
      expect(post).toMatchObject({ _type: 'post', author: { _ref: 'author-jordan-reyes' } });
      expect(post.publishedAt, 'dated when published, not when created').toBeUndefined();
      // The new post opens, already placed.
      await expect
        .poll(() => seriesBanner(page).textContent(), { timeout: SETTLE_MS })
        .toContain(`Part IV of IV in ${SERIES_TITLE}`);
    });
  });
});
