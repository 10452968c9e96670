import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { saveScreenshot } from '../support/screenshots.ts';
import type { StoredDocument } from '../support/standin-store.ts';
import type { StaticServer } from '../support/static-server.ts';
import {
  launchStudioBrowser,
  openStudioPage,
  type StudioBuilds,
  serveStudio,
  TEST_PROJECT_ID,
  unhandledRequests,
} from '../support/studio-browser.ts';
import { loadSeedFixture, type StudioFixture } from '../support/studio-fixture.ts';
import { type StudioStandin, startStudioStandin } from '../support/studio-standin.ts';

/** One signed-in page on the Studio, and the stand-in it talks to. */
export interface StudioSession {
  page: Page;
  standin: StudioStandin;
  /** With QUIRE_SCREENSHOTS=1, saves the viewport as test-results/screenshots/studio-<name>.png. */
  screenshot(name: string): Promise<void>;
}

/** A test file's handle on the running Studio. */
export interface StudioApp {
  /** Fresh copies of the sample content as stored after `npm run seed`, for a test to adjust. */
  seed(): StoredDocument[];
  /**
   * Resets the stand-in to `documents`, opens `path` on the Studio in a fresh signed-in page and
   * runs `use`; then fails the test if the page threw or asked the stand-in for anything it does
   * not answer (a Studio upgrade calling a new endpoint, say).
   */
  withStudio<T>(
    documents: StoredDocument[],
    path: string,
    use: (session: StudioSession) => Promise<T>,
  ): Promise<T>;
}

interface Running {
  fixture: StudioFixture;
  standin: StudioStandin;
  server: StaticServer;
  browser: Browser;
  /** One page for the whole file: reopening the Studio in it reuses the cached bundle. */
  tab: Awaited<ReturnType<typeof openStudioPage>>;
}

async function start(build: keyof StudioBuilds): Promise<Running> {
  const built = inject('quireStudios')?.[build];
  if (!built)
    throw new Error('[studio-e2e] No Studio build: run these tests through the vitest "studio" project.');
  if ('error' in built) throw new Error(built.error);
  const fixture = await loadSeedFixture(TEST_PROJECT_ID);
  const standin = await startStudioStandin({
    projectId: TEST_PROJECT_ID,
    documents: [],
    images: fixture.images,
  });
  const server = await serveStudio(built.dir);
  const browser = await launchStudioBrowser(standin.port);
  return { fixture, standin, server, browser, tab: await openStudioPage(browser) };
}

async function stop(running: Running | undefined): Promise<void> {
  await running?.tab.close();
  await running?.browser.close();
  await running?.server.close();
  await running?.standin.close();
}

/**
 * Registers hooks that serve the built Studio (`withProject` unless told), start the stand-in
 * and Debian's Chromium for the calling test file; all stop after its last test.
 */
export function useStudio(build: keyof StudioBuilds = 'withProject'): StudioApp {
  let running: Running | undefined;
  beforeAll(async () => {
    running = await start(build);
  });
  afterAll(() => stop(running));
  const get = () => {
    if (!running) throw new Error('[studio-e2e] The Studio is not running: its beforeAll hook failed.');
    return running;
  };
  return {
    seed: () => structuredClone(get().fixture.documents),
    async withStudio(documents, path, use) {
      const { standin, server, tab } = get();
      const { page, errors } = tab;
      // Leave the last test's Studio first, so nothing it still sends lands in this test's data.
      await page.goto('about:blank');
      await standin.settle();
      standin.store.reset(documents);
      standin.requests.length = 0;
      errors.length = 0;
      await page.goto(server.origin + path);
      const screenshot = (name: string) => saveScreenshot(page, `studio-${name}`);
      const result = await use({ page, standin, screenshot });
      expect(errors, 'uncaught errors in the Studio').toEqual([]);
      expect(unhandledRequests(standin), 'requests the stand-in does not answer').toEqual([]);
      return result;
    },
  };
}
