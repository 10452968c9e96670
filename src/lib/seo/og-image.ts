import type { Figure } from '../content/entries.ts';
import { planSingleImage } from '../images/plan.ts';
import { SINGLE_IMAGES } from '../images/site-images.ts';
import { absoluteUrl } from '../urls.ts';

/**
 * An image for `og:image` and `twitter:image`: a 1200×630 crop (never upscaled) of `figure` around
 * its hotspot, in JPEG, or PNG when it may be transparent: formats every card reader accepts. The
 * URL is absolute against `site`, as crawlers need.
 */
export function toOgImage(figure: Figure, site: string | URL) {
  const { src, width, height, type } = planSingleImage(figure, SINGLE_IMAGES.og);
  return { url: absoluteUrl(src, site), width, height, type, alt: figure.alt };
}
