import { describe, expect, it } from 'vitest';
import { useStudio } from './studio-app.ts';
import { SETTLE_MS } from './studio-pages.ts';

/*
 * A Studio built with no SANITY_STUDIO_PROJECT_ID (a fresh clone, `npm run studio` before the
 * .env is written) says what to set and where, and asks no Sanity server anything.
 */

const studio = useStudio('withoutProject');

describe('the Studio without a project id', () => {
  it('shows the set-up screen naming the variable and the file', async () => {
    await studio.withStudio([], '/', async ({ page, standin, screenshot }) => {
      const screen = page.getByTestId('missing-project');
      await screen.waitFor({ timeout: SETTLE_MS });
      const text = await screen.textContent();
      expect(text).toContain('Connect this Studio to your Sanity project');
      expect(text).toContain('Set SANITY_STUDIO_PROJECT_ID in the .env file at the root of the repository');
      expect(text).toContain('SANITY_STUDIO_PROJECT_ID=abc123xy');
      expect(await page.locator('body').textContent()).not.toContain("Couldn't reach the Sanity servers");
      await screenshot('setup');
      // Only the Studio's web font is fetched from sanity.io; no API request reaches any project.
      const asked = standin.requests.map((request) => `${request.host}${request.path}`);
      expect(asked.filter((request) => !request.endsWith('.woff2'))).toEqual([]);
    });
  });
});
