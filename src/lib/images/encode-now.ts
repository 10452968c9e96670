import { stat } from 'node:fs/promises';
import { ensureCached } from './derivative-cache.ts';
import { findDerivative } from './registry.ts';
import { readSource } from './source.ts';

/*
 * Why a global and not a module variable: the integration runs from the copy of this module
 * loaded with astro.config.mjs, pages and endpoints from the Vite bundle's copy (see
 * registry.ts). `Symbol.for` names the same key from both.
 */
const CACHE_DIR_KEY: unique symbol = Symbol.for('quire.images.cacheDir');

type CacheDirHolder = { [CACHE_DIR_KEY]?: string };

/** Records the cache folder `astro:build:done` reads, so files encoded early land where it looks. */
export function shareImageCacheDir(cacheDir: string): void {
  (globalThis as CacheDirHolder)[CACHE_DIR_KEY] = cacheDir;
}

// One encode per path even when several feeds ask for the same hero at once.
const inFlight = new Map<string, Promise<number>>();

/**
 * Encodes the derivative planned at `path` (by `imagePath`) now, into the cache that
 * `astro:build:done` copies from, and resolves to the byte length of the file it will
 * serve. A file already cached is measured, not encoded again. Rejects with an `[images]`
 * error when `path` was not planned or the image integration has not shared its cache.
 */
export function encodedByteLength(path: string): Promise<number> {
  let length = inFlight.get(path);
  if (!length) {
    length = measure(path).finally(() => inFlight.delete(path));
    inFlight.set(path, length);
  }
  return length;
}

async function measure(path: string): Promise<number> {
  const derivative = findDerivative(path);
  if (!derivative) {
    throw new Error(
      `[images] ${path} was not planned, so it has no file to measure. Plan it with imagePath() first.`,
    );
  }
  const cacheDir = (globalThis as CacheDirHolder)[CACHE_DIR_KEY];
  if (!cacheDir) {
    throw new Error(
      `[images] The image cache folder is unknown, so ${path} cannot be encoded before the build ends. ` +
        'Add quireImages() to astro.config.mjs; its astro:config:setup hook must call shareImageCacheDir().',
    );
  }
  const cached = await ensureCached(cacheDir, path, derivative, () => readSource(derivative));
  return (await stat(cached.file)).size;
}
