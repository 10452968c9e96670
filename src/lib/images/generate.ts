import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../files/write-atomically.ts';
import { type Derivative, imageError, messageOf } from './derivative.ts';
import { ensureCached } from './derivative-cache.ts';
import { readSource } from './source.ts';

/** The file in the cache folder that holds the counts of the last run, for people and tests. */
export const STATS_FILE = 'last-build.json';

/** Encodes under way: one promise per output path, each settling when its file is in the cache. */
export type EncodeRun = ReturnType<typeof startEncoding>;

/**
 * Starts encoding, `concurrency` at a time, every derivative missing from `cacheDir` (kept between
 * builds); returns at once with a promise per file, so a feed can wait for the one it measures.
 * Each source is read once, only if needed. After the first failure no further encode starts and
 * the rest reject with that error, which names the asset, the document that shows it and the fix.
 */
export function startEncoding(
  derivatives: ReadonlyMap<string, Derivative>,
  options: { cacheDir: string; concurrency: number },
) {
  const limit = createLimiter(options.concurrency);
  const files = new Map<string, ReturnType<typeof ensureCached>>();
  // Queued source by source: a source's bytes are held only by the jobs of its derivatives, so
  // they are freed once the last of those is done.
  for (const group of Map.groupBy(derivatives, ([, derivative]) => derivative.sourceUrl).values()) {
    let source: Promise<Buffer> | undefined;
    for (const [path, derivative] of group) {
      const loadSource = () => (source ??= readSource(derivative));
      const file = limit(() => ensureCached(options.cacheDir, path, derivative, loadSource));
      // Awaited later (all at the end of the build, some by feeds); never an unhandled rejection meanwhile.
      file.catch(() => {});
      files.set(path, file);
    }
  }
  return { derivatives, options, files, started: performance.now() };
}

/**
 * Waits for `run`, copies every file into `outDir` (`<outDir>/_images/…`) and records what the
 * run did in `<cacheDir>/last-build.json`: every derivative was either encoded now or found in
 * the cache. Rejects with the first `[images]` error.
 */
export async function finishEncoding(run: EncodeRun, outDir: string) {
  const limit = createLimiter(run.options.concurrency);
  let encoded = 0;
  await Promise.all(
    [...run.files].map(async ([path, pending]) => {
      const cached = await pending;
      if (cached.encoded) encoded += 1;
      const derivative = run.derivatives.get(path);
      if (derivative) await limit(() => copyOut(cached.file, join(outDir, path), derivative));
    }),
  );
  const total = run.files.size;
  const durationMs = Math.round(performance.now() - run.started);
  const stats = { total, encoded, fromCache: total - encoded, durationMs };
  await writeAtomically(join(run.options.cacheDir, STATS_FILE), `${JSON.stringify(stats, null, 2)}\n`);
  return stats;
}

// cp makes the folders on the way.
async function copyOut(file: string, output: string, derivative: Derivative): Promise<void> {
  await cp(file, output).catch((error: unknown) => {
    const fix = 'Check that the output folder is writable and the disk has space, then run the build again.';
    throw imageError(derivative, `written to ${output}`, messageOf(error), fix, error);
  });
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
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < limit) running += 1;
    else await new Promise<void>((start) => waiting.push(start));
    try {
      if (failure) throw failure.error;
      return await task();
    } catch (error) {
      failure ??= { error };
      throw error;
    } finally {
      // A finished task hands its slot straight to the next in line, so `running` never overshoots.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
