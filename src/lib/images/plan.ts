import { createHash } from 'node:crypto';
import type { Figure } from '../content/entries.ts';
import { withBase } from '../urls.ts';
import {
  ENCODE_SETTINGS,
  EXTENSIONS,
  fallbackFormat,
  type ImageFormat,
  MIME_TYPES,
  MODERN_FORMATS,
  PIPELINE_REVISION,
} from './formats.ts';
import { type PixelRect, sourceRect } from './geometry.ts';
import { recordDerivative } from './registry.ts';
import { planWidths } from './widths.ts';

/** What planning needs from a figure; every checked `Figure` fits. */
export type PlannableImage = Pick<Figure, 'asset' | 'crop' | 'hotspot'>;

/** The folder under the output root that derivatives are written to (served under the base path). */
export const IMAGES_PATH = '/_images/';

// Sanity ids are `image-<sha1>-<w>x<h>-<ext>`; anything else could climb out of the folder.
const SAFE_ASSET_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Options for {@link planImage}. */
export interface PlanOptions {
  /** Widths to offer; default `DEFAULT_WIDTHS` (480–1600). Never upscaled past the source. */
  widths?: readonly number[] | undefined;
  /** Target width / height (e.g. 1200 / 630 for Open Graph); default the cropped image's own. */
  aspect?: number | undefined;
}

/** A planned image: what a `<picture>` needs. Widths and heights are of the largest derivative. */
export interface ImagePlan {
  sources: { type: string; srcset: string }[];
  fallback: { src: string; srcset: string; type: string };
  width: number;
  height: number;
}

/**
 * The path of one derivative in the output (`/_images/<asset-id>/<hash>.<ext>`, before the
 * base path), recorded in the registry so the build writes it. Deterministic; `width` is
 * capped at the source width. Link to it with `withBase()`.
 */
export function imagePath(
  image: PlannableImage,
  options: { width: number; format: ImageFormat; aspect?: number | undefined },
): string {
  const rect = sourceRect(image, checkedAspect(options.aspect));
  const [width = rect.width] = planWidths(rect.width, [options.width]);
  return planDerivative(image, rect, width, options.format).path;
}

/**
 * Plans a responsive image: AVIF and WebP `srcset`s plus a JPEG (PNG for sources that may be
 * transparent) fallback, cropped as the editor cropped it and cut to `aspect` around the hotspot.
 */
export function planImage(image: PlannableImage, options: PlanOptions = {}): ImagePlan {
  const rect = sourceRect(image, checkedAspect(options.aspect));
  const widths = planWidths(rect.width, options.widths);
  const srcset = (format: ImageFormat) => {
    const planned = widths.map((width) => planDerivative(image, rect, width, format));
    return { planned, srcset: planned.map(({ path, width }) => `${withBase(path)} ${width}w`).join(', ') };
  };
  const sources = MODERN_FORMATS.map((format) => ({
    type: MIME_TYPES[format],
    srcset: srcset(format).srcset,
  }));
  const format = fallbackFormat(image.asset.mimeType);
  const fallback = srcset(format);
  const largest = fallback.planned[fallback.planned.length - 1];
  if (!largest) throw new Error('[images] No widths were planned. This is a bug in planWidths.');
  return {
    sources,
    fallback: { src: withBase(largest.path), srcset: fallback.srcset, type: MIME_TYPES[format] },
    width: largest.width,
    height: largest.height,
  };
}

// Records one derivative and names it; everything that shapes the file goes into the hash.
function planDerivative(image: PlannableImage, rect: PixelRect, width: number, format: ImageFormat) {
  const { asset } = image;
  if (!SAFE_ASSET_ID.test(asset.id)) {
    throw new Error(
      `[images] Asset id "${asset.id}" is not a Sanity image id, so it cannot name a file. Re-upload the image in the Studio.`,
    );
  }
  const height = Math.max(1, Math.round((width * rect.height) / rect.width));
  const hash = createHash('sha256')
    .update(JSON.stringify([PIPELINE_REVISION, rect, width, height, format, ENCODE_SETTINGS[format]]))
    .digest('hex')
    .slice(0, 16);
  const path = `${IMAGES_PATH}${asset.id}/${hash}.${EXTENSIONS[format]}`;
  recordDerivative(path, {
    assetId: asset.id,
    usedBy: asset.usedBy,
    sourceUrl: asset.url,
    sourceWidth: asset.width,
    sourceHeight: asset.height,
    rect,
    width,
    height,
    format,
  });
  return { path, width, height };
}

function checkedAspect(aspect: number | undefined): number | undefined {
  if (aspect === undefined || (Number.isFinite(aspect) && aspect > 0)) return aspect;
  throw new Error(
    `[images] Aspect ratio ${aspect} is not a positive number. Pass width / height, e.g. 1200 / 630.`,
  );
}
