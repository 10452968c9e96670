import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** One image of the pool: its file name in Sanity's `<sha1>-<w>x<h>.<ext>` form and its bytes. */
export interface PoolImage {
  file: string;
  bytes: Buffer;
}

const WIDTH = 1600;
const HEIGHT = 900;

// Gradients, shapes and noise, so each encode does the work a photograph would, not a flat fill.
function svgFor(index: number): string {
  const hue = (index * 137) % 360;
  const circles = Array.from({ length: 12 }, (_, i) => {
    const x = (i * 389 + index * 211) % WIDTH;
    const y = (i * 157 + index * 97) % HEIGHT;
    const r = 60 + ((i * 53 + index * 29) % 220);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(hue + i * 31) % 360} 60% 55%)" opacity="0.55"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 45% 35%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360} 50% 70%)"/>
    </linearGradient>
    <filter id="n"><feTurbulence baseFrequency="0.${7 + (index % 3)}" numOctaves="2" seed="${index}"/>
      <feColorMatrix type="saturate" values="0"/><feBlend in="SourceGraphic" mode="multiply"/></filter></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><g filter="url(#n)">${circles}</g></svg>`;
}

/**
 * The pool of `count` distinct 1600×900 JPEGs the synthetic posts take their hero images from,
 * generated once into `folder` and read back on later runs.
 */
export async function ensureImagePool(folder: string, count: number): Promise<PoolImage[]> {
  await mkdir(folder, { recursive: true });
  const existing = (await readdir(folder)).filter((file) => file.endsWith('.jpg')).sort();
  if (existing.length === count) {
    return Promise.all(existing.map(async (file) => ({ file, bytes: await readFile(join(folder, file)) })));
  }
  const images: PoolImage[] = [];
  for (let index = 0; index < count; index += 1) {
    const bytes = await sharp(Buffer.from(svgFor(index)))
      .jpeg({ quality: 85 })
      .toBuffer();
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    images.push({ file: `${sha1}-${WIDTH}x${HEIGHT}.jpg`, bytes });
  }
  // Sorted by name, as a later run reads them back, so image N is the same image on every run.
  images.sort((a, b) => a.file.localeCompare(b.file));
  await Promise.all(images.map((image) => writeFile(join(folder, image.file), image.bytes)));
  return images;
}
