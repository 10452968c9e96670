/**
 * The largest source image, in pixels, the pipeline decodes: sharp's own default (16383 ×
 * 16383), stated here so the content check, the export reader and the encoder agree. Decoding
 * one takes about 1 GB of memory; a 20000 × 20000 photo would take 1.6 GB per encode.
 */
export const MAX_SOURCE_PIXELS = 16_383 * 16_383;

/** Whether an image of `width`×`height` is too large to decode (see {@link MAX_SOURCE_PIXELS}). */
export function exceedsPixelLimit(width: number, height: number): boolean {
  return width * height > MAX_SOURCE_PIXELS;
}

const LIMIT = `the ${Math.round(MAX_SOURCE_PIXELS / 1e6)} megapixels (16383×16383) the image pipeline can decode`;

/** Why an image of `width`×`height` cannot be used, in an editor's terms. */
export function pixelLimitReason(width: number, height: number): string {
  return `it is ${width}×${height} pixels, more than ${LIMIT}`;
}

// sharp's messages, matched by their stable first words; libvips details follow after a colon.
const KNOWN_FAILURES: ReadonlyArray<[RegExp, string]> = [
  [/exceeds pixel limit/i, `it is larger than ${LIMIT}`],
  [
    /unsupported image format/i,
    'it is not in an image format the pipeline reads (JPEG, PNG, WebP, AVIF, GIF or SVG)',
  ],
  [/buffer is empty|file is empty/i, 'the file is empty'],
  // "Warning treated as error due to failOn setting": libvips found damage it would paper over.
  [
    /premature end|truncated|corrupt|bogus|not a (jpeg|png)|invalid|bad (seek|huffman)|treated as error/i,
    'the file is damaged or incomplete',
  ],
];

/**
 * Turns a decoder failure (sharp's raw text, e.g. "VipsJpeg: premature end of JPEG image")
 * into a reason an editor can act on, keeping the decoder's first line for whoever debugs it.
 */
export function explainDecodeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0]?.trim() ?? '';
  const known = KNOWN_FAILURES.find(([pattern]) => pattern.test(message));
  return known ? `${known[1]} (${firstLine})` : firstLine;
}
