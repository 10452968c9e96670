import { spawn } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { watchPeakMemory } from './process-tree.ts';

/** What one timed build did. */
export interface BuildRun {
  seconds: number;
  /** Peak resident memory of the build's whole process tree, in bytes. */
  peakBytes: number;
}

/** Where and how to run a build. */
export interface BuildCommand {
  /** What the error names if the build fails: "Quire, 1000 posts, cold". */
  label: string;
  cwd: string;
  /** Arguments after `node` (e.g. the astro binary, `build`, `--outDir`, …). */
  args: string[];
  env: Record<string, string>;
  /** Every build's output is appended here, so a failure can be read in full. */
  logFile: string;
}

/**
 * Runs one build with the Node running this script, timing it from spawn to exit and sampling
 * its process tree's memory. Rejects naming the build and the log when it exits non-zero.
 */
export async function runBuild(command: BuildCommand): Promise<BuildRun> {
  await appendFile(command.logFile, `\n===== ${command.label} =====\n`);
  const started = performance.now();
  const child = spawn(process.execPath, command.args, {
    cwd: command.cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? command.cwd,
      ASTRO_TELEMETRY_DISABLED: '1',
      DO_NOT_TRACK: '1',
      ...command.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchPeakMemory(child.pid ?? 0);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  const peakBytes = await memory.stop();
  await appendFile(command.logFile, Buffer.concat(chunks));
  if (exitCode !== 0) {
    throw new Error(
      `[bench] The build "${command.label}" exited with code ${exitCode}. Its output is in ${command.logFile}; fix the cause and run the benchmark again.`,
    );
  }
  return { seconds, peakBytes };
}
