import sharp, { type Sharp } from 'sharp';
import { ENCODE_SETTINGS, type ImageFormat } from './formats.ts';
import type { Derivative } from './registry.ts';

const ENCODERS: Record<ImageFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif(ENCODE_SETTINGS.avif),
  webp: (image) => image.webp(ENCODE_SETTINGS.webp),
  jpeg: (image) => image.jpeg(ENCODE_SETTINGS.jpeg),
  png: (image) => image.png(ENCODE_SETTINGS.png),
};

/**
 * Cuts `derivative.rect` out of the source, scales it to exactly `width`×`height` and encodes
 * it, in sRGB with all metadata (EXIF, XMP, ICC) stripped. Rejects with an `[images]` error
 * when the bytes do not match the size the dataset declares.
 */
export async function encodeDerivative(source: Buffer, derivative: Derivative): Promise<Buffer> {
  const orient = await orientationFor(source, derivative);
  let image = sharp(source);
  if (orient) image = image.autoOrient();
  const { rect, width, height } = derivative;
  image = image
    .extract(rect)
    // `fill` because the rect already has the output's aspect, up to rounding of one pixel.
    .resize({ width, height, fit: 'fill' })
    // Browsers assume sRGB for untagged images; the conversion uses any embedded profile.
    .toColourspace('srgb');
  return ENCODERS[derivative.format](image).toBuffer();
}

/*
 * The crop rectangle is in the coordinates of the size the dataset declares. Sanity declares
 * the EXIF-rotated size; an export built without orientation declares the stored size. Use
 * whichever matches, so a rotated photo is cut where the editor cut it in either case.
 */
async function orientationFor(source: Buffer, derivative: Derivative): Promise<boolean> {
  const metadata = await sharp(source).metadata();
  const { sourceWidth, sourceHeight } = derivative;
  if (metadata.autoOrient.width === sourceWidth && metadata.autoOrient.height === sourceHeight) return true;
  if (metadata.width === sourceWidth && metadata.height === sourceHeight) return false;
  throw new Error(
    `[images] The image ${derivative.sourceUrl} (asset "${derivative.assetId}") is ` +
      `${metadata.autoOrient.width}×${metadata.autoOrient.height} but the dataset says ` +
      `${sourceWidth}×${sourceHeight}. Re-upload the image or re-export the dataset.`,
  );
}
