import { describe, expect, it } from 'vitest';
import { AXE_TAGS, findAxeViolations } from '../support/browser.ts';
import { useReaderSite } from './reader-site.ts';
import { PAGE_TYPES } from './sample-content.ts';

const site = useReaderSite();

/**
 * Light on a desktop width and dark on a phone width: contrast depends on the theme and target
 * sizes and reflow on the width, so the two runs between them cover both without doubling up.
 */
const VIEWS = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 390 },
] as const;

describe.each(VIEWS)(`axe-core (${AXE_TAGS.join(', ')}), $colorScheme theme at $width px`, (view) => {
  it.each(PAGE_TYPES)('$name ($path) has no violations', async ({ path, status }) => {
    await site.withPage(view, async (page) => {
      const response = await page.goto(site.origin() + path);
      expect(response?.status(), `HTTP status of ${path}`).toBe(status);
      expect(await findAxeViolations(page)).toEqual([]);
    });
  });
});
