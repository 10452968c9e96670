import type { Figure, SettingsEntry } from '../content/entries.ts';
import { SINGLE_IMAGES } from '../images/site-images.ts';
import { summarizeBlocks } from '../portable-text/summary.ts';
import { placePart } from '../series.ts';
import type { Post, SiteViews } from '../site/site-views.ts';
import { escapeHtml } from '../text/sanitize-text.ts';
import { categoryFeedPath, categoryPath, PATHS, postPath, seriesFeedPath, seriesPath } from '../urls.ts';
import { planFeedImage, renderItemHtml, type SeriesMention } from './item-html.ts';

/*
 * What each feed carries — the site's, each series' and each category's — worked out from the
 * site-wide views every page shares: its channel (title, links, date, image) and its items.
 * Pure: rss-endpoint.ts reads the views from the content store and writes the XML.
 */

/** How many of the newest posts a feed carries: the site's, each series' and each category's. */
export const FEED_LIMIT = 20;

/** Everything the feeds are made from: the site's URL, its settings and the published content. */
export interface FeedSite {
  /** SITE_URL, base path included (`https://example.com/blog/`). */
  site: string;
  settings: SettingsEntry;
  views: Pick<SiteViews, 'posts' | 'authors' | 'categories' | 'seriesById' | 'resolveReference'>;
}

/** One feed: its channel-level facts and its newest `FEED_LIMIT` items, newest first. */
export type Feed = ReturnType<typeof defineFeed>;

/** The site's feed (`/rss.xml`): the newest published posts. */
export function mainFeed(site: FeedSite): Feed {
  const { settings } = site;
  return defineFeed(site, site.views.posts, {
    title: settings.title,
    description: settings.description ?? settings.tagline ?? settings.title,
    path: PATHS.home,
    feedPath: PATHS.feed,
    image: settings.defaultOgImage,
  });
}

/** A series' feed (`/series/<slug>/rss.xml`): its newest published parts; never a planned one. */
export function seriesFeed(site: FeedSite, seriesId: string): Feed {
  const series = site.views.seriesById.get(seriesId)?.data;
  if (!series)
    throw new Error(`[feeds] Series "${seriesId}" is not published, so it has no feed. This is a bug.`);
  const parts = site.views.posts.filter((post) => post.data.series?.id === seriesId);
  return defineFeed(site, parts, {
    title: `${series.title} · ${site.settings.title}`,
    description: series.description ?? `Every published part of the series “${series.title}”.`,
    path: seriesPath(series.slug),
    feedPath: seriesFeedPath(series.slug),
    image: series.coverImage ?? site.settings.defaultOgImage,
  });
}

/** A category's feed (`/categories/<slug>/rss.xml`): its newest posts. */
export function categoryFeed(site: FeedSite, categoryId: string): Feed {
  const category = site.views.categories.find((entry) => entry.id === categoryId)?.data;
  if (!category) {
    throw new Error(`[feeds] Category "${categoryId}" is not published, so it has no feed. This is a bug.`);
  }
  const posts = site.views.posts.filter((post) => post.data.categoryIds.includes(categoryId));
  return defineFeed(site, posts, {
    title: `${category.title} · ${site.settings.title}`,
    description: category.description ?? `Posts about ${category.title}.`,
    path: categoryPath(category.slug),
    feedPath: categoryFeedPath(category.slug),
    image: site.settings.defaultOgImage,
  });
}

// The channel as each kind of feed states it: paths on the site and the figure to show.
function defineFeed(
  site: FeedSite,
  posts: readonly Post[],
  source: { title: string; description: string; path: string; feedPath: string; image: Figure | undefined },
) {
  const newest = posts.slice(0, FEED_LIMIT);
  const channel = {
    title: source.title,
    description: source.description,
    link: new URL(source.path, site.site).href,
    /** Absolute URL of the feed itself, for `atom:link rel="self"`. */
    selfUrl: new URL(source.feedPath, site.site).href,
    /** The newest publication or update among its posts; an empty feed (no post yet) takes the site's. */
    lastBuildDate: latestChange(newest.length > 0 ? newest : site.views.posts),
    /** The square image readers show beside the feed's name, when the site has one to give. */
    image: source.image && planFeedImage(source.image, site.site, SINGLE_IMAGES.feedChannel),
  };
  return { channel, items: newest.map((post) => toFeedItem(post, site)) };
}

/** One post as an item of any feed: a series part is titled and introduced as one everywhere. */
function toFeedItem(post: Post, site: FeedSite) {
  const { data } = post;
  const link = new URL(postPath(data.slug), site.site).href;
  const part = placeInSeries(post, site);
  // Every item gets a description: readers list it, and validators expect it before content.
  const summary = data.excerpt ?? data.seo.description ?? summarizeBlocks(data.body);
  const { resolveReference, categories, authors } = site.views;
  return {
    /** The document `_id`: the item's identity, which no edit (a new slug, say) changes. */
    id: post.id,
    title: part ? `${part.shortLabel}: ${data.title}` : data.title,
    link,
    pubDate: new Date(data.publishedAt),
    /** HTML: RSS descriptions are HTML, so the plain-text summary is escaped once more to stay text. */
    description: escapeHtml(summary),
    content: renderItemHtml(post, { postUrl: link, resolveReference, series: part }),
    categories: data.categoryIds.flatMap(
      (id) => categories.find((entry) => entry.id === id)?.data.title ?? [],
    ),
    /** Written as `dc:creator`; absent when the author is unknown. */
    creator: authors.get(data.authorId)?.data.name,
    /** The hero: the very file the content shows first (planning is pure), so readers fetch it once. */
    enclosure: data.mainImage && planFeedImage(data.mainImage, link, SINGLE_IMAGES.feed),
  };
}

function placeInSeries(post: Post, site: FeedSite): (SeriesMention & { shortLabel: string }) | undefined {
  const series = post.data.series && site.views.seriesById.get(post.data.series.id)?.data;
  const placement = series && placePart(series, post.id);
  if (!series || !placement) return undefined;
  const url = new URL(seriesPath(series.slug), site.site).href;
  return { shortLabel: placement.shortLabel, label: placement.label, title: series.title, url };
}

/** The newest publication or update among `posts` that is not in the future; `now` when there is none. */
export function latestChange(posts: readonly Post[], now = new Date()): Date {
  const times = posts
    .flatMap((post) => [post.data.publishedAt, post.data.updatedAt])
    .map((value) => (value ? Date.parse(value) : Number.NaN))
    .filter((time) => time <= now.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : now;
}
