import { spawn } from 'node:child_process';
import { glob, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildResult {
  exitCode: number | null;
  /** stdout and stderr interleaved, as an operator would read them. */
  output: string;
  outDir: string;
  /** Paths of the HTML files written, relative to `outDir`, sorted. */
  pages: string[];
  read(path: string): Promise<string>;
}

/**
 * Runs a real `astro build` of this project in a child process with the given environment,
 * into a fresh output and cache folder, so builds never share state with each other or with
 * the developer's own `dist/`. Never rejects on a failed build: inspect `exitCode`.
 */
export async function buildSite(env: Record<string, string>): Promise<BuildResult> {
  const work = await mkdtemp(join(tmpdir(), 'quire-build-'));
  const outDir = join(work, 'dist');
  const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? work,
      ASTRO_TELEMETRY_DISABLED: '1',
      DO_NOT_TRACK: '1',
      QUIRE_CACHE_DIR: join(work, 'cache'),
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  const pages: string[] = [];
  for await (const file of glob('**/*.html', { cwd: outDir })) pages.push(file);
  return {
    exitCode,
    output,
    outDir,
    pages: pages.map((page) => relative('.', page)).sort(),
    read: (path) => readFile(join(outDir, path), 'utf8'),
  };
}
