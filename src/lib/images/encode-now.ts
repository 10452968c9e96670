import { stat } from 'node:fs/promises';
import { contentPlan, imageCache } from '../build/build-state.ts';
import { ensureCached } from './derivative-cache.ts';
import { readSource } from './source.ts';

/**
 * The byte length of the file planned at `path`, as a feed's enclosure states it. In a build
 * it waits for the encode the image integration started when the build did; in `astro dev`
 * it encodes into the same cache. Rejects with an `[images]` error when the content plan
 * does not list `path`.
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
