import sharp, { type Sharp } from 'sharp';
import { explainDecodeFailure, MAX_SOURCE_PIXELS } from './decode-limits.ts';
import type { Derivative } from './derivative.ts';
import { ENCODE_SETTINGS, type ImageFormat } from './formats.ts';
import { imageError } from './image-error.ts';

const ENCODERS: Record<ImageFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif(ENCODE_SETTINGS.avif),
  webp: (image) => image.webp(ENCODE_SETTINGS.webp),
  jpeg: (image) => image.jpeg(ENCODE_SETTINGS.jpeg),
  png: (image) => image.png(ENCODE_SETTINGS.png),
};

const REPLACE_FIX =
  'Upload the image again in the Studio (a smaller version if it is too large), or replace the file and re-export the dataset, then run the build again.';

/**
 * Turns the source upright (EXIF orientation applied, as Sanity and the export reader declare
 * sizes), cuts `derivative.rect` out of it, scales it to exactly `width`×`height` and encodes
 * it, in sRGB with all metadata (EXIF, XMP, ICC) stripped. Rejects with an `[images]` error
 * naming the asset and its document when the bytes cannot be decoded or do not match the size
 * the dataset declares.
 */
export async function encodeDerivative(source: Buffer, derivative: Derivative): Promise<Buffer> {
  const input = () => sharp(source, { limitInputPixels: MAX_SOURCE_PIXELS });
  try {
    const { autoOrient } = await input().metadata();
    checkDeclaredSize(autoOrient, derivative);
    const { rect, width, height } = derivative;
    const image = input()
      .autoOrient()
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
 * The crop rectangle is in the coordinates of the size the dataset declares, which is the size
 * as shown (Sanity's, and the export reader's since it applies orientation). Any other size
 * means the bytes are not the image the dataset describes; cutting would be wrong.
 */
function checkDeclaredSize(upright: { width: number; height: number }, derivative: Derivative): void {
  const { sourceWidth, sourceHeight } = derivative;
  if (upright.width === sourceWidth && upright.height === sourceHeight) return;
  const reason = `its file is ${upright.width}×${upright.height} (upright) but the dataset says ${sourceWidth}×${sourceHeight}`;
  throw imageError(
    derivative,
    'cut',
    reason,
    'Upload the image again in the Studio, or re-export the dataset.',
  );
}
