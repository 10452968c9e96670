import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { glob, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildStudio, type StudioBuild, type StudioBuilds, TEST_PROJECT_ID } from './studio-browser.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILDS_DIR = join(ROOT, 'node_modules', '.cache', 'quire-studio-e2e');

/**
 * Everything a Studio build is made from: every file of the Studio, the site helpers it imports,
 * the lockfile. A build is reused only while these are unchanged, so a reused build still proves
 * the Studio builds: `npm test` relies on these builds for that (it runs no `npm run studio:build`).
 */
const INPUTS = ['sanity/**/*', 'src/lib/**/*.ts', 'package-lock.json', 'tests/support/studio-browser.ts'];
// Not read by a build: its sample content, its outputs, its installed packages (the lockfile is).
const NOT_INPUTS = ['seed', 'dist', 'node_modules', '.sanity'].map((folder) => `sanity/${folder}`);

/** A hash of every input file's path and bytes: the same key means the same Studio bundle. */
async function inputsKey(): Promise<string> {
  const paths: string[] = [];
  for await (const entry of glob(INPUTS, { cwd: ROOT, exclude: NOT_INPUTS, withFileTypes: true })) {
    if (entry.isFile()) paths.push(relative(ROOT, join(entry.parentPath, entry.name)));
  }
  const hash = createHash('sha256');
  for (const path of paths.sort()) hash.update(`${path}\0`).update(await readFile(join(ROOT, path)));
  return hash.digest('hex').slice(0, 16);
}

// Built beside its final place and renamed, so an interrupted build is never taken for a cached one.
async function buildOnce(dir: string, projectId: string): Promise<StudioBuild> {
  if (existsSync(join(dir, 'index.html'))) return { dir };
  const partial = `${dir}.partial-${process.pid}`;
  try {
    await buildStudio(partial, projectId);
    await rename(partial, dir);
    return { dir };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * vitest globalSetup for the Studio's browser tests: builds the Studio twice, for the test
 * project and with no project id (the set-up screen), side by side. Builds are kept under a key
 * of their inputs, so a run after changing only tests reuses them; older keys are removed. A
 * failed build does not abort the run: the files that need it fail with its output.
 */
export default async function setup(project: TestProject): Promise<void> {
  const key = await inputsKey();
  const current = join(BUILDS_DIR, key);
  const [withProject, withoutProject] = await Promise.all([
    buildOnce(join(current, TEST_PROJECT_ID), TEST_PROJECT_ID),
    buildOnce(join(current, 'no-project'), ''),
  ]);
  const builds: StudioBuilds = { withProject, withoutProject };
  project.provide('quireStudios', builds);
  for (const old of await readdir(BUILDS_DIR).catch(() => []))
    if (old !== key) await rm(join(BUILDS_DIR, old), { recursive: true, force: true });
}
