import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useReaderSite } from './reader-site.ts';
import { PART_TWO_CHRONOLOGY, SERIES } from './sample-content.ts';

const site = useReaderSite();

interface PartItem {
  tag: string;
  text: string;
  hrefs: string[];
  current: boolean;
}

/** The series nav's parts as a reader's tools see them: one entry per child of its `<ol>`. */
async function readSeriesNav(page: Page): Promise<{ navs: number; currentMarks: number; parts: PartItem[] }> {
  const navs = page.locator(`nav[aria-label="Series: ${SERIES.title}"]`);
  const count = await navs.count();
  if (count === 0) return { navs: 0, currentMarks: 0, parts: [] };
  return {
    navs: count,
    ...(await navs.first().evaluate((nav) => {
      const list = nav.querySelector('ol');
      const parts = Array.from(list?.children ?? [], (item) => ({
        tag: item.localName,
        text: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
        hrefs: Array.from(item.querySelectorAll('a'), (link) => link.getAttribute('href') ?? ''),
        current:
          item.getAttribute('aria-current') === 'page' ||
          item.querySelector('[aria-current="page"]') !== null,
      }));
      return { currentMarks: nav.querySelectorAll('[aria-current="page"]').length, parts };
    })),
  };
}

/** DESIGN.md "Markup that tools and people can read", for the sample series with `current` open. */
async function expectSeriesMarkup(page: Page, current: 0 | 1): Promise<void> {
  const { navs, currentMarks, parts } = await readSeriesNav(page);
  expect(navs, `one <nav aria-label="Series: ${SERIES.title}">`).toBe(1);
  expect(
    parts.map((part) => part.tag),
    'an <ol> with one <li> per part',
  ).toEqual(['li', 'li', 'li']);
  expect(currentMarks, 'exactly one aria-current="page" in the series nav').toBe(1);
  expect(
    parts.map((part) => part.current),
    'aria-current="page" on the current part',
  ).toEqual([0, 1, 2].map((index) => index === current));
  const own = current === 0 ? SERIES.partOne.path : SERIES.partTwo.path;
  const other = current === 0 ? SERIES.partTwo.path : SERIES.partOne.path;
  expect(parts[1 - current]?.hrefs, 'the other published part is a link to it').toEqual([other]);
  expect(
    parts[current]?.hrefs.every((href) => href === own),
    'the current part links nowhere else',
  ).toBe(true);
  const planned = parts[2];
  expect(planned?.hrefs, 'the planned part is not a link').toEqual([]);
  expect(planned?.text).toMatch(/coming soon/i);
  expect(planned?.text).toContain(SERIES.planned.title);
  expect(planned?.text, 'the planned part shows its expected date').toContain(SERIES.planned.expectedYear);
  // No \b at either end: textContent runs blocks together ("…artPart I of IIICoaching…").
  const label = current === 0 ? /Part I of III/ : /Part II of III/;
  expect(normalize(await page.locator('main').textContent())).toMatch(label);
}

/** A link to `href` whose accessible name matches `name`, or that says so with `rel`. */
function linkTo(page: Page, href: string, name: RegExp, rel: string): Locator {
  return page
    .getByRole('link', { name })
    .and(page.locator(`a[href="${href}"]`))
    .or(page.locator(`a[href="${href}"][rel~="${rel}"]`));
}

async function follow(page: Page, link: Locator, what: string, path: string): Promise<void> {
  expect(await link.count(), `${page.url()} should have ${what} (a link to ${path})`).toBeGreaterThan(0);
  await Promise.all([page.waitForURL(site.origin() + path), link.first().click()]);
}

async function heading(page: Page): Promise<string> {
  return normalize(await page.locator('h1').textContent());
}

function normalize(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('a reader following a series', () => {
  it('goes home → Part I → Part II → the series page → Part I, with the series markup on each part', async () => {
    await site.withPage({}, async (page) => {
      const home = await page.goto(`${site.origin()}/`);
      expect(home?.status()).toBe(200);

      await follow(
        page,
        page.locator(`a[href="${SERIES.partOne.path}"]`),
        'a link to Part I',
        SERIES.partOne.path,
      );
      expect(await heading(page)).toBe(SERIES.partOne.title);
      await expectSeriesMarkup(page, 0);

      const next = linkTo(page, SERIES.partTwo.path, /next/i, 'next');
      await follow(page, next, 'a series "next" link', SERIES.partTwo.path);
      expect(await heading(page)).toBe(SERIES.partTwo.title);
      await expectSeriesMarkup(page, 1);
      const previous = linkTo(page, SERIES.partOne.path, /prev/i, 'prev');
      expect(await previous.count(), 'Part II has a series "previous" link to Part I').toBeGreaterThan(0);

      await follow(page, page.locator(`main a[href="${SERIES.path}"]`), 'a link to its series', SERIES.path);
      expect(await heading(page)).toBe(SERIES.title);

      const start = page.getByRole('link', { name: /start at part i\b/i });
      await follow(page, start, 'a "Start at Part I" link', SERIES.partOne.path);
      expect(await heading(page)).toBe(SERIES.partOne.title);
    });
  });

  it('keeps chronological previous/next apart from the series on Part II', async () => {
    await site.withPage({}, async (page) => {
      await page.goto(site.origin() + SERIES.partTwo.path);
      for (const neighbour of [PART_TWO_CHRONOLOGY.previous, PART_TWO_CHRONOLOGY.next]) {
        expect(
          await page.locator(`a[href="${neighbour}"]`).count(),
          `a link to ${neighbour}`,
        ).toBeGreaterThan(0);
      }
    });
  });

  it('lists every part on the series page, the planned one as "coming soon" without a link', async () => {
    await site.withPage({}, async (page) => {
      await page.goto(site.origin() + SERIES.path);
      const main = page.locator('main');
      for (const part of [SERIES.partOne, SERIES.partTwo]) {
        expect(
          await main.locator(`a[href="${part.path}"]`).count(),
          `a link to ${part.path}`,
        ).toBeGreaterThan(0);
      }
      const text = normalize(await main.textContent());
      expect(text).toContain(SERIES.planned.title);
      expect(text).toMatch(/coming soon/i);
      expect(await main.getByRole('link', { name: SERIES.planned.title }).count()).toBe(0);
    });
  });
});
