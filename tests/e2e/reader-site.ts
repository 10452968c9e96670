import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, openGuardedContext, recordPageProblems, SITE_HEADERS } from '../support/browser.ts';
import { getSampleSite } from '../support/sample-site.ts';
import { type StaticServer, startStaticServer } from '../support/static-server.ts';

export interface PageOptions {
  /** Viewport width in CSS pixels; 1280 unless given. */
  width?: number;
  /** Viewport height in CSS pixels; 800 unless given. */
  height?: number;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
}

export interface ReaderSite {
  /** `http://127.0.0.1:<port>` of the running server. */
  origin(): string;
  /**
   * Opens a fresh browser context on the site, runs `use`, then fails the test if the page tried
   * to reach another origin, threw, logged an error (a CSP violation, say) or lost a subresource.
   */
  withPage<T>(options: PageOptions, use: (page: Page) => Promise<T>): Promise<T>;
}

/**
 * Registers hooks that serve the built sample site on 127.0.0.1, with {@link SITE_HEADERS}, and start
 * Debian's Chromium for the calling test file; both stop after its last test.
 */
export function useReaderSite(): ReaderSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const site = await getSampleSite();
    server = await startStaticServer(site.outDir, SITE_HEADERS);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const running = () => {
    if (!server || !browser) throw new Error('[e2e] The site is not running: its beforeAll hook failed.');
    return { server, browser };
  };
  return {
    origin: () => running().server.origin,
    async withPage(options, use) {
      const { server, browser } = running();
      const width = options.width ?? 1280;
      const { context, blocked } = await openGuardedContext(browser, server.origin, {
        viewport: { width, height: options.height ?? 800 },
        javaScriptEnabled: options.javaScriptEnabled,
      });
      try {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
        const problems = recordPageProblems(page, server.origin);
        const result = await use(page);
        expect(blocked, 'requests to origins other than the site').toEqual([]);
        expect(problems, 'errors while the page ran').toEqual([]);
        return result;
      } finally {
        await context.close();
      }
    },
  };
}
