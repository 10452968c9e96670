import type { Figure } from '../content/entries.ts';
import { escapeHtml } from '../text/sanitize-text.ts';
import { type PictureOptions, renderPicture } from './picture.ts';

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
