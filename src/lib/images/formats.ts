import type { AvifOptions, JpegOptions, PngOptions, WebpOptions } from 'sharp';

/**
 * Encoder settings per format, in the formats derivatives are written in. They are part of
 * every derivative's URL hash, so changing one re-encodes the affected images instead of
 * serving stale cached files. AVIF quality 62: at 50 smooth gradients (the sample art) smeared
 * visibly. AVIF effort 2 is the knee on two cores: effort 4 took 3–15× as long for files 10–20 % smaller.
 */
export const ENCODE_SETTINGS = {
  avif: { quality: 62, effort: 2, chromaSubsampling: '4:2:0' },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
  png: { compressionLevel: 9 },
} as const satisfies { avif: AvifOptions; webp: WebpOptions; jpeg: JpegOptions; png: PngOptions };

/** The formats derivatives are written in: sharp's names, which are also their MIME subtypes. */
export type ImageFormat = keyof typeof ENCODE_SETTINGS;

/** The formats offered as `<source>`s, best first; browsers take the first they support. */
export const MODERN_FORMATS: readonly ImageFormat[] = ['avif', 'webp'];

/** `Content-Type` of a format. */
export function mimeType(format: ImageFormat): string {
  return `image/${format}`;
}

/** Bump when the pipeline changes in a way the settings above do not show (resize kernel, colour handling). */
export const PIPELINE_REVISION = 1;

// Source types that may carry transparency; a JPEG fallback would paint it black.
const ALPHA_CAPABLE = new Set(['image/png', 'image/gif', 'image/webp', 'image/avif', 'image/svg+xml']);

/**
 * The format of the `<img>` fallback for a source of MIME type `sourceType`: PNG when the source can be
 * transparent, JPEG otherwise. Only browsers without WebP load it, so its size hardly matters.
 */
export function fallbackFormat(sourceType: string): ImageFormat {
  return ALPHA_CAPABLE.has(sourceType.toLowerCase()) ? 'png' : 'jpeg';
}
