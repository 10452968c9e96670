import type { Figure } from '../content/entries.ts';
import { fallbackFormat, MIME_TYPES } from '../images/formats.ts';
import { sourceRect } from '../images/geometry.ts';
import { imagePath, type PlannableImage } from '../images/plan.ts';
import { planWidths } from '../images/widths.ts';
import { escapeHtml } from '../text/sanitize-text.ts';
import { withBase } from '../urls.ts';

/** One image file a feed points at: its path in the output and its URL path, size in pixels and type. */
export interface FeedImage {
  /** `/_images/…` before the base path: what the image registry knows it by. */
  path: string;
  /** `path` under the base path, to resolve against the site's URL. */
  src: string;
  width: number;
  height: number;
  type: string;
}

/**
 * Plans the single derivative a feed uses for `image`: `width` wide (never upscaled), cut to
 * `aspect` when given, in JPEG (PNG for sources that may be transparent) because feed
 * readers do not all take AVIF or WebP. The build writes it with the pages' images.
 */
export function planFeedImage(image: PlannableImage, width: number, aspect?: number): FeedImage {
  const format = fallbackFormat(image.asset.mimeType);
  const path = imagePath(image, { width, format, aspect });
  // The same size imagePath planned: the source rectangle's width, capped at `width`.
  const rect = sourceRect(image, aspect);
  const [planned = rect.width] = planWidths(rect.width, [width]);
  const height = Math.max(1, Math.round((planned * rect.height) / rect.width));
  return { path, src: withBase(path), width: planned, height, type: MIME_TYPES[format] };
}

/**
 * A `<figure>` with one `<img>` (absolute `src`, `width`, `height`, escaped `alt`) and its
 * caption and credit, for feed content: no `<picture>`, no `srcset`, no `loading`, which
 * feed readers ignore or strip.
 */
export function renderFeedFigure(figure: Figure, width: number, toUrl: (path: string) => string): string {
  const image = planFeedImage(figure, width);
  const img = `<img src="${escapeHtml(toUrl(image.src))}" width="${image.width}" height="${image.height}" alt="${escapeHtml(figure.alt)}">`;
  const words = [figure.caption, figure.credit].filter(Boolean).map((text) => escapeHtml(text ?? ''));
  const caption = words.length > 0 ? `<figcaption>${words.join(' — ')}</figcaption>` : '';
  return `<figure>${img}${caption}</figure>`;
}
