import { createHash } from 'node:crypto';
import type { Figure } from '../content/entries.ts';
import { withBase } from '../urls.ts';
import {
  ENCODE_SETTINGS,
  fallbackFormat,
  type ImageFormat,
  MODERN_FORMATS,
  mimeType,
  PIPELINE_REVISION,
} from './formats.ts';
import { type PixelRect, sourceRect } from './geometry.ts';

/*
 * Pure: the same figure and options always give the same files and URLs, and planning writes
 * nothing down. The build learns which files to make from the content (site-images.ts), not
 * from the pages that link to them.
 */

/** What planning needs from a figure; every checked `Figure` fits. */
export type PlannableImage = Pick<Figure, 'asset' | 'crop' | 'hotspot'>;

/** The folder under the output root that derivatives are written to (served under the base path). */
export const IMAGES_PATH = '/_images/';

// Sanity ids are `image-<sha1>-<w>x<h>-<ext>`; anything else could climb out of the folder.
const SAFE_ASSET_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The widths planned when a caller names none: phone, tablet, laptop, and 2× a 800 px column. */
export const DEFAULT_WIDTHS: readonly number[] = [480, 800, 1200, 1600];

/**
 * The widths to generate for a source `available` pixels wide: the requested ones that fit,
 * plus `available` itself when a larger one was asked for, so an image is never upscaled and
 * the largest it can be is always offered. Sorted ascending, without duplicates.
 */
export function planWidths(available: number, requested: readonly number[] = DEFAULT_WIDTHS): number[] {
  if (requested.length === 0) {
    throw new Error(
      '[images] The list of widths is empty. Pass at least one width, or leave it out for the default ladder.',
    );
  }
  const invalid = requested.find((width) => !Number.isInteger(width) || width < 1);
  if (invalid !== undefined) {
    throw new Error(
      `[images] Width ${invalid} is not a positive whole number of pixels. Fix the widths passed to planImage.`,
    );
  }
  const fitting = requested.filter((width) => width <= available);
  if (fitting.length < requested.length) fitting.push(available);
  return [...new Set(fitting)].sort((a, b) => a - b);
}

/** Options for {@link planImage}. */
export interface PlanOptions {
  /** Widths to offer; default `DEFAULT_WIDTHS` (480–1600). Never upscaled past the source. */
  widths?: readonly number[] | undefined;
  /** Target width / height (e.g. 1200 / 630 for Open Graph); default the cropped image's own. */
  aspect?: number | undefined;
}

/** One planned file: where it goes in the output and how to make it. */
export type PlannedFile = ReturnType<typeof planFile>;

/**
 * One file, as Open Graph cards and feeds link to: `width` wide (never upscaled past the crop), cut to
 * `aspect` around the hotspot when given, in JPEG (PNG for sources that may be transparent), which every
 * card and feed reader takes. `src` is the URL path, base included; `type` is the `Content-Type`.
 */
export function planSingleImage(image: PlannableImage, options: { width: number; aspect?: number }) {
  const rect = sourceRect(image, checkedAspect(options.aspect));
  const [width = rect.width] = planWidths(rect.width, [options.width]);
  const file = planFile(image, rect, width, fallbackFormat(image.asset.mimeType));
  const { height, format } = file.derivative;
  return { src: withBase(file.path), width, height, type: mimeType(format), file };
}

/**
 * Plans a responsive image, what a `<picture>` needs: AVIF and WebP `srcset`s plus a JPEG (PNG
 * for sources that may be transparent) fallback, cropped as the editor cropped it and cut to
 * `aspect` around the hotspot. `width` and `height` are those of the largest derivative.
 */
export function planImage(image: PlannableImage, options: PlanOptions = {}) {
  const rect = sourceRect(image, checkedAspect(options.aspect));
  const widths = planWidths(rect.width, options.widths);
  const files: PlannedFile[] = [];
  const srcset = (format: ImageFormat) => {
    const planned = widths.map((width) => planFile(image, rect, width, format));
    files.push(...planned);
    return planned.map(({ path, derivative }) => `${withBase(path)} ${derivative.width}w`).join(', ');
  };
  const sources = MODERN_FORMATS.map((format) => ({ type: mimeType(format), srcset: srcset(format) }));
  const format = fallbackFormat(image.asset.mimeType);
  const fallbackSrcset = srcset(format);
  const largest = planFile(image, rect, Math.max(...widths), format);
  return {
    sources,
    fallback: { src: withBase(largest.path), srcset: fallbackSrcset, type: mimeType(format) },
    width: largest.derivative.width,
    height: largest.derivative.height,
    files,
  };
}

// Names one derivative; everything that shapes the file goes into the hash.
function planFile(image: PlannableImage, rect: PixelRect, width: number, format: ImageFormat) {
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
  return {
    /** `/_images/<asset-id>/<hash>.<ext>`, before the base path; the extension is the format's, but `jpg`. */
    path: `${IMAGES_PATH}${asset.id}/${hash}.${format === 'jpeg' ? 'jpg' : format}`,
    derivative: {
      /** The asset id, and the `_id` of a document showing it when known: both named in errors. */
      assetId: asset.id,
      usedBy: asset.usedBy,
      /** `https:` (Sanity's CDN) or `file:` (an export); read only if the asset policy allows it. */
      sourceUrl: asset.url,
      /** The declared size of the source, checked against its bytes before cutting. */
      sourceWidth: asset.width,
      sourceHeight: asset.height,
      /** The pixels of the (uncropped) source to keep. */
      rect,
      width,
      height,
      format,
    },
  };
}

function checkedAspect(aspect: number | undefined): number | undefined {
  if (aspect === undefined || (Number.isFinite(aspect) && aspect > 0)) return aspect;
  throw new Error(
    `[images] Aspect ratio ${aspect} is not a positive number. Pass width / height, e.g. 1200 / 630.`,
  );
}
