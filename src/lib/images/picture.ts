import type { Figure } from '../content/entries.ts';
import { escapeHtml } from '../text/sanitize-text.ts';
import { type PlannableImage, type PlanOptions, planImage } from './plan.ts';

/** Options for {@link renderPicture}. */
export interface PictureOptions extends PlanOptions {
  /** The `sizes` attribute: how wide the image is drawn, e.g. `(min-width: 50rem) 50rem, 100vw`. */
  sizes: string;
  /** `eager` for the image likely in the first viewport (the LCP), `lazy` for the rest. */
  loading: 'eager' | 'lazy';
  /** `high` for the LCP image only; it should also load `eager`. */
  fetchpriority?: 'high' | undefined;
  /** Class for the `<img>`, the element a stylesheet sizes. */
  class?: string | undefined;
}

/**
 * A `<picture>` with AVIF and WebP `<source>`s and an `<img>` fallback carrying `src`,
 * `srcset`, `sizes`, `width`, `height` and the escaped `alt`. No `style` attribute, so a
 * strict CSP holds; for that reason Sanity's LQIP placeholder (a data URL) is not used.
 */
export function renderPicture(figure: PlannableImage & Pick<Figure, 'alt'>, options: PictureOptions): string {
  const plan = planImage(figure, options);
  const sources = plan.sources.map(
    (source) => `<source${attributes({ type: source.type, srcset: source.srcset, sizes: options.sizes })}>`,
  );
  const img = `<img${attributes({
    src: plan.fallback.src,
    srcset: plan.fallback.srcset,
    sizes: options.sizes,
    width: String(plan.width),
    height: String(plan.height),
    alt: figure.alt,
    class: options.class,
    loading: options.loading,
    decoding: 'async',
    fetchpriority: options.fetchpriority,
  })}>`;
  return `<picture>${sources.join('')}${img}</picture>`;
}

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

// Every value is escaped, even our own URLs: alt and class come from editors and callers.
function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}
