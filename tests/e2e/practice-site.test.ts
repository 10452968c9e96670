import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFeed } from '../support/feed-reader.ts';
import { getSampleSite } from '../support/sample-site.ts';
import { useReaderSite } from './reader-site.ts';
import { SEARCH_WORD, SERIES } from './sample-content.ts';

/*
 * The sample site read as a client or a physician would (issue 9): a series post starts with
 * the article, every post ends with a next step, the pager offers a post once, search reads
 * well and holds still, and every way to follow the site works.
 */
const site = useReaderSite();

/** The sample's call to action and author, from sanity/seed/data.ndjson (`siteSettings`, `author-jordan-reyes`). */
const CTA = 'Book a free 20-minute consultation';
const AUTHOR = 'Jordan Reyes';

let postPaths: string[];
beforeAll(async () => {
  const { outDir } = await getSampleSite();
  postPaths = (await readdir(join(outDir, 'posts'))).map((slug) => `/posts/${slug}/`);
});

/** How far down the page, in CSS pixels, the article's first paragraph starts. */
function firstParagraphTop(page: Page): Promise<number> {
  return page
    .locator('article .prose > p')
    .first()
    .evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
}

const VIEWPORTS = [
  { name: 'a 1280×800 desktop', width: 1280, height: 800, screens: 1 },
  { name: 'a 390×844 phone', width: 390, height: 844, screens: 1.2 },
];

describe('a series post', () => {
  it.each(
    VIEWPORTS.flatMap((viewport) =>
      (['light', 'dark'] as const).map((colorScheme) => ({ ...viewport, colorScheme })),
    ),
  )(
    'starts its article within $screens screen(s) on $name ($colorScheme)',
    async ({ width, height, screens, colorScheme }) => {
      await site.withPage({ width, height, colorScheme }, async (page) => {
        await page.goto(site.origin() + SERIES.partTwo.path);
        expect(await firstParagraphTop(page)).toBeLessThan(height * screens);
        // The series is named once near the title; its full list of parts follows the article.
        const label = page.locator('.post-series');
        expect(await label.textContent()).toMatch(
          /Part\s+II\s+of\s+III\s+in\s+How coaching and psychotherapy differ/,
        );
        const [articleEnd, partsTop] = await Promise.all([
          page.locator('article .prose').evaluate((prose) => prose.getBoundingClientRect().bottom),
          page.locator('nav.series-nav').evaluate((nav) => nav.getBoundingClientRect().top),
        ]);
        expect(partsTop).toBeGreaterThan(articleEnd);
      });
    },
  );
});

describe('the end of every post', () => {
  it('has the author, the call to action, an invitation to write and a way to follow', async () => {
    for (const path of postPaths) {
      await site.withPage({}, async (page) => {
        await page.goto(site.origin() + path);
        const closing = page.locator('aside.post-closing');
        expect(await closing.count(), path).toBe(1);
        expect(await closing.getByRole('link', { name: AUTHOR }).getAttribute('href')).toBe('/about/');
        expect(await closing.getByRole('link', { name: CTA }).getAttribute('href')).toBe('/contact/');
        expect(await closing.getByRole('link', { name: 'Write to me' }).getAttribute('href')).toBe(
          '/contact/',
        );
        expect(await closing.getByRole('link', { name: /^Follow/ }).getAttribute('href')).toMatch(
          /^\/subscribe\//,
        );
      });
    }
  });

  it('never offers the same post twice in its pagers', async () => {
    for (const path of postPaths) {
      await site.withPage({}, async (page) => {
        await page.goto(site.origin() + path);
        const targets = await page
          .locator('.pager a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(targets.length, `${path} has a pager`).toBeGreaterThan(0);
        expect(new Set(targets).size, `${path}: ${targets.join(', ')}`).toBe(targets.length);
      });
    }
  });
});

describe('search', () => {
  it('does not move anything when results appear (CLS 0, from the Layout Instability API)', async () => {
    await site.withPage({ width: 390, height: 844 }, async (page) => {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { quireShifts: number[] }).quireShifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // A shared ?q= link: results arrive with no input from the reader, so every shift counts.
      await page.goto(`${site.origin()}/search/?q=coaching`);
      await page.locator('#search-results li').first().waitFor();
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { quireShifts: number[] }).quireShifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
    });
  });

  it('shows article text in snippets, with the date and part as metadata, never a byline or credit', async () => {
    await site.withPage({}, async (page) => {
      await page.goto(`${site.origin()}/search/?q=${SEARCH_WORD}`);
      const result = page.locator(`#search-results li:has(a[href="${SERIES.partTwo.path}"])`);
      await result.waitFor();
      const meta = await result.locator('.search-result-meta').textContent();
      expect(meta).toMatch(/^Part II of III · How coaching and psychotherapy differ · \w+ \d{1,2}, \d{4}$/);
      const snippets = await page.locator('#search-results li p:last-child').allTextContents();
      expect(snippets.length).toBeGreaterThan(0);
      for (const snippet of snippets) {
        expect(snippet).not.toMatch(/Published|min read|LCSW|Illustration:|Filed under|Part [IVX]+ of/);
      }
    });
  });
});

describe('/subscribe/', () => {
  it('lists every feed, each of which parses as RSS, and no email form when none is configured', async () => {
    const feeds = await site.withPage({}, async (page) => {
      await page.goto(`${site.origin()}/subscribe/`);
      expect(await page.locator('form').count()).toBe(0);
      return page
        .locator('dl.feeds a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    });
    expect(feeds).toEqual(expect.arrayContaining(['/rss.xml', `${SERIES.path}rss.xml`]));
    expect(feeds.filter((href) => href.startsWith('/categories/')).length).toBeGreaterThan(0);
    for (const href of feeds) {
      const response = await fetch(site.origin() + href);
      expect(response.status, href).toBe(200);
      expect(readFeed(await response.text()).items?.length, href).toBeGreaterThan(0);
    }
  });
});
