import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeAtomically } from '../files/write-atomically.ts';
import type { Derivative } from './derivative.ts';
import { type CachedFile, ensureCached, resolveImageFile } from './derivative-cache.ts';
import { imageError, messageOf } from './derivative.ts';
import { readSource } from './source.ts';

/** The file in the cache folder that holds the counts of the last run, for people and tests. */
export const STATS_FILE = 'last-build.json';

/** Where to encode into and how hard to work. */
export interface EncodeOptions {
  /** The persistent cache folder, kept between builds. */
  cacheDir: string;
  /** How many derivatives to encode at once. */
  concurrency: number;
}

/** What a run did: every derivative was either encoded now or copied from the cache. */
export interface GenerateStats {
  total: number;
  encoded: number;
  fromCache: number;
  durationMs: number;
}

/** Encodes under way: one promise per output path, each settling when its file is in the cache. */
export interface EncodeRun {
  files: ReadonlyMap<string, Promise<CachedFile>>;
  started: number;
}

/**
 * Starts making sure every derivative is in the cache, encoding only those missing from it,
 * `concurrency` at a time, and returns at once with a promise per file, so a feed can wait for
 * the one it measures. Each source is read once, only if one of its derivatives needs encoding.
 * After the first failure no further encode starts and the rest reject with that error, which
 * names the asset, the document that shows it and the fix.
 */
export function startEncoding(
  derivatives: ReadonlyMap<string, Derivative>,
  options: EncodeOptions,
): EncodeRun {
  // Grouped by source so that a source's bytes are held only while its derivatives are made.
  const jobs = [...derivatives].sort(([, a], [, b]) => a.sourceUrl.localeCompare(b.sourceUrl));
  const sources = createSourcePool(jobs.map(([, derivative]) => derivative.sourceUrl));
  const limit = createLimiter(options.concurrency);
  const files = new Map<string, Promise<CachedFile>>();
  for (const [path, derivative] of jobs) {
    const file = limit(() =>
      ensureCached(options.cacheDir, path, derivative, () => sources.get(derivative)).finally(() =>
        sources.release(derivative.sourceUrl),
      ),
    );
    // Awaited later (all at the end of the build, some by feeds); never an unhandled rejection meanwhile.
    file.catch(() => {});
    files.set(path, file);
  }
  return { files, started: performance.now() };
}

/**
 * Waits for `run`, copies every file into `outDir` (`<outDir>/_images/…`) and records the
 * counts in `<cacheDir>/last-build.json`. Rejects with the first `[images]` error.
 */
export async function finishEncoding(
  derivatives: ReadonlyMap<string, Derivative>,
  run: EncodeRun,
  options: EncodeOptions & { outDir: string },
): Promise<GenerateStats> {
  const limit = createLimiter(options.concurrency);
  let encoded = 0;
  await Promise.all(
    [...run.files].map(async ([path, pending]) => {
      const cached = await pending;
      if (cached.encoded) encoded += 1;
      const derivative = derivatives.get(path);
      if (derivative)
        await limit(() => copyOut(cached.file, resolveImageFile(options.outDir, path), derivative));
    }),
  );
  const total = run.files.size;
  const durationMs = Math.round(performance.now() - run.started);
  const stats = { total, encoded, fromCache: total - encoded, durationMs };
  await writeAtomically(join(options.cacheDir, STATS_FILE), `${JSON.stringify(stats, null, 2)}\n`);
  return stats;
}

/** Both steps at once: encodes what is missing from the cache, then writes every file out. */
export function generateDerivatives(
  derivatives: ReadonlyMap<string, Derivative>,
  options: EncodeOptions & { outDir: string },
): Promise<GenerateStats> {
  return finishEncoding(derivatives, startEncoding(derivatives, options), options);
}

async function copyOut(file: string, output: string, derivative: Derivative): Promise<void> {
  try {
    await mkdir(dirname(output), { recursive: true });
    await copyFile(file, output);
  } catch (error) {
    const fix = 'Check that the output folder is writable and the disk has space, then run the build again.';
    throw imageError(derivative, `written to ${output}`, messageOf(error), fix, error);
  }
}

/** Source bytes shared by the jobs that need them, dropped when the last of those jobs is done. */
function createSourcePool(urls: readonly string[]) {
  const pending = new Map<string, number>();
  for (const url of urls) pending.set(url, (pending.get(url) ?? 0) + 1);
  const loaded = new Map<string, Promise<Buffer>>();
  return {
    get(derivative: Derivative): Promise<Buffer> {
      const url = derivative.sourceUrl;
      let bytes = loaded.get(url);
      if (!bytes) {
        bytes = readSource(derivative);
        loaded.set(url, bytes);
      }
      return bytes;
    },
    release(url: string): void {
      const left = (pending.get(url) ?? 1) - 1;
      pending.set(url, left);
      if (left === 0) loaded.delete(url);
    },
  };
}

/*
 * Runs tasks with at most `limit` in flight, in the order they were given. sharp gives each
 * image a single libvips thread on glibc Linux (its default there, against memory
 * fragmentation), so `limit` is, in effect, the number of cores used. After the first failure
 * no further task starts; the ones waiting reject with that failure.
 */
function createLimiter(limit: number) {
  let running = 0;
  let failure: { error: unknown } | undefined;
  const waiting: (() => void)[] = [];
  const next = () => {
    if (running < limit) waiting.shift()?.();
  };
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        if (failure) {
          reject(failure.error);
          next();
          return;
        }
        running += 1;
        task()
          .then(resolve, (error: unknown) => {
            failure ??= { error };
            reject(error);
          })
          .finally(() => {
            running -= 1;
            next();
          });
      });
      next();
    });
}
