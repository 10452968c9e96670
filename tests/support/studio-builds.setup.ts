import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildStudio, type StudioBuild, type StudioBuilds, TEST_PROJECT_ID } from './studio-browser.ts';

const BUILDS_DIR = fileURLToPath(new URL('../../node_modules/.cache/quire-studio-e2e/', import.meta.url));

async function tryBuild(name: string, projectId: string): Promise<StudioBuild> {
  const dir = `${BUILDS_DIR}${name}`;
  try {
    await buildStudio(dir, projectId);
    return { dir };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * vitest globalSetup for the Studio's browser tests: builds the Studio twice, for the test
 * project and with no project id (the set-up screen), side by side, and removes both after the
 * run. A failed build does not abort the run: the files that need it fail with its output.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [withProject, withoutProject] = await Promise.all([
    tryBuild(TEST_PROJECT_ID, TEST_PROJECT_ID),
    tryBuild('no-project', ''),
  ]);
  const builds: StudioBuilds = { withProject, withoutProject };
  project.provide('quireStudios', builds);
  return () => rm(BUILDS_DIR, { recursive: true, force: true });
}
