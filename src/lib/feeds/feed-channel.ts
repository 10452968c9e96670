import type { Figure } from '../content/entries.ts';
import { planFeedImage } from './feed-images.ts';
import { emptyXmlElement, xmlElement } from './xml-markup.ts';

/** The channel-level facts of one feed. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to (home, a series, a category). */
  link: string;
  /** Absolute URL of the feed itself, for `atom:link rel="self"`. */
  selfUrl: string;
  /** When the feed's content last changed. */
  lastBuildDate: Date;
  /** The image readers show beside the feed's name, if any. */
  image?: Figure | undefined;
}

/** The namespaces the channel and items use beyond RSS 2.0 (@astrojs/rss adds `content`). */
export const FEED_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

/**
 * The channel elements @astrojs/rss has no option for, as its `customData`: `language`,
 * `lastBuildDate`, `atom:link rel="self"` and, when the channel has an image, `image` as a
 * square of `imageSize` pixels whose title and link repeat the channel's (RSS requires it).
 */
export function channelCustomData(
  channel: FeedChannel,
  options: { language: string; imageSize: number },
): string {
  return [
    xmlElement('language', options.language),
    xmlElement('lastBuildDate', channel.lastBuildDate.toUTCString()),
    emptyXmlElement('atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' }),
    channel.image ? channelImage(channel, channel.image, options.imageSize) : '',
  ].join('');
}

function channelImage(channel: FeedChannel, figure: Figure, size: number): string {
  const image = planFeedImage(figure, size, 1);
  const children = [
    xmlElement('url', new URL(image.src, channel.link).href),
    xmlElement('title', channel.title),
    xmlElement('link', channel.link),
    xmlElement('width', String(image.width)),
    xmlElement('height', String(image.height)),
  ];
  return `<image>${children.join('')}</image>`;
}
