import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openGuardedContext, recordPageProblems, SITE_HEADERS } from '../support/browser.ts';
import { type BuildResult, buildSite } from '../support/build-site.ts';
import { baseDocuments, paragraph, post, writeExport } from '../support/dataset-builder.ts';
import { type StaticServer, startStaticServer } from '../support/static-server.ts';

/*
 * A site unlike the sample: a four-part series with long titles and ledes, and a practice that
 * offers email sign-up. Its series posts must still start on the first screen, and the sign-up
 * form must work with JavaScript off.
 */
const NEWSLETTER = 'https://newsletter.example/forms/quire';
const LONG_TITLE = 'What changes when a physician starts therapy while still working full clinical weeks';
const LONG_LEDE =
  'A plain account of the first months: scheduling around call, what confidentiality means inside a hospital, how to explain the hour to colleagues, and what progress tends to look like.';

const PART_IDS = ['post-1', 'post-2', 'post-3', 'post-4'];

function documents() {
  const settings = baseDocuments().map((doc) =>
    doc._type === 'siteSettings'
      ? {
          ...doc,
          newsletterFormAction: NEWSLETTER,
          callToAction: { label: 'Book a consult', url: '/contact/' },
        }
      : doc,
  );
  const parts = PART_IDS.map((_id, index) =>
    post(index + 1, {
      title: `${LONG_TITLE} (${index + 1})`,
      excerpt: LONG_LEDE,
      body: [paragraph('The first paragraph of the article.'), paragraph('More text.', 'p2')],
    }),
  );
  const series = {
    _id: 'series-a',
    _type: 'series',
    title: 'Therapy for physicians, from the first call to the last session',
    slug: { _type: 'slug', current: 'therapy-for-physicians' },
    parts: PART_IDS.map((id, index) => ({ _type: 'reference', _ref: id, _key: `k${index}` })),
  };
  return [...settings, ...parts, series];
}

let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  build = await buildSite({
    SANITY_EXPORT: (await writeExport(documents())).folder,
    SITE_URL: 'https://quire.test',
  });
  if (build.exitCode !== 0)
    throw new Error(`[tests] The generated site did not build:\n${build.output.slice(-3000)}`);
  server = await startStaticServer(build.outDir, SITE_HEADERS);
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
