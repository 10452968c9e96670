import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { type StaticServer, startStaticServer } from './static-server.ts';
import type { StudioStandin } from './studio-standin.ts';

/*
 * The built Studio in Chromium, talking to the stand-in: a static server with the Studio's
 * index.html as fallback for its client-side routes, Chromium told that *.sanity.io is the
 * stand-in, and a token in localStorage so the Studio skips its login screen.
 */

const STUDIO_DIR = fileURLToPath(new URL('../../sanity/', import.meta.url));

/** The project id the test Studio is built with; its token key and hostnames depend on it. */
export const TEST_PROJECT_ID = 'quiretest';

/** A built Studio's folder, or why it did not build. */
export type StudioBuild = { dir: string } | { error: string };

/** The two Studios the browser tests drive: one for {@link TEST_PROJECT_ID}, one with no project id. */
export interface StudioBuilds {
  withProject: StudioBuild;
  withoutProject: StudioBuild;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/support/studio-builds.setup.ts when vitest runs it as a globalSetup. */
    quireStudios?: StudioBuilds;
  }
}

/**
 * Builds the Studio into `outDir` with `projectId` (empty: none, the placeholder) and no other
 * SANITY_STUDIO_* setting from the environment or .env. Rejects with the CLI's output on failure.
 */
export function buildStudio(outDir: string, projectId: string): Promise<void> {
  const env = {
    ...process.env,
    SANITY_STUDIO_PROJECT_ID: projectId,
    SANITY_STUDIO_DATASET: 'production',
    SANITY_STUDIO_SITE_URL: 'https://blog.example.test/',
    SANITY_TELEMETRY_DISABLED: '1',
    // vitest sets NODE_ENV=test, which would build a development Studio (with the Vision tool).
    NODE_ENV: 'production',
    DO_NOT_TRACK: '1',
  };
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['sanity', 'build', outDir, '--yes'], { cwd: STUDIO_DIR, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`[studio-e2e] sanity build ${outDir} failed:\n${output}`)),
    );
  });
}

/**
 * Serves a built Studio from `dir` on loopback. Its files may be cached for the run: a page that
 * opens the Studio again then reuses the parsed bundle, which is most of a load's time.
 */
export function serveStudio(dir: string): Promise<StaticServer> {
  return startStaticServer(dir, { 'cache-control': 'max-age=3600' }, { fallback: 'index.html' });
}

/**
 * Chromium that resolves every *.sanity.io host to the stand-in and accepts its certificate. Every
 * other name fails to resolve, so nothing the Studio asks for can leave the machine.
 */
export function launchStudioBrowser(standinPort: number): Promise<Browser> {
  return launchBrowser({
    extraArgs: [
      `--host-resolver-rules=MAP *.sanity.io 127.0.0.1:${standinPort}, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
      '--ignore-certificate-errors',
    ],
  });
}

/**
 * A page signed in to `projectId` with a test token (any token: the stand-in trusts every
 * request), opened at `url` unless it is omitted. Uncaught page errors are collected in `errors`.
 */
export async function openStudioPage(
  browser: Browser,
  url?: string,
  projectId = TEST_PROJECT_ID,
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'UTC' });
  await context.addInitScript(
    ([key, value]) => window.localStorage.setItem(key as string, value as string),
    [`__studio_auth_token_${projectId}`, JSON.stringify({ token: 'standin-token' })],
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  if (url) await page.goto(url);
  return { page, errors, close: () => context.close() };
}

/** Whether the stand-in was asked for something it does not emulate; the paths, for a failure message. */
export function unhandledRequests(standin: StudioStandin): string[] {
  return standin.requests.filter((request) => !request.handled).map((r) => `${r.method} ${r.host}${r.path}`);
}
