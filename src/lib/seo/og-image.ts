import type { Figure } from '../content/entries.ts';
import { fallbackFormat, MIME_TYPES } from '../images/formats.ts';
import { sourceRect } from '../images/geometry.ts';
import { imagePath } from '../images/plan.ts';
import { planWidths } from '../images/widths.ts';
import { absoluteUrl, withBase } from '../urls.ts';

/** The size Open Graph and Twitter cards are drawn at. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** An image for `og:image` and `twitter:image`, with an absolute URL. */
export interface OgImage {
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

/**
 * Plans a 1200×630 crop of `figure` around its hotspot (smaller, never upscaled, when the
 * source is smaller) in JPEG, or PNG for sources that may be transparent: formats every card
 * reader accepts. The URL is absolute against `site`, as crawlers need.
 */
export function toOgImage(figure: Figure, site: string | URL): OgImage {
  const aspect = OG_WIDTH / OG_HEIGHT;
  const format = fallbackFormat(figure.asset.mimeType);
  const path = imagePath(figure, { width: OG_WIDTH, format, aspect });
  // The same size imagePath planned: the crop's width, capped at OG_WIDTH.
  const rect = sourceRect(figure, aspect);
  const [width = rect.width] = planWidths(rect.width, [OG_WIDTH]);
  return {
    url: absoluteUrl(withBase(path), site),
    width,
    height: Math.max(1, Math.round((width * rect.height) / rect.width)),
    type: MIME_TYPES[format],
    alt: figure.alt,
  };
}
