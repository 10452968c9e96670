import { getRssString } from '@astrojs/rss';
import { placePart } from '../series.ts';
import { stripIllegalCharacters } from '../text/sanitize-text.ts';
import { postPath, seriesPath } from '../urls.ts';
import { channelCustomData, FEED_NAMESPACES } from './feed-channel.ts';
import type { FeedDefinition, FeedSite } from './feed-definitions.ts';
import { type FeedItemContext, type FeedPost, toRssItem } from './feed-item.ts';
import type { FeedOptions } from './feed-options.ts';

/** How the feeds learn the size of an image file before the build writes it. */
export type ByteLength = (path: string) => Promise<number>;

/**
 * Writes one feed as an RSS 2.0 document through @astrojs/rss, styled by the XSL stylesheet
 * of `options`. @astrojs/rss escapes every text (content included, as entities rather than
 * CDATA, so a `]]>` in content is harmless); this adds the stripping of characters XML 1.0
 * forbids, which no escaping can express.
 */
export async function renderFeed(
  feed: FeedDefinition,
  site: FeedSite,
  options: FeedOptions,
  byteLength: ByteLength,
): Promise<string> {
  // Trimmed because customData's parser trims the image title, which must equal the channel's.
  const title = stripIllegalCharacters(feed.channel.title).trim();
  const channel = { ...feed.channel, title };
  const items = await Promise.all(
    feed.posts.map((post) => toRssItem(post, itemContext(post, site, options, byteLength))),
  );
  return getRssString({
    title,
    description: stripIllegalCharacters(channel.description).trim(),
    site: channel.link,
    items,
    xmlns: { ...FEED_NAMESPACES },
    stylesheet: options.stylesheet,
    customData: channelCustomData(channel, {
      language: options.language,
      imageSize: options.channelImageSize,
    }),
  });
}

function itemContext(
  post: FeedPost,
  site: FeedSite,
  options: FeedOptions,
  byteLength: ByteLength,
): FeedItemContext {
  const { data } = post;
  return {
    postUrl: new URL(postPath(data.slug), site.site).href,
    resolveReference: site.resolveReference,
    imageWidth: options.imageWidth,
    authorName: site.authors.get(data.authorId)?.name,
    categoryTitles: data.categoryIds.flatMap((id) => site.categories.get(id)?.title ?? []),
    part: seriesPart(post, site),
    byteLength,
  };
}

function seriesPart(post: FeedPost, site: FeedSite): FeedItemContext['part'] {
  const series = post.data.series && site.series.get(post.data.series.id);
  const placement = series && placePart(series, post.id);
  if (!series || !placement) return undefined;
  return {
    shortLabel: placement.shortLabel,
    label: placement.label,
    title: series.title,
    url: new URL(seriesPath(series.slug), site.site).href,
  };
}
