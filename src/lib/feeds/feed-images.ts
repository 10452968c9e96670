import type { Figure } from '../content/entries.ts';
import { type PlannableImage, planSingleImage } from '../images/plan.ts';
import { escapeHtml } from '../text/sanitize-text.ts';

/** One image file a feed points at: its path in the output and its URL path, size in pixels and type. */
export interface FeedImage {
  /** `/_images/…` before the base path: what the content plan knows it by. */
  path: string;
  /** `path` under the base path, to resolve against the site's URL. */
  src: string;
  width: number;
  height: number;
  type: string;
}

/**
 * The single derivative a feed uses for `image`: `width` wide (never upscaled), cut to
 * `aspect` when given, in JPEG (PNG for sources that may be transparent) because feed
 * readers do not all take AVIF or WebP. The build plans it from the content (site-images.ts).
 */
export function planFeedImage(image: PlannableImage, width: number, aspect?: number): FeedImage {
  const { file, ...planned } = planSingleImage(image, { width, aspect });
  return { path: file.path, ...planned };
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
