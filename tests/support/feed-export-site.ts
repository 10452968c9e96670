import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { SettingsEntry } from '../../src/lib/content/entries.ts';
import { loadSiteContent } from '../../src/lib/content/site-content.ts';
import {
  categoryFeed,
  type Feed,
  type FeedSite,
  mainFeed,
  seriesFeed,
} from '../../src/lib/feeds/feed-contents.ts';
import { createExportSource } from '../../src/lib/sanity/export-source.ts';
import { buildSiteViews, type SiteCollections } from '../../src/lib/site/site-views.ts';

/** The sample content shipped in sanity/seed/, as a dataset export folder. */
export const SAMPLE_EXPORT = fileURLToPath(new URL('../../sanity/seed', import.meta.url));

/** A dataset export read in-process as a build reads it: its settings and collections. */
export interface ExportContent {
  settings: SettingsEntry;
  collections: SiteCollections;
}

/**
 * Reads a dataset export folder the way a build does (export source → content check), with no
 * `astro build`: drafts, posts dated after `now` and planned parts are dropped by the same code.
 */
export async function loadExportContent(folder: string, now = new Date()): Promise<ExportContent> {
  const content = await loadSiteContent(createExportSource({ kind: 'export', path: folder }), {
    now,
    allowEmptySite: false,
    // The content check's warnings have tests of their own; here they are noise.
    warn: () => {},
  });
  const collections: SiteCollections = {
    posts: [...content.posts].map(([id, data]) => ({ id, collection: 'posts', data })),
    authors: [...content.authors].map(([id, data]) => ({ id, collection: 'authors', data })),
    categories: [...content.categories].map(([id, data]) => ({ id, collection: 'categories', data })),
    series: [...content.series].map(([id, data]) => ({ id, collection: 'series', data })),
  };
  return { settings: content.settings, collections };
}

/** What the feeds of `content` are made from, for a site at `site` (SITE_URL). */
export function toFeedSite(content: ExportContent, site: string): FeedSite {
  return { site, settings: content.settings, views: buildSiteViews(content.collections) };
}

/**
 * Every feed the site serves — its own, one per series, one per category — keyed by its path
 * relative to the site (`rss.xml`, `series/<slug>/rss.xml`, …), read from its self link.
 */
export function everyFeed(site: FeedSite): Map<string, Feed> {
  const feeds = [
    mainFeed(site),
    ...[...site.views.seriesById.keys()].map((id) => seriesFeed(site, id)),
    ...site.views.categories.map((entry) => categoryFeed(site, entry.id)),
  ];
  return new Map(feeds.map((feed) => [feed.channel.selfUrl.slice(site.site.length), feed]));
}

/** A post of the sample export as `data.ndjson` stores it: only the fields feed tests compare. */
export interface SamplePost {
  _id: string;
  publishedAt: string;
  slug: string;
  categoryIds: string[];
}

/**
 * The sample's published posts, newest first, read straight from `data.ndjson` (not through the
 * content check), as the feeds should list them at `now`.
 */
export async function readSamplePosts(now = new Date()): Promise<SamplePost[]> {
  const lines = (await readFile(join(SAMPLE_EXPORT, 'data.ndjson'), 'utf8')).trim().split('\n');
  const posts = lines.flatMap((line): SamplePost[] => {
    const doc = SAMPLE_DOC.parse(JSON.parse(line));
    if (doc._type !== 'post' || doc._id.startsWith('drafts.') || !doc.publishedAt || !doc.slug) return [];
    if (Date.parse(doc.publishedAt) > now.getTime()) return [];
    const categoryIds = (doc.categories ?? []).map((ref) => ref._ref);
    return [{ _id: doc._id, publishedAt: doc.publishedAt, slug: doc.slug.current, categoryIds }];
  });
  return posts.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}

const SAMPLE_DOC = z.looseObject({
  _id: z.string(),
  _type: z.string(),
  publishedAt: z.string().optional(),
  slug: z.object({ current: z.string() }).optional(),
  categories: z.array(z.object({ _ref: z.string() })).optional(),
});
