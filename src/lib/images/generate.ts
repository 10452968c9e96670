import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeAtomically } from '../files/write-atomically.ts';
import { ensureCached, resolveImageFile } from './derivative-cache.ts';
import { imageError, messageOf } from './image-error.ts';
import type { Derivative } from './registry.ts';
import { readSource } from './source.ts';

/** The file in the cache folder that holds the counts of the last run, for people and tests. */
export const STATS_FILE = 'last-build.json';

/** Where to write and how hard to work. */
export interface GenerateOptions {
  /** The site's output folder; files land at `<outDir>/_images/…`. */
  outDir: string;
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

/**
 * Writes every derivative into `outDir`, encoding only those missing from the cache, and
 * records the counts in `<cacheDir>/last-build.json`. Each source is read once, only if one of
 * its derivatives needs encoding. Rejects with the first `[images]` error, which names the
 * asset, the document that shows it and the fix.
 */
export async function generateDerivatives(
  derivatives: ReadonlyMap<string, Derivative>,
  options: GenerateOptions,
): Promise<GenerateStats> {
  const started = performance.now();
  // Grouped by source so that a source's bytes are held only while its derivatives are made.
  const jobs = [...derivatives].sort(([, a], [, b]) => a.sourceUrl.localeCompare(b.sourceUrl));
  const sources = createSourcePool(jobs.map(([, derivative]) => derivative.sourceUrl));
  let encoded = 0;
  await forEachLimited(jobs, options.concurrency, async ([path, derivative]) => {
    try {
      const cached = await ensureCached(options.cacheDir, path, derivative, () => sources.get(derivative));
      if (cached.encoded) encoded += 1;
      await copyOut(cached.file, resolveImageFile(options.outDir, path), derivative);
    } finally {
      sources.release(derivative.sourceUrl);
    }
  });
  const stats = {
    total: jobs.length,
    encoded,
    fromCache: jobs.length - encoded,
    durationMs: Math.round(performance.now() - started),
  };
  await writeAtomically(join(options.cacheDir, STATS_FILE), `${JSON.stringify(stats, null, 2)}\n`);
  return stats;
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
 * Runs `work` over `items` with at most `limit` in flight. sharp gives each image a single
 * libvips thread on glibc Linux (its default there, against memory fragmentation), so
 * `limit` is, in effect, the number of cores used. Stops taking items after the first failure.
 */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
