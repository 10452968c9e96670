import { spawn } from 'node:child_process';
import { cp, glob, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig } from '../../src/lib/config.ts';
import { removeAfterFile } from './temp-dirs.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const BUILDS_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'quire-test-builds');

const UNSET_BY_DEFAULT = [
  'SITE_URL',
  'SANITY_PROJECT_ID',
  'SANITY_DATASET',
  'SANITY_API_READ_TOKEN',
  'SANITY_API_HOST',
  'SANITY_TIMEOUT_MS',
  'SANITY_MAX_RETRIES',
  'SANITY_EXPORT',
  'QUIRE_ALLOW_EMPTY_SITE',
  'QUIRE_ALLOW_SHRINK',
];

/** A build's output folder, read. */
export interface BuiltOutput {
  outDir: string;
  /** Paths of the HTML files written, relative to `outDir`, sorted. */
  pages: string[];
  /** A file of the output as text, by its path relative to `outDir`. */
  read(path: string): Promise<string>;
}

export interface BuildResult extends BuiltOutput {
  exitCode: number | null;
  /** stdout and stderr interleaved, as an operator would read them. */
  output: string;
  /** The build's cache folder (QUIRE_CACHE_DIR): encoded images, unpacked exports, the shrink record. */
  cacheDir: string;
}

/** Lists the pages in `outDir` (none if it does not exist) and reads its files on demand. */
export async function readOutput(outDir: string): Promise<BuiltOutput> {
  const pages: string[] = [];
  for await (const file of glob('**/*.html', { cwd: outDir })) pages.push(file);
  return {
    outDir,
    pages: pages.map((page) => relative('.', page)).sort(),
    read: (path) => readFile(join(outDir, path), 'utf8'),
  };
}

/** Paths, relative to `dir`, of the files under it whose bytes contain `text`. */
export async function findFilesContaining(dir: string, text: string): Promise<string[]> {
  const found: string[] = [];
  for await (const entry of glob('**/*', { cwd: dir, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await readFile(path)).includes(text)) found.push(relative(dir, path));
  }
  return found.sort();
}

/**
 * Runs a real `astro build` of this project in a child process with the given environment,
 * into a fresh output and cache folder, so builds never share state with each other or with
 * the developer's own `dist/`. `options.outDir` builds into a given folder instead (a test of
 * what happens to an existing output); `options.cacheFrom` starts the cache as a copy of another
 * build's, a warm build as CI's kept QUIRE_CACHE_DIR makes it; `options.imagesFrom` copies only
 * another build's encoded images ({@link copyEncodedImages}). Never rejects on a failed build:
 * inspect `exitCode`.
 */
export async function buildSite(
  env: Record<string, string>,
  options: { outDir?: string; cacheFrom?: string; imagesFrom?: string } = {},
): Promise<BuildResult> {
  const work = await createBuildFolder();
  const outDir = options.outDir ?? join(work, 'dist');
  const cacheDir = env.QUIRE_CACHE_DIR || join(work, 'cache');
  if (options.cacheFrom) await cp(options.cacheFrom, cacheDir, { recursive: true });
  if (options.imagesFrom) await copyEncodedImages(options.imagesFrom, cacheDir);
  const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? work,
      ASTRO_TELEMETRY_DISABLED: '1',
      DO_NOT_TRACK: '1',
      QUIRE_CACHE_DIR: cacheDir,
      // Set but empty, so a developer's .env (which never overrides a set variable) cannot
      // point a test build at a real Sanity project.
      ...Object.fromEntries(UNSET_BY_DEFAULT.map((name) => [name, ''])),
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  return { exitCode, output, cacheDir, ...(await readOutput(outDir)) };
}

/**
 * A new folder for a build's output or cache, removed once the calling test file is done
 * (tests/support/temp-dirs.setup.ts). Inside the project on purpose: for an outDir outside the
 * working directory Astro puts its prerender chunks in <cwd>/.astro/.prerender/, which builds
 * running side by side would share. A globalSetup's builds are its own to remove.
 */
export async function createBuildFolder(): Promise<string> {
  await mkdir(BUILDS_DIR, { recursive: true });
  const folder = await mkdtemp(join(BUILDS_DIR, 'build-'));
  removeAfterFile(folder);
  return folder;
}

/**
 * Starts the cache folder `to` with the image cache of cache folder `from`, and nothing else of
 * it: pages, content and the search index are still built afresh. Encoding is most of a cold
 * build's CPU time (about 6 of 10 s for the sample), and a test of what a build writes need not
 * pay for it again; the file names hash everything that shapes each file.
 */
export async function copyEncodedImages(from: string, to: string): Promise<void> {
  const imageCache = (cacheDir: string) => readConfig({ QUIRE_CACHE_DIR: cacheDir }).imageCacheDir;
  await cp(imageCache(from), imageCache(to), { recursive: true });
}
