import type { Figure, PostEntry } from '../content/entries.ts';
import { type PlannableImage, planSingleImage } from '../images/plan.ts';
import { SINGLE_IMAGES } from '../images/site-images.ts';
import { renderPortableText } from '../portable-text/render-portable-text.ts';
import { escapeHtml } from '../text/sanitize-text.ts';

/*
 * The HTML of one feed item (`content:encoded`): what a reader sees of a post in a feed
 * reader. Every `href` and `src` is absolute, because readers resolve relative URLs
 * inconsistently or not at all, and images are plain `<img>`s, which every reader shows.
 */

/** One image file a feed points at: the file, its absolute URL, its size in pixels and its type. */
export type FeedImage = ReturnType<typeof planFeedImage>;

/**
 * The one file a feed uses for `image` at `size` (a SINGLE_IMAGES entry, so the build plans it), in
 * JPEG or PNG, as feed readers do not all take AVIF or WebP. `url` is absolute against `page`, any
 * URL of the site; `path` is `/_images/…` before the base path, what the build writes and measures.
 */
export function planFeedImage(image: PlannableImage, page: string, size: { width: number; aspect?: number }) {
  const { file, src, width, height, type } = planSingleImage(image, size);
  return { path: file.path, url: new URL(src, page).href, width, height, type };
}

/** Where a post sits in its series, as its feed item names it. */
export interface SeriesMention {
  /** "Part II of III" */
  label: string;
  title: string;
  /** Absolute URL of the series' landing page. */
  url: string;
}

/** What an item's HTML needs beyond the post itself. */
export interface ItemHtmlContext {
  /** Absolute URL of the post's page: every relative URL in the body (images too) resolves against it. */
  postUrl: string;
  /** The path of a published post or series by `_id`; `undefined` when it is not published. */
  resolveReference(id: string): string | undefined;
  series?: SeriesMention | undefined;
}

/**
 * The full HTML of a post for `content:encoded`: the hero image with its alt text first, a
 * line naming the series for a series part, then the body through the pages' Portable Text
 * components, without the headings' "#" links (readers show them as text).
 */
export function renderItemHtml(post: { id: string; data: PostEntry }, context: ItemHtmlContext): string {
  const hero = post.data.mainImage ? renderFeedFigure(post.data.mainImage, context.postUrl) : '';
  const body = renderPortableText(post.data.body, {
    documentId: post.id,
    resolveReference: context.resolveReference,
    toUrl: (path) => new URL(path, context.postUrl).href,
    renderFigure: (figure) => renderFeedFigure(figure, context.postUrl),
    headingAnchors: false,
    // The post's page renders the same blocks and has already reported them once.
    warn: () => {},
  });
  return `${hero}${seriesLine(context.series)}${body}`;
}

/**
 * A `<figure>` with one `<img>` (absolute `src`, `width`, `height`, escaped `alt`) and its
 * caption and credit: no `<picture>`, `srcset` or `loading`, which feed readers ignore or strip.
 */
function renderFeedFigure(figure: Figure, postUrl: string): string {
  const image = planFeedImage(figure, postUrl, SINGLE_IMAGES.feed);
  const img = `<img src="${escapeHtml(image.url)}" width="${image.width}" height="${image.height}" alt="${escapeHtml(figure.alt)}">`;
  const words = [figure.caption, figure.credit].flatMap((text) => (text ? [escapeHtml(text)] : []));
  const caption = words.length > 0 ? `<figcaption>${words.join(' — ')}</figcaption>` : '';
  return `<figure>${img}${caption}</figure>`;
}

function seriesLine(series: SeriesMention | undefined): string {
  if (!series) return '';
  const link = `<a href="${escapeHtml(series.url)}">${escapeHtml(series.title)}</a>`;
  return `<p><em>${escapeHtml(series.label)} in the series ${link}.</em></p>`;
}
