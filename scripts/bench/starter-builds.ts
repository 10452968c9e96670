import { spawn } from 'node:child_process';
import { access, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuildRun, runBuild } from './run-build.ts';

/** The Markdown starter project: its folder and the log its builds append to. */
export interface StarterSetup {
  label: string;
  folder: string;
  logFile: string;
}

/** The starter's output folder. */
export const starterDistOf = (setup: StarterSetup): string => join(setup.folder, 'dist');

/**
 * Installs the starter's pinned dependencies (from its committed lock file, which `--no-save`
 * leaves as it is) unless they are already there. Not `npm ci`: it refuses the lock file when
 * the registry lacks an optional dependency for another platform (Vite's Windows-only
 * `napi-windows-process-start-time` is missing from some mirrors), which `npm install`
 * skips. Rejects, naming the folder, when npm fails.
 */
export async function installStarter(folder: string): Promise<void> {
  const installed = await access(join(folder, 'node_modules', 'astro', 'package.json')).then(
    () => true,
    () => false,
  );
  if (installed) return;
  console.log(`[bench] Installing the Markdown starter's dependencies in ${folder} (once)…`);
  const child = spawn('npm', ['install', '--no-save', '--no-audit', '--no-fund'], {
    cwd: folder,
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) {
    throw new Error(
      `[bench] npm install failed in ${folder} (exit code ${code}). Check network access to the npm registry, or run it there by hand.`,
    );
  }
}

function build(setup: StarterSetup, what: string): Promise<BuildRun> {
  return runBuild({
    label: `starter, ${setup.label}, ${what}`,
    cwd: setup.folder,
    args: [join(setup.folder, 'node_modules/astro/bin/astro.mjs'), 'build'],
    env: {},
    logFile: setup.logFile,
  });
}

/** A build with no output and no cache (Astro's content store and optimised images both live in node_modules/.astro). */
export async function starterColdBuild(setup: StarterSetup): Promise<BuildRun> {
  await rm(join(setup.folder, 'node_modules', '.astro'), { recursive: true, force: true });
  await rm(starterDistOf(setup), { recursive: true, force: true });
  return build(setup, 'cold');
}

/** A build of unchanged posts over the previous build's cache and output. */
export function starterWarmBuild(setup: StarterSetup): Promise<BuildRun> {
  return build(setup, 'warm');
}
