import type { Figure } from './content/entries.ts';
import type { PictureOptions } from './images/picture.ts';
import { renderPicture } from './images/picture.ts';
import { escapeHtml } from './text/sanitize-text.ts';

/*
 * How each kind of image on a page is drawn. `sizes` follows the layout in global.css: the
 * text column is at most 65ch (about 37rem) wide, the hero and covers at most 60rem.
 */
export const PICTURE_PRESETS = {
  /** The post's main image: likely the largest thing in the first viewport (the LCP). */
  hero: {
    sizes: '(min-width: 62rem) 60rem, calc(100vw - 2rem)',
    loading: 'eager',
    fetchpriority: 'high',
    aspect: 16 / 9,
  },
  body: { sizes: '(min-width: 40rem) 37rem, calc(100vw - 2rem)', loading: 'lazy' },
  cover: {
    sizes: '(min-width: 62rem) 29rem, calc(100vw - 2rem)',
    loading: 'lazy',
    aspect: 16 / 9,
    widths: [480, 800, 1200],
  },
  avatar: { sizes: '8rem', loading: 'lazy', aspect: 1, widths: [160, 320, 480], class: 'avatar' },
} as const satisfies Record<string, PictureOptions>;

/**
 * A `<figure>` holding the picture and, when the figure has a caption or credit, a
 * `<figcaption>` with both (escaped). Without either there is no empty `<figcaption>`.
 */
export function renderFigureHtml(figure: Figure, options: PictureOptions, className = 'figure'): string {
  const caption = [
    figure.caption && `<span class="figure-caption">${escapeHtml(figure.caption)}</span>`,
    figure.credit && `<span class="figure-credit">${escapeHtml(figure.credit)}</span>`,
  ].filter(Boolean);
  // Captions and credits describe images, not the article: search snippets leave them out.
  const figcaption = caption.length
    ? `<figcaption data-pagefind-ignore>${caption.join(' ')}</figcaption>`
    : '';
  return `<figure class="${escapeHtml(className)}">${renderPicture(figure, options)}${figcaption}</figure>`;
}
