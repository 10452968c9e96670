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
   * Gives the stand-in `documents`, opens `path` on the Studio and runs `use`; then fails the test
   * if the page threw or asked the stand-in for anything it does not answer (a Studio upgrade
   * calling a new endpoint, say). The Studio is loaded afresh unless the file's last test passed
   * and started from equal `documents`: then the stand-in puts those back (the Studio hears it as
   * another editor's changes) and the Studio's own router moves to `path`, as a link would.
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
  /** The documents (as JSON) a passing last test started from, while its Studio can be reused. */
  reusableFor?: string;
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

/**
 * Moves the open Studio to `path` through its router (the `history` library's browser history,
 * which follows `popstate`), as an in-app link does: no reload, the Studio's state carries over.
 * Resolves after the next two frames: by then, in every run looked at, React had swapped the last
 * page's panes for the new path's, so a test's first click does not land on the last test's form.
 */
async function routeStudio(page: Page, path: string): Promise<void> {
  await page.evaluate(async (to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
    for (const _frame of [1, 2]) await new Promise((painted) => requestAnimationFrame(painted));
  }, path);
}

/**
 * Gives the stand-in `documents` and shows `path`. A Studio the last test left open on equal
 * documents stays: it stays on that test's page while the stand-in puts the documents back, so
 * the forms and lists on screen hear it as another editor's changes, then moves to `path`. Any
 * other Studio is left for about:blank and `path` loaded afresh. (A form reopened on a document
 * put back while no form showed it once kept its old value: a test that passes alone but fails
 * after another on the same documents should be given documents of its own.)
 */
async function openStudio(running: Running, documents: StoredDocument[], path: string): Promise<void> {
  const { standin, server, tab } = running;
  const reuse = running.reusableFor === JSON.stringify(documents);
  // Set again once the test passes: a failure left on screen must not become the next test's.
  running.reusableFor = undefined;
  // Either way, what the last test's Studio sent lands before the documents change under it.
  if (!reuse) await tab.page.goto('about:blank');
  await standin.settle();
  if (reuse) {
    standin.store.restore(documents);
    // The restore's events are in the browser before the Studio is asked to move.
    await standin.settle();
  } else standin.store.reset(documents);
  standin.requests.length = 0;
  tab.errors.length = 0;
  if (reuse) await routeStudio(tab.page, path);
  else await tab.page.goto(server.origin + path);
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
      const running = get();
      const { standin, tab } = running;
      const { page, errors } = tab;
      await openStudio(running, documents, path);
      const screenshot = (name: string) => saveScreenshot(page, `studio-${name}`);
      const result = await use({ page, standin, screenshot });
      expect(errors, 'uncaught errors in the Studio').toEqual([]);
      expect(unhandledRequests(standin), 'requests the stand-in does not answer').toEqual([]);
      running.reusableFor = JSON.stringify(documents);
      return result;
    },
  };
}
