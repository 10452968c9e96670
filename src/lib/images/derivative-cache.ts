import { join } from 'node:path';
import { pathExists } from '../files/path-exists.ts';
import { writeAtomically } from '../files/write-atomically.ts';
import type { Derivative } from './derivative.ts';
import { encodeDerivative } from './encode.ts';
import { imageError, messageOf } from './image-error.ts';

/** The file for image `path` (`/_images/…`) under `folder`: the cache, or the site's output. */
export function resolveImageFile(folder: string, path: string): string {
  return join(folder, ...path.split('/').filter(Boolean));
}

/** A derivative's file in the cache, and whether this call encoded it. */
export interface CachedFile {
  file: string;
  encoded: boolean;
}

/**
 * Makes sure the derivative for `path` is in the cache, encoding it from `loadSource()` only
 * when it is missing. The output path hashes everything that shapes the file (asset id, rect,
 * size, format, encoder settings), so a file present under that name is the right file.
 */
export async function ensureCached(
  cacheDir: string,
  path: string,
  derivative: Derivative,
  loadSource: () => Promise<Buffer>,
): Promise<CachedFile> {
  const file = resolveImageFile(cacheDir, path);
  if (await pathExists(file)) return { file, encoded: false };
  const bytes = await encodeDerivative(await loadSource(), derivative);
  await writeAtomically(file, bytes).catch((error: unknown) => {
    const fix = 'Check that the image cache folder (QUIRE_CACHE_DIR) is writable and the disk has space.';
    throw imageError(derivative, `cached in ${file}`, messageOf(error), fix, error);
  });
  return { file, encoded: true };
}
