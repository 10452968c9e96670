/**
 * Renders the sample images of the seed dataset export (`sanity/seed/images/`) from SVG.
 *
 * Usage: npx node --experimental-strip-types scripts/generate-seed-images.ts
 *
 * Files are named as `sanity dataset export` names them, `<sha1 of bytes>-<w>x<h>.<ext>`.
 * The output is byte-stable for the pinned sharp version, so re-running keeps every
 * `_sanityAsset` reference in `data.ndjson` valid. After changing a composition, point the
 * matching references at the new file name this script prints.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const OUT_DIR = fileURLToPath(new URL('../sanity/seed/images', import.meta.url));
/** The sample site serves these files as they are, so keep every one light. */
const MAX_BYTES = 300 * 1024;
const JPEG_QUALITY = 76;

/** Background gradient (top, bottom), then the shape colours. */
type Palette = readonly [top: string, bottom: string, main: string, deep: string, light: string];
/** Returns the SVG shapes drawn over the palette's gradient on a `w` by `h` canvas. */
type Compose = (w: number, h: number, p: Palette) => string;
type ImageSpec = {
  name: string;
  compose: Compose;
  palette: Palette;
  width: number;
  height: number;
  format: 'jpg' | 'png';
};

const PALETTES = {
  sage: ['#eef3ea', '#cbdac6', '#9bb596', '#6f8f6f', '#f4ead9'],
  dusk: ['#e3e8f2', '#b9c3dc', '#8496c0', '#5d6f9c', '#f2dccb'],
  night: ['#2d3557', '#6f7aa6', '#48527e', '#353e66', '#f3e6c8'],
  sand: ['#f8efe3', '#e8d4bc', '#cf9a78', '#9aa88a', '#fbf6ee'],
  lavender: ['#efebf5', '#cfc5e3', '#a595c9', '#e7b8a8', '#f7f1ea'],
  sea: ['#e6f1f0', '#b6d3d1', '#6fa3a0', '#3f7472', '#f5ecdf'],
} as const satisfies Record<string, Palette>;

/** Deterministic PRNG (mulberry32), so the same seed always yields the same image bytes. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wraps shapes in an SVG document over the palette's gradient, defining the `soft` and `haze` blurs. */
function toSvg(w: number, h: number, p: Palette, shapes: string): string {
  // A filter region of three times the shape's box keeps wide blurs from being clipped square.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0.3" y2="1">
<stop offset="0" stop-color="${p[0]}"/><stop offset="1" stop-color="${p[1]}"/></linearGradient>
<filter id="soft" x="-1" y="-1" width="3" height="3"><feGaussianBlur stdDeviation="${Math.round(w / 40)}"/></filter>
<filter id="haze" x="-1" y="-1" width="3" height="3"><feGaussianBlur stdDeviation="${h / 9}"/></filter></defs>
<rect width="${w}" height="${h}" fill="url(#sky)"/>${shapes}</svg>`;
}

/** Layered rolling hills under a hazy sun. */
const horizon: Compose = (w, h, [, , main, deep, light]) => {
  const hills: [base: number, phase: number, fill: string, opacity: number][] = [
    [0.62, 0.4, main, 0.55],
    [0.72, 2.1, main, 0.8],
    [0.84, 4, deep, 0.85],
  ];
  const toHill = ([base, phase, fill, opacity]: (typeof hills)[number]) => {
    const points = Array.from({ length: 33 }, (_, i) => {
      const y = h * (base + 0.05 * Math.sin((i / 32) * Math.PI * 2 + phase));
      return `${((w * i) / 32).toFixed(1)},${y.toFixed(1)}`;
    });
    return `<polygon points="0,${h} ${points.join(' ')} ${w},${h}" fill="${fill}" opacity="${opacity}"/>`;
  };
  return `<circle cx="${w * 0.68}" cy="${h * 0.36}" r="${h * 0.16}" fill="${light}" filter="url(#soft)"/>
${hills.map(toHill).join('')}`;
};

/** Two soft paths that share a start and part ways. */
const paths: Compose = (w, h, [, , main, deep, light]) => {
  const start = `M ${w * 0.5} ${h * 1.05} C ${w * 0.5} ${h * 0.6}`;
  const path = (d: string, color: string) =>
    `<path d="${start}, ${d}" fill="none" stroke="${color}" stroke-width="${h * 0.05}" stroke-linecap="round" opacity="0.85"/>`;
  return `<ellipse cx="${w * 0.5}" cy="${h * 0.3}" rx="${w * 0.35}" ry="${h * 0.2}" fill="${light}" filter="url(#soft)"/>
${path(`${w * 0.3} ${h * 0.5}, ${w * 0.22} ${h * 0.22}`, main)}${path(`${w * 0.7} ${h * 0.55}, ${w * 0.8} ${h * 0.28}`, deep)}
<circle cx="${w * 0.22}" cy="${h * 0.22}" r="${h * 0.045}" fill="${main}"/>
<circle cx="${w * 0.8}" cy="${h * 0.28}" r="${h * 0.045}" fill="${deep}"/>`;
};

/** Nested doorway arches, slightly offset, like rooms opening onto rooms. */
const arches: Compose = (w, h, [, , main, deep, light]) => {
  const doors: [cx: number, width: number, top: number, fill: string, opacity: number][] = [
    [0.4, 0.34, 0.12, light, 0.9],
    [0.42, 0.24, 0.3, main, 0.7],
    [0.44, 0.14, 0.5, deep, 0.75],
    [0.72, 0.16, 0.42, light, 0.6],
  ];
  return doors
    .map(([cx, width, top, fill, opacity]) => {
      const [x, r, y] = [w * cx, (w * width) / 2, h * top];
      return `<path d="M ${x - r} ${h} V ${y + r} A ${r} ${r} 0 0 1 ${x + r} ${y + r} V ${h} Z" fill="${fill}" opacity="${opacity}"/>`;
    })
    .join('');
};

/** Balanced stones stacked into a cairn. */
const stones: Compose = (w, h, [, , main, deep, light]) => {
  let y = h * 0.86;
  const cairn = [0.2, 0.15, 0.11, 0.07].map((size, i) => {
    const ry = h * size * 0.45;
    y -= ry;
    const stone = `<ellipse cx="${w * (i % 2 ? 0.512 : 0.49)}" cy="${y}" rx="${w * size}" ry="${ry}" fill="${i % 2 ? deep : main}" opacity="0.9"/>`;
    y -= ry * 0.92;
    return stone;
  });
  return `<ellipse cx="${w * 0.5}" cy="${h * 0.88}" rx="${w * 0.3}" ry="${h * 0.04}" fill="${deep}" opacity="0.35" filter="url(#soft)"/>
<circle cx="${w * 0.28}" cy="${h * 0.3}" r="${h * 0.14}" fill="${light}" filter="url(#soft)"/>${cairn.join('')}`;
};

/** Concentric ripples spreading from an off-centre point. */
const ripples: Compose = (w, h, [, , main, deep, light]) => {
  const rings = Array.from({ length: 9 }, (_, i) => {
    const opacity = (0.8 - i * 0.08).toFixed(2);
    return `<circle cx="${w * 0.62}" cy="${h * 0.56}" r="${h * (0.06 + i * 0.09)}" fill="none" stroke="${i % 2 ? deep : main}" stroke-width="${h * 0.012}" opacity="${opacity}"/>`;
  });
  return `<circle cx="${w * 0.62}" cy="${h * 0.56}" r="${h * 0.3}" fill="${light}" filter="url(#soft)"/>${rings.join('')}`;
};

/** A handful of blurred colour fields: a calm mesh gradient. */
const blobs: Compose = (w, h, [, , ...colors]) => {
  const random = createRandom(w * 31 + h);
  return Array.from({ length: 6 }, (_, i) => {
    const [cx, cy, r] = [
      w * (0.1 + random() * 0.8),
      h * (0.1 + random() * 0.8),
      h * (0.22 + random() * 0.18),
    ];
    return `<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${r.toFixed(0)}" fill="${colors[i % 3]}" opacity="0.75" filter="url(#haze)"/>`;
  }).join('');
};

/** An abstract head-and-shoulders avatar for the author. */
const portrait: Compose = (w, h, [, , main, deep, light]) =>
  `<circle cx="${w * 0.3}" cy="${h * 0.25}" r="${h * 0.22}" fill="${light}" filter="url(#soft)"/>
<path d="M ${w * 0.18} ${h} C ${w * 0.2} ${h * 0.7}, ${w * 0.8} ${h * 0.7}, ${w * 0.82} ${h} Z" fill="${deep}"/>
<circle cx="${w * 0.5}" cy="${h * 0.44}" r="${h * 0.17}" fill="${main}"/>`;

/** Two overlapping circles on a flat ground; flat fills keep the PNG small. */
const overlap: Compose = (w, h, [, , main, deep, light]) =>
  `<rect width="${w}" height="${h}" fill="${light}"/>
<circle cx="${w * 0.4}" cy="${h * 0.5}" r="${h * 0.34}" fill="${main}" opacity="0.7"/>
<circle cx="${w * 0.6}" cy="${h * 0.5}" r="${h * 0.34}" fill="${deep}" opacity="0.6"/>`;

const image = (
  name: string,
  compose: Compose,
  palette: keyof typeof PALETTES,
  [width, height] = [1600, 900],
  format: ImageSpec['format'] = 'jpg',
): ImageSpec => ({
  name,
  compose,
  palette: PALETTES[palette],
  width,
  height,
  format,
});

const IMAGES: ImageSpec[] = [
  image('og-default', horizon, 'sage', [1200, 630]),
  image('author-portrait', portrait, 'sand', [800, 800]),
  image('series-cover', paths, 'dusk'),
  image('hero-part-1', arches, 'sand'),
  image('hero-part-2', stones, 'sea'),
  image('hero-charting', horizon, 'night'),
  image('hero-first-session', ripples, 'sand'),
  image('hero-moral-injury', blobs, 'lavender'),
  image('hero-hiring-a-coach', arches, 'sea'),
  image('figure-overlap', overlap, 'dusk', [1200, 750], 'png'),
];

/** Renders one spec to encoded bytes; throws if the result is over the size budget. */
export async function renderImage(spec: ImageSpec): Promise<Buffer> {
  const { width: w, height: h, palette } = spec;
  const image = sharp(Buffer.from(toSvg(w, h, palette, spec.compose(w, h, palette))));
  const bytes = await (spec.format === 'png'
    ? image.png({ compressionLevel: 9, palette: true })
    : image.jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
  ).toBuffer();
  if (bytes.length > MAX_BYTES) {
    throw new Error(
      `[seed] Image "${spec.name}" is ${bytes.length} bytes, over ${MAX_BYTES}. Simplify it or lower JPEG_QUALITY.`,
    );
  }
  return bytes;
}

/** Names a file the way `sanity dataset export` does: `<sha1>-<width>x<height>.<ext>`. */
export function toAssetFileName(bytes: Buffer, spec: ImageSpec): string {
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  return `${sha1}-${spec.width}x${spec.height}.${spec.format}`;
}

/** Writes every seed image into `sanity/seed/images/` and prints name, file and size. */
export async function generateSeedImages(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  for (const spec of IMAGES) {
    const bytes = await renderImage(spec);
    const file = toAssetFileName(bytes, spec);
    await writeFile(join(OUT_DIR, file), bytes);
    console.log(`${spec.name.padEnd(20)} ${file}  ${(bytes.length / 1024).toFixed(1)} KB`);
  }
}

if (import.meta.main) await generateSeedImages();
