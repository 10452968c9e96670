import type { AvifOptions, JpegOptions, PngOptions, WebpOptions } from 'sharp';

/** The formats derivatives are written in. */
export type ImageFormat = 'avif' | 'webp' | 'jpeg' | 'png';

/** The formats offered as `<source>`s, best first; browsers take the first they support. */
export const MODERN_FORMATS: readonly ImageFormat[] = ['avif', 'webp'];

/** `Content-Type` of each format. */
export const MIME_TYPES: Readonly<Record<ImageFormat, string>> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** File extension of each format (no dot). */
export const EXTENSIONS: Readonly<Record<ImageFormat, string>> = {
  avif: 'avif',
  webp: 'webp',
  jpeg: 'jpg',
  png: 'png',
};

/**
 * Encoder settings per format. They are part of every derivative's URL hash, so changing one
 * re-encodes the affected images instead of serving stale cached files. AVIF quality 62: at 50
 * smooth gradients (the sample art) smeared visibly. AVIF effort 2 is the
 * knee on two cores: effort 4 took 3–15× as long for files 10–20 % smaller.
 */
export const ENCODE_SETTINGS = {
  avif: { quality: 62, effort: 2, chromaSubsampling: '4:2:0' },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
  png: { compressionLevel: 9 },
} as const satisfies {
  avif: AvifOptions;
  webp: WebpOptions;
  jpeg: JpegOptions;
  png: PngOptions;
};

/** Bump when the pipeline changes in a way the settings above do not show (resize kernel, colour handling). */
export const PIPELINE_REVISION = 1;

// Source types that may carry transparency; a JPEG fallback would paint it black.
const ALPHA_CAPABLE = new Set(['image/png', 'image/gif', 'image/webp', 'image/avif', 'image/svg+xml']);

/**
 * The format of the `<img>` fallback for a source of `mimeType`: PNG when the source can be
 * transparent, JPEG otherwise. Only browsers without WebP load it, so its size hardly matters.
 */
export function fallbackFormat(mimeType: string): ImageFormat {
  return ALPHA_CAPABLE.has(mimeType.toLowerCase()) ? 'png' : 'jpeg';
}
