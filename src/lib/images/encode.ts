import sharp, { type Sharp } from 'sharp';
import { explainDecodeFailure, MAX_SOURCE_PIXELS } from './decode-limits.ts';
import { ENCODE_SETTINGS, type ImageFormat } from './formats.ts';
import { imageError } from './image-error.ts';
import type { Derivative } from './registry.ts';

const ENCODERS: Record<ImageFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif(ENCODE_SETTINGS.avif),
  webp: (image) => image.webp(ENCODE_SETTINGS.webp),
  jpeg: (image) => image.jpeg(ENCODE_SETTINGS.jpeg),
  png: (image) => image.png(ENCODE_SETTINGS.png),
};

const REPLACE_FIX =
  'Upload the image again in the Studio (a smaller version if it is too large), or replace the file and re-export the dataset, then run the build again.';

/**
 * Cuts `derivative.rect` out of the source, scales it to exactly `width`×`height` and encodes
 * it, in sRGB with all metadata (EXIF, XMP, ICC) stripped. Rejects with an `[images]` error
 * naming the asset and its document when the bytes cannot be decoded or do not match the size
 * the dataset declares.
 */
export async function encodeDerivative(source: Buffer, derivative: Derivative): Promise<Buffer> {
  const input = () => sharp(source, { limitInputPixels: MAX_SOURCE_PIXELS });
  try {
    const orient = await orientationFor(input, derivative);
    let image = input();
    if (orient) image = image.autoOrient();
    const { rect, width, height } = derivative;
    image = image
      .extract(rect)
      // `fill` because the rect already has the output's aspect, up to rounding of one pixel.
      .resize({ width, height, fit: 'fill' })
      // Browsers assume sRGB for untagged images; the conversion uses any embedded profile.
      .toColourspace('srgb');
    return await ENCODERS[derivative.format](image).toBuffer();
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('[images]')) throw error;
    throw imageError(derivative, 'decoded', explainDecodeFailure(error), REPLACE_FIX, error);
  }
}

/*
 * The crop rectangle is in the coordinates of the size the dataset declares. Sanity declares
 * the EXIF-rotated size; an export built without orientation declares the stored size. Use
 * whichever matches, so a rotated photo is cut where the editor cut it in either case.
 */
async function orientationFor(input: () => Sharp, derivative: Derivative): Promise<boolean> {
  const metadata = await input().metadata();
  const { sourceWidth, sourceHeight } = derivative;
  if (metadata.autoOrient.width === sourceWidth && metadata.autoOrient.height === sourceHeight) return true;
  if (metadata.width === sourceWidth && metadata.height === sourceHeight) return false;
  const reason = `its file is ${metadata.autoOrient.width}×${metadata.autoOrient.height} but the dataset says ${sourceWidth}×${sourceHeight}`;
  throw imageError(
    derivative,
    'cut',
    reason,
    'Upload the image again in the Studio, or re-export the dataset.',
  );
}
