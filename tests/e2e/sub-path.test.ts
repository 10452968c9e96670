import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openGuardedContext, recordPageProblems, SITE_HEADERS } from '../support/browser.ts';
import { type BuildResult, buildSite } from '../support/build-site.ts';
import { getSampleSite } from '../support/sample-site.ts';
import { type StaticServer, startStaticServer } from '../support/static-server.ts';
import { SEARCH_WORD, SERIES } from './sample-content.ts';

/*
 * The sample site built for https://quire.example/blog/ (without the trailing slash, as people
 * type it) and served under /blog/ the way GitHub Pages serves a project site, with the headers
 * of public/_headers. Nothing may be requested outside /blog/, and every URL a crawler or feed
 * reader sees must carry it.
 */
const SITE = 'https://quire.example/blog/';
const BASE = '/blog/';

let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // Over the sample build's cache, as CI keeps it: its images are encoded once, for both builds.
  const { cacheDir } = await getSampleSite();
  build = await buildSite({ SITE_URL: SITE.slice(0, -1) }, { cacheFrom: cacheDir });
  if (build.exitCode !== 0) throw new Error(`[tests] The /blog/ build failed:\n${build.output.slice(-3000)}`);
  server = await startStaticServer(build.outDir, SITE_HEADERS, { base: BASE });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` in a fresh guarded context, runs `use`, then fails on any problem the page had. */
async function visit<T>(path: string, use: (page: Page) => Promise<T>): Promise<T> {
  const { context, blocked } = await openGuardedContext(browser, server.origin);
  try {
    const page = await context.newPage();
    const problems = recordPageProblems(page, server.origin);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const result = await use(page);
    expect(blocked, `requests to other origins from ${path}`).toEqual([]);
    expect(problems, `problems on ${path} (CSP violations, failed loads)`).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/** Every URL the page references: links, stylesheets, icons, feeds, scripts, images and srcset candidates. */
function listUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls: string[] = [];
    for (const element of document.querySelectorAll('a[href], link[href]')) {
      urls.push((element as HTMLAnchorElement | HTMLLinkElement).href);
    }
    for (const element of document.querySelectorAll('img[src], script[src]')) {
      urls.push((element as HTMLImageElement | HTMLScriptElement).src);
    }
    for (const element of document.querySelectorAll('[srcset]')) {
      const srcset = element.getAttribute('srcset') ?? '';
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) urls.push(new URL(url, document.baseURI).href);
      }
    }
    return urls;
  });
}

describe('the site built for a sub-path (SITE_URL=https://quire.example/blog)', () => {
  it('loads every page and every file it links to, all under /blog/, with no CSP violation', async () => {
    const pages = new Set([BASE, `${BASE}no-such-page/`]);
    const files = new Set<string>();
    const wrongBase: string[] = [];
    for (const path of pages) {
      const urls = await visit(path, listUrls);
      for (const raw of urls) {
        const url = new URL(raw);
        const local = url.origin === server.origin;
        if (local || url.origin === new URL(SITE).origin) {
          if (!url.pathname.startsWith(BASE)) wrongBase.push(`${raw} on ${path}`);
        }
        if (!local) continue;
        if (url.pathname.endsWith('/')) pages.add(url.pathname);
        else files.add(url.pathname);
      }
    }
    expect(wrongBase).toEqual([]);
    // Every page type is reached by following links from the home page.
    expect([...pages]).toEqual(
      expect.arrayContaining(
        ['', 'posts/', 'series/', 'categories/', 'archive/', 'about/', 'contact/', 'search/'].map((type) =>
          expect.stringMatching(new RegExp(`^${BASE}${type}`)),
        ),
      ),
    );
    const failed: string[] = [];
    for (const path of files) {
      const response = await fetch(`${server.origin}${path}`);
      if (response.status !== 200) failed.push(`${response.status} ${path}`);
    }
    expect(failed).toEqual([]);
    expect([...files].filter((path) => path.includes('/_images/')).length).toBeGreaterThan(20);
    expect(server.outside).toEqual([]);
  });

  it('searches, and a result leads to the post under /blog/', async () => {
    await visit(`${BASE}search/?q=${SEARCH_WORD}`, async (page) => {
      const result = page.locator(`#search-results a[href="${BASE}${SERIES.partTwo.path.slice(1)}"]`);
      await result.waitFor();
      await result.click();
      await page.waitForURL(`**${BASE}posts/**`);
      expect(new URL(page.url()).pathname).toBe(`${BASE}${SERIES.partTwo.path.slice(1)}`);
    });
    expect(server.outside).toEqual([]);
  });

  it('opens a feed in the browser with its stylesheet', async () => {
    await visit(`${BASE}rss.xml`, async (page) => {
      await expect.poll(() => page.locator('h1').count()).toBe(1);
    });
    expect(server.outside).toEqual([]);
  });

  it('puts /blog/ in every absolute URL of feeds, sitemap, robots.txt, canonical links and JSON-LD', async () => {
    const texts = await Promise.all(
      ['rss.xml', `series${SERIES.path.slice('/series'.length)}rss.xml`, 'sitemap-index.xml', 'sitemap-0.xml']
        .concat(['robots.txt', 'index.html', `${SERIES.partTwo.path.slice(1)}index.html`])
        .map((file) => build.read(file)),
    );
    const absolute = texts.flatMap((text) => text.match(/https:\/\/quire\.example[^"'<\s]*/g) ?? []);
    expect(absolute.length).toBeGreaterThan(30);
    expect(absolute.filter((url) => !url.startsWith(SITE))).toEqual([]);
    const post = texts.at(-1) ?? '';
    expect(post).toContain(`<link rel="canonical" href="${SITE}${SERIES.partTwo.path.slice(1)}">`);
    expect(post).toContain(`"url":"${SITE}${SERIES.partTwo.path.slice(1)}"`);
  });
});
