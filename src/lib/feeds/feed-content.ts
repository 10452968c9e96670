import type { PostEntry } from '../content/entries.ts';
import { renderPortableText } from '../portable-text/render-portable-text.ts';
import { escapeHtml, stripIllegalCharacters } from '../text/sanitize-text.ts';
import { renderFeedFigure } from './feed-images.ts';

/** Where a post sits in its series, as its feed content mentions it. */
export interface SeriesMention {
  /** "Part II of III" */
  label: string;
  title: string;
  /** Absolute URL of the series' landing page. */
  url: string;
}

/** What rendering one post's feed content needs. */
export interface FeedContentContext {
  /** Absolute URL of the post's page: every relative URL in the content resolves against it. */
  postUrl: string;
  /** The path of a published post or series by `_id`; `undefined` when it is not published. */
  resolveReference(id: string): string | undefined;
  /** Width in pixels of images in the content. */
  imageWidth: number;
  series?: SeriesMention | undefined;
}

/**
 * The full HTML of a post for `content:encoded`: the hero image with its alt text first, a
 * line naming the series for a series part, then the body through the pages' Portable Text
 * components. Every `href` and `src` is absolute, because feed readers resolve relative URLs
 * inconsistently or not at all. Illegal XML characters are gone.
 */
export function renderFeedContent(
  post: { id: string; data: PostEntry },
  context: FeedContentContext,
): string {
  const toUrl = (path: string) => new URL(path, context.postUrl).href;
  const hero = post.data.mainImage ? renderFeedFigure(post.data.mainImage, context.imageWidth, toUrl) : '';
  const body = renderPortableText(post.data.body, {
    documentId: post.id,
    resolveReference: context.resolveReference,
    toUrl,
    renderFigure: (figure) => renderFeedFigure(figure, context.imageWidth, toUrl),
    headingAnchors: false,
    // The post's page renders the same blocks and has already reported them once.
    warn: () => {},
  });
  return stripIllegalCharacters(`${hero}${seriesLine(context.series)}${body}`);
}

function seriesLine(series: SeriesMention | undefined): string {
  if (!series) return '';
  const link = `<a href="${escapeHtml(series.url)}">${escapeHtml(series.title)}</a>`;
  return `<p><em>${escapeHtml(series.label)} in the series ${link}.</em></p>`;
}
