import type { AuthorEntry, CategoryEntry, SeriesEntry, SettingsEntry } from '../content/entries.ts';
import { categoryFeedPath, categoryPath, PATHS, seriesFeedPath, seriesPath } from '../urls.ts';
import type { FeedChannel } from './feed-channel.ts';
import type { FeedPost } from './feed-item.ts';

/** Everything the feeds are made from: the published content, already checked. */
export interface FeedSite {
  /** The site's absolute base URL (SITE_URL). */
  site: string;
  settings: SettingsEntry;
  /** Published posts, newest first (shared with the pages: never mutated). */
  posts: readonly FeedPost[];
  authors: ReadonlyMap<string, AuthorEntry>;
  categories: ReadonlyMap<string, CategoryEntry>;
  series: ReadonlyMap<string, SeriesEntry>;
  /** The path of a published post or series by `_id`; `undefined` when it is not published. */
  resolveReference(id: string): string | undefined;
}

/** One feed to write: its channel and its posts, newest first. */
export interface FeedDefinition {
  channel: FeedChannel;
  posts: FeedPost[];
}

/** The site's feed (`/rss.xml`): the newest `limit` published posts. */
export function mainFeed(site: FeedSite, limit: number): FeedDefinition {
  const { settings } = site;
  return define(site, site.posts, limit, {
    title: settings.title,
    description: settings.description ?? settings.tagline ?? settings.title,
    link: PATHS.home,
    self: PATHS.feed,
    image: settings.defaultOgImage,
  });
}

/** A series' feed (`/series/<slug>/rss.xml`): its newest `limit` published parts. */
export function seriesFeed(site: FeedSite, seriesId: string, limit: number): FeedDefinition {
  const series = site.series.get(seriesId);
  if (!series)
    throw new Error(`[feeds] Series "${seriesId}" is not published, so it has no feed. This is a bug.`);
  const posts = site.posts.filter((post) => post.data.series?.id === seriesId);
  return define(site, posts, limit, {
    title: `${series.title} · ${site.settings.title}`,
    description: series.description ?? `Every published part of the series “${series.title}”.`,
    link: seriesPath(series.slug),
    self: seriesFeedPath(series.slug),
    image: series.coverImage ?? site.settings.defaultOgImage,
  });
}

/** A category's feed (`/categories/<slug>/rss.xml`): its newest `limit` posts. */
export function categoryFeed(site: FeedSite, categoryId: string, limit: number): FeedDefinition {
  const category = site.categories.get(categoryId);
  if (!category)
    throw new Error(`[feeds] Category "${categoryId}" is not published, so it has no feed. This is a bug.`);
  const posts = site.posts.filter((post) => post.data.categoryIds.includes(categoryId));
  return define(site, posts, limit, {
    title: `${category.title} · ${site.settings.title}`,
    description: category.description ?? `Posts about ${category.title}.`,
    link: categoryPath(category.slug),
    self: categoryFeedPath(category.slug),
    image: site.settings.defaultOgImage,
  });
}

interface ChannelPaths extends Omit<FeedChannel, 'link' | 'selfUrl' | 'lastBuildDate'> {
  link: string;
  self: string;
}

function define(
  site: FeedSite,
  posts: readonly FeedPost[],
  limit: number,
  channel: ChannelPaths,
): FeedDefinition {
  const newest = posts.slice(0, limit);
  const { self, link, ...rest } = channel;
  return {
    posts: newest,
    channel: {
      ...rest,
      link: new URL(link, site.site).href,
      selfUrl: new URL(self, site.site).href,
      // An empty feed (a category with no post yet) takes the site's last change.
      lastBuildDate: latestChange(newest.length > 0 ? newest : site.posts),
    },
  };
}

/** The newest publication or update among `posts` that is not in the future; now when there is none. */
export function latestChange(posts: readonly FeedPost[], now = new Date()): Date {
  const times = posts
    .flatMap((post) => [post.data.publishedAt, post.data.updatedAt])
    .map((value) => (value ? Date.parse(value) : Number.NaN))
    .filter((time) => time <= now.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : now;
}
