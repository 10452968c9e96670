import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentPlan, imageCache } from '../build/build-state.ts';
import { pathExists } from '../files/path-exists.ts';
import { writeAtomically } from '../files/write-atomically.ts';
import { explainDecodeFailure, MAX_SOURCE_PIXELS } from './decode-limits.ts';
import { type Derivative, imageError, messageOf } from './derivative.ts';
import { ENCODE_SETTINGS } from './formats.ts';
import { readSource } from './source.ts';

/**
 * Makes sure the derivative for `path` is in the cache, encoding it from `loadSource()` only when
 * missing; resolves to the file and whether this call encoded it. The path hashes all that shapes
 * the file (planFile), so a file present under it is the right one.
 */
export async function ensureCached(
  cacheDir: string,
  path: string,
  derivative: Derivative,
  loadSource: () => Promise<Buffer>,
) {
  const file = join(cacheDir, path);
  if (await pathExists(file)) return { file, encoded: false };
  const bytes = await encodeDerivative(await loadSource(), derivative);
  await writeAtomically(file, bytes).catch((error: unknown) => {
    const fix = 'Check that the image cache folder (QUIRE_CACHE_DIR) is writable and the disk has space.';
    throw imageError(derivative, `cached in ${file}`, messageOf(error), fix, error);
  });
  return { file, encoded: true };
}

/**
 * The byte length of the file planned at `path`, for a feed's enclosure: in a build, once the encode
 * started with the build is done; in `astro dev`, encoded into the cache now. Rejects with an
 * `[images]` error when the content plan does not list `path`.
 */
export async function encodedByteLength(path: string): Promise<number> {
  const derivative = contentPlan().images.get(path);
  if (!derivative) {
    throw new Error(
      `[images] ${path} is not in the content's image plan, so no file will be written for it. Add the size it is drawn at to src/lib/images/site-images.ts.`,
    );
  }
  const { dir, encodes } = imageCache();
  const cached = await (encodes.get(path) ??
    ensureCached(dir, path, derivative, () => readSource(derivative)));
  return (await stat(cached.file)).size;
}

const REPLACE_FIX =
  'Upload the image again in the Studio (a smaller version if it is too large), or replace the file and re-export the dataset, then run the build again.';

/**
 * Turns the source upright, cuts `rect` out of it, scales it to exactly `width`×`height` and encodes
 * it in sRGB with all metadata (EXIF, XMP, ICC) stripped. Rejects with an `[images]` error naming the
 * asset when the bytes cannot be decoded or do not match the size the dataset declares.
 */
async function encodeDerivative(source: Buffer, derivative: Derivative): Promise<Buffer> {
  const input = () => sharp(source, { limitInputPixels: MAX_SOURCE_PIXELS });
  try {
    // The rect is in the coordinates of the size the dataset declares, the size as shown
    // (Sanity's, and the export reader's since it applies orientation). Any other size means
    // the bytes are not the image the dataset describes; cutting would be wrong.
    const { autoOrient: upright } = await input().metadata();
    const { sourceWidth, sourceHeight, rect, width, height, format } = derivative;
    if (upright.width !== sourceWidth || upright.height !== sourceHeight) {
      const reason = `its file is ${upright.width}×${upright.height} (upright) but the dataset says ${sourceWidth}×${sourceHeight}`;
      const fix = 'Upload the image again in the Studio, or re-export the dataset.';
      throw imageError(derivative, 'cut', reason, fix);
    }
    return await input()
      .autoOrient()
      .extract(rect)
      // `fill` because the rect already has the output's aspect, up to rounding of one pixel.
      .resize({ width, height, fit: 'fill' })
      // Browsers assume sRGB for untagged images; the conversion uses any embedded profile.
      .toColourspace('srgb')
      .toFormat(format, ENCODE_SETTINGS[format])
      .toBuffer();
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('[images]')) throw error;
    throw imageError(derivative, 'decoded', explainDecodeFailure(error), REPLACE_FIX, error);
  }
}
