import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Git-ignored; look at these after changing the site's design or the Studio. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * Screenshots are for a person to look at, so they are taken only when `QUIRE_SCREENSHOTS=1`
 * (`QUIRE_SCREENSHOTS=1 npx vitest run tests/e2e/screenshots.test.ts`): a full-page shot is
 * about 40 % of that file's time, and a CI run has nobody to look at it. The checks made on the
 * same pages (width, themes, what the Studio shows) run either way.
 */
export const SAVE_SCREENSHOTS = process.env.QUIRE_SCREENSHOTS === '1';

/** Saves `page` as `<SCREENSHOT_DIR>/<name>.png` when {@link SAVE_SCREENSHOTS}; else does nothing. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  if (!SAVE_SCREENSHOTS) return;
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage });
}
