import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAVE_SCREENSHOTS, saveScreenshot } from '../support/screenshots.ts';
import { useReaderSite } from './reader-site.ts';
import { SERIES } from './sample-content.ts';

const site = useReaderSite();

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'post', path: SERIES.partOne.path },
  { name: 'post-part-two', path: SERIES.partTwo.path },
  { name: 'series', path: SERIES.path },
  { name: 'subscribe', path: '/subscribe/' },
  { name: 'about', path: '/about/' },
];
const WIDTHS = [390, 1280];

const SHOTS = PAGES.flatMap((page) => WIDTHS.map((width) => ({ ...page, width })));

/**
 * Waits for the web fonts, which set the text's width, and for the colour transitions a theme
 * switch starts on links and buttons, so nothing is caught halfway between the themes. For a
 * saved shot, also loads and decodes every image, lazy ones too, so a full-page shot shows the
 * page as a reader who scrolled sees it; the checks need none of that (images have their size
 * in the markup).
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  if (!SAVE_SCREENSHOTS) return;
  await page.evaluate(() => {
    for (const image of document.images) image.loading = 'eager';
  });
  // `complete` alone is briefly true when the browser swaps one srcset candidate for another.
  await page.waitForFunction(() =>
    Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0),
  );
  // decoding="async" images can still be undecoded when the shot is taken; decode() waits for them.
  await page.evaluate(() => Promise.all(Array.from(document.images, (image) => image.decode())));
}

/** Elements that stick out past the right edge of the viewport, named by tag and class. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 8)
      .map(
        (element) =>
          `${element.localName}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`,
      );
  });
}

/** The page's base colours, wherever the stylesheet sets them (on `html` or on `body`). */
function themeColors(): string {
  const html = getComputedStyle(document.documentElement);
  const body = getComputedStyle(document.body);
  return [html.backgroundColor, body.backgroundColor, body.color].join(' / ');
}

// Saved to test-results/screenshots/ with QUIRE_SCREENSHOTS=1 (tests/support/screenshots.ts).
describe('each page at a phone and a desktop width, in both themes', () => {
  it.each(SHOTS)(
    '$name at $width px, light and dark: fits the width, and the themes differ',
    async (shot) => {
      await site.withPage({ width: shot.width, colorScheme: 'light' }, async (page) => {
        await page.goto(site.origin() + shot.path);
        const themes: string[] = [];
        // One load serves both themes: the stylesheet follows prefers-color-scheme live.
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await settle(page);
          await saveScreenshot(page, `${shot.name}-${shot.width}-${colorScheme}`, { fullPage: true });
          expect(await overflowing(page), `nothing wider than ${shot.width} px`).toEqual([]);
          themes.push(await page.evaluate(themeColors));
        }
        expect(themes[0], 'the dark theme has its own colours').not.toBe(themes[1]);
      });
    },
  );
});
