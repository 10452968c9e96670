import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations } from '../support/browser.ts';
import { useReaderSite } from './reader-site.ts';
import { SEARCH_WORD, SERIES } from './sample-content.ts';

const site = useReaderSite();

/** Pages whose content is indexed: posts, series and standalone pages (DESIGN.md URLs). */
const INDEXED_PATH = /^\/(posts\/[^/]+\/|series\/[^/]+\/|about\/)$/;

function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: /search/i });
}

/** The result links once the status line has answered, in order. */
async function resultLinks(page: Page): Promise<string[]> {
  await page
    .locator('#search-status')
    .filter({ hasText: /result/i })
    .waitFor();
  return page
    .locator('#search-results li a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('search', () => {
  it('finds a post by a word from it, as the reader types', async () => {
    await site.withPage({}, async (page) => {
      await page.goto(`${site.origin()}/search/`);
      await searchBox(page).fill(SEARCH_WORD);
      await page.locator(`#search-results a[href="${SERIES.partTwo.path}"]`).waitFor();
      expect(await resultLinks(page)).toContain(SERIES.partTwo.path);
      expect(await page.locator(`#search-results a[href="${SERIES.partTwo.path}"]`).textContent()).toBe(
        SERIES.partTwo.title,
      );
      expect(await page.locator('#search-results mark').first().textContent()).toMatch(
        new RegExp(SEARCH_WORD, 'i'),
      );
      expect(new URL(page.url()).searchParams.get('q')).toBe(SEARCH_WORD);
      expect(await findAxeViolations(page)).toEqual([]);
    });
  });

  it('runs the search in a shared ?q= link', async () => {
    await site.withPage({}, async (page) => {
      await page.goto(`${site.origin()}/search/?q=${SEARCH_WORD}`);
      expect(await searchBox(page).inputValue()).toBe(SEARCH_WORD);
      expect(await resultLinks(page)).toContain(SERIES.partTwo.path);
    });
  });

  it('indexes only posts, series and pages, not listings', async () => {
    await site.withPage({}, async (page) => {
      await page.goto(`${site.origin()}/search/?q=coaching`);
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(1);
      expect(links.filter((link) => !INDEXED_PATH.test(link))).toEqual([]);
    });
  });

  it('says so when nothing matches', async () => {
    await site.withPage({}, async (page) => {
      await page.goto(`${site.origin()}/search/`);
      await searchBox(page).fill('zyxwvutsrq');
      await searchBox(page).press('Enter');
      expect(await resultLinks(page)).toEqual([]);
      expect(await page.locator('#search-status').textContent()).toMatch(/no results for “zyxwvutsrq”/i);
    });
  });

  it('explains without JavaScript that search needs it, and points to the archive', async () => {
    await site.withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${site.origin()}/search/`);
      const notice = page.getByText(/needs JavaScript/i);
      expect(await notice.isVisible()).toBe(true);
      expect(await page.locator('noscript a[href="/archive/"]').count()).toBe(1);
    });
  });

  it('hides the no-JavaScript notice when JavaScript runs', async () => {
    await site.withPage({}, async (page) => {
      await page.goto(`${site.origin()}/search/`);
      expect(await page.getByText(/needs JavaScript/i).isVisible()).toBe(false);
    });
  });
});
