import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { encodedByteLength } from '../images/derivative-cache.ts';
import { getSettings, getSiteViews } from '../site/site-data.ts';
import { stripIllegalCharacters } from '../text/sanitize-text.ts';
import { PATHS, withBase } from '../urls.ts';
import type { Feed, FeedSite } from './feed-contents.ts';
import type { FeedImage } from './item-html.ts';
import stylesheetTemplate from './rss.xsl?raw';

/*
 * A feed as an RSS 2.0 document, written through @astrojs/rss, and the responses of the feed
 * endpoints and of the stylesheet that explains a feed opened in a browser. @astrojs/rss
 * escapes every text (content included, as entities rather than CDATA, so a `]]>` in content
 * is harmless); this adds the stripping of characters XML 1.0 forbids, which no escaping can
 * express, and the elements @astrojs/rss has no option for.
 */

/** The content's language, as an RSS `<language>` code. */
const FEED_LANGUAGE = 'en';

/** The namespaces the channel and items use beyond RSS 2.0 (@astrojs/rss adds `content`). */
const FEED_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
};

/** How a feed learns the size in bytes of an image file (by its `/_images/…` path) before the build writes it. */
export type ByteLength = (path: string) => Promise<number>;

/**
 * The HTTP response of a feed endpoint: `pick` chooses the feed from the published content.
 * `site` is the endpoint's `context.site` (SITE_URL); a `[feeds]` error says so when it is unset.
 * `application/xml` rather than `application/rss+xml`, so that a browser shows the feed
 * through its XSL stylesheet instead of offering a download.
 */
export async function feedResponse(site: URL | undefined, pick: (site: FeedSite) => Feed): Promise<Response> {
  if (!site) {
    throw new Error(
      '[feeds] Feeds need absolute URLs, but `site` is not set. Set SITE_URL (see .env.example).',
    );
  }
  const [settings, views] = await Promise.all([getSettings(), getSiteViews()]);
  // An enclosure states its file's length: the encode the image integration started with the
  // build is awaited (or, in dev, the file is encoded into the cache now) and measured.
  const xml = await renderRss(pick({ site: site.href, settings, views }), encodedByteLength);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

/**
 * The response of `/rss.xsl` (rss.xsl beside this file), which turns a feed opened in a browser
 * into a page explaining how to subscribe. Its links resolve against the feed's URL, not its
 * own, so the template's root-relative links (`href="/rss.css"`, the icon) get the base path here.
 */
export function stylesheetResponse(): Response {
  return new Response(stylesheetTemplate.replaceAll('href="/', `href="${withBase('/')}`), {
    headers: { 'Content-Type': 'text/xsl; charset=utf-8' },
  });
}

/**
 * Writes `feed` as RSS 2.0, styled by the site's XSL stylesheet (`/rss.xsl`). `byteLength`
 * gives each enclosure its real length: the build's encoder in a build, a stand-in in tests.
 */
export async function renderRss(feed: Feed, byteLength: ByteLength): Promise<string> {
  // Trimmed because customData's parser trims the image title, which must equal the channel's.
  const title = stripIllegalCharacters(feed.channel.title).trim();
  const xml = await getRssString({
    title,
    description: stripIllegalCharacters(feed.channel.description).trim(),
    site: feed.channel.link,
    items: await Promise.all(feed.items.map((item) => toRssItem(item, byteLength))),
    xmlns: FEED_NAMESPACES,
    stylesheet: PATHS.feedStylesheet,
    customData: channelCustomData(feed.channel, title),
  });
  // Once over the whole document, so no text, the content's or ours, can carry one through.
  return stripIllegalCharacters(xml);
}

async function toRssItem(
  { id, creator, enclosure, ...item }: Feed['items'][number],
  byteLength: ByteLength,
): Promise<RSSFeedItem> {
  return {
    ...item,
    // @astrojs/rss writes guid from the link (isPermaLink="true"); customData replaces it.
    customData: [
      xmlElement('guid', itemGuid(id), { isPermaLink: 'false' }),
      creator ? xmlElement('dc:creator', creator) : '',
    ].join(''),
    enclosure: enclosure && {
      url: enclosure.url,
      length: await byteLength(enclosure.path),
      type: enclosure.type,
    },
  };
}

/**
 * An item's `guid`: the document `_id`. customData is read back with a parser that turns
 * number-like text into numbers ("007" → 7, "1e5" → 100000), so an `_id` that reads as a
 * number gets a fixed prefix to keep it intact.
 */
export function itemGuid(documentId: string): string {
  return Number.isNaN(Number(documentId)) ? documentId : `sanity-document:${documentId}`;
}

/** The channel elements @astrojs/rss has no option for: `language`, `lastBuildDate`, `atom:link rel="self"`, `image`. */
function channelCustomData(channel: Feed['channel'], title: string): string {
  return [
    xmlElement('language', FEED_LANGUAGE),
    xmlElement('lastBuildDate', channel.lastBuildDate.toUTCString()),
    `<atom:link${xmlAttributes({ href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' })}/>`,
    channel.image ? channelImage(channel.image, title, channel.link) : '',
  ].join('');
}

// RSS requires the image's title and link to be the channel's own.
function channelImage(image: FeedImage, title: string, link: string): string {
  const children = [
    xmlElement('url', image.url),
    xmlElement('title', title),
    xmlElement('link', link),
    xmlElement('width', String(image.width)),
    xmlElement('height', String(image.height)),
  ];
  return `<image>${children.join('')}</image>`;
}

/*
 * customData is read back with fast-xml-parser before the feed is written, and that parser
 * decodes only the five named entities: a numeric reference such as `&#39;` (what escapeHtml
 * writes) would come out double-escaped as `&amp;#39;`. So this escaper writes named ones only.
 */
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content or a quoted attribute, after dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return stripIllegalCharacters(text).replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

// Element and attribute names are ours, never content; every value is escaped.
function xmlElement(name: string, text: string, attributes: Record<string, string> = {}): string {
  return `<${name}${xmlAttributes(attributes)}>${escapeXml(text)}</${name}>`;
}

function xmlAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}
