import type { RSSFeedItem } from '@astrojs/rss';
import type { PostEntry } from '../content/entries.ts';
import { summarizeBlocks } from '../portable-text/summary.ts';
import { escapeHtml, stripIllegalCharacters } from '../text/sanitize-text.ts';
import { type FeedContentContext, renderFeedContent, type SeriesMention } from './feed-content.ts';
import { planFeedImage } from './feed-images.ts';
import { xmlElement } from './xml-markup.ts';

/** A published post as the feeds read it (a `posts` collection entry fits). */
export interface FeedPost {
  id: string;
  data: PostEntry;
}

/** What turning a post into an item needs beyond the post itself. */
export interface FeedItemContext extends Omit<FeedContentContext, 'series'> {
  /** Written as `dc:creator`; left out when unknown. */
  authorName?: string | undefined;
  categoryTitles: string[];
  /** The series part's place ("Part II") and series, when the post is one. */
  part?: (SeriesMention & { shortLabel: string }) | undefined;
  /** The byte length of the file served at a root-relative image path. */
  byteLength(path: string): Promise<number>;
}

/**
 * One RSS item: title ("Part II: …" for a series part), absolute link, `pubDate` from
 * `publishedAt`, the excerpt as escaped HTML, full content, categories, `dc:creator`, a
 * `guid` from the document `_id` (so it survives a slug change) and the hero as enclosure
 * with its real byte length. Every text has its illegal XML characters removed.
 */
export async function toRssItem(post: FeedPost, context: FeedItemContext): Promise<RSSFeedItem> {
  const { data } = post;
  const title = context.part ? `${context.part.shortLabel}: ${data.title}` : data.title;
  // Every item gets a description: readers list it, and validators expect it before content.
  const summary = data.excerpt ?? data.seo.description ?? summarizeBlocks(data.body);
  return {
    title: stripIllegalCharacters(title),
    link: context.postUrl,
    pubDate: new Date(data.publishedAt),
    // RSS descriptions are HTML, so plain text is escaped once more to stay text.
    description: escapeHtml(summary),
    content: renderFeedContent(post, { ...context, series: context.part }),
    categories: context.categoryTitles.map(stripIllegalCharacters),
    // @astrojs/rss writes guid from the link (isPermaLink="true"); customData replaces it.
    customData: [
      xmlElement('guid', itemGuid(post.id), { isPermaLink: 'false' }),
      context.authorName ? xmlElement('dc:creator', context.authorName) : '',
    ].join(''),
    enclosure: data.mainImage ? await heroEnclosure(data.mainImage, context) : undefined,
  };
}

/**
 * The item's `guid`: the document `_id`, which no edit changes. customData is read back
 * with a parser that turns number-like text into numbers ("007" → 7, "1e5" → 100000), so an
 * `_id` that reads as a number gets a fixed prefix to keep it intact.
 */
export function itemGuid(documentId: string): string {
  return Number.isNaN(Number(documentId)) ? documentId : `sanity-document:${documentId}`;
}

async function heroEnclosure(
  figure: NonNullable<PostEntry['mainImage']>,
  context: FeedItemContext,
): Promise<RSSFeedItem['enclosure']> {
  // The same file the content's hero <img> shows, so readers fetch it once.
  const image = planFeedImage(figure, context.imageWidth);
  const length = await context.byteLength(image.path);
  return { url: new URL(image.src, context.postUrl).href, length, type: image.type };
}
