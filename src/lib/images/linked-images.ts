import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { IMAGES_PATH } from './plan.ts';

// What a derivative's URL path looks like after the base: /_images/<asset id>/<hash>.<ext>.
const LINKED = /\/_images\/[A-Za-z0-9][A-Za-z0-9_-]*\/[0-9a-f]{16}\.(?:avif|webp|jpg|png)/g;

/**
 * Throws an `[images]` error naming the first page or feed in `outDir` that links to an image the
 * content plan does not list (a size src/lib/images/site-images.ts does not plan: a broken image).
 * `base` is Astro's base path ("/" or "/blog/"), which the links carry and plan paths do not.
 */
export async function checkLinkedImages(
  outDir: string,
  base: string,
  planned: ReadonlySet<string>,
): Promise<void> {
  const prefix = `${base.replace(/\/$/, '')}${IMAGES_PATH}`;
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(?:html|xml)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    if (!text.includes(prefix)) continue;
    for (const [link] of text.matchAll(LINKED)) {
      const path = link.slice(link.indexOf(IMAGES_PATH));
      if (planned.has(path)) continue;
      throw new Error(
        `[images] ${relative(outDir, file)} links to ${link}, which the content's image plan does not list, so it would be a broken image. Plan the size it is drawn at in src/lib/images/site-images.ts.`,
      );
    }
  }
}
