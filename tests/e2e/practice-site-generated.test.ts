import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openGuardedContext, recordPageProblems, SITE_HEADERS } from '../support/browser.ts';
import { getFixtureSite, NEWSLETTER } from '../support/fixture-site.ts';
import { type StaticServer, startStaticServer } from '../support/static-server.ts';

/*
 * A site unlike the sample, the fixture site (tests/support/fixture-site.ts): a four-part series
 * with long titles and ledes, and a practice that offers email sign-up. Its series posts must
 * still start on the first screen, and the sign-up form must work with JavaScript off.
 */

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer((await getFixtureSite()).outDir, SITE_HEADERS);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a four-part series with long titles', () => {
  it.each([
    { width: 1280, height: 800, screens: 1 },
    { width: 390, height: 844, screens: 1.2 },
  ])('starts every part within $screens screen(s) at $width×$height', async ({ width, height, screens }) => {
    const { context, blocked } = await openGuardedContext(browser, server.origin, {
      viewport: { width, height },
    });
    try {
      const page = await context.newPage();
      for (const n of [1, 2, 3, 4]) {
        await page.goto(`${server.origin}/posts/post-${n}/`);
        expect(await page.locator('.post-series').textContent()).toMatch(
          /Part\s+[IV]+\s+of\s+IV\s+in Therapy/,
        );
        const top = await page
          .locator('article .prose > p')
          .first()
          .evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
        expect(top, `part ${n}`).toBeLessThan(height * screens);
      }
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('email sign-up', () => {
  it('is offered on /subscribe/ and at the end of posts, and posts the address without JavaScript', async () => {
    const { context, blocked } = await openGuardedContext(browser, server.origin, {
      javaScriptEnabled: false,
    });
    const received: string[] = [];
    // The newsletter service, answered here: nothing leaves the machine.
    await context.route(`${NEWSLETTER}**`, async (route) => {
      received.push(`${route.request().method()} ${route.request().postData() ?? ''}`);
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Thanks</p>' });
    });
    try {
      const page = await context.newPage();
      const problems = recordPageProblems(page, server.origin);
      await page.goto(`${server.origin}/posts/post-2/`);
      expect(await page.locator('aside.post-closing').textContent()).toContain('by email or by feed');
      await page.goto(`${server.origin}/subscribe/`);
      await page.getByLabel('Your email address').fill('reader@example.org');
      await Promise.all([
        page.waitForURL(`${NEWSLETTER}**`),
        page.getByRole('button', { name: 'Sign up' }).click(),
      ]);
      expect(received).toEqual(['POST email=reader%40example.org&_gotcha=']);
      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
