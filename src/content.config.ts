import { defineCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { publishContentPlan } from './lib/build/build-state.ts';
import { type QuireConfig, readConfig } from './lib/config.ts';
import { identifyContent } from './lib/content/content-identity.ts';
import {
  AUTHOR_ENTRY,
  CATEGORY_ENTRY,
  POST_ENTRY,
  SERIES_ENTRY,
  SETTINGS_ENTRY,
} from './lib/content/entries.ts';
import { createSharedLoad } from './lib/content/shared-load.ts';
import { guardAgainstShrink } from './lib/content/shrink-guard.ts';
import { loadSiteContent, type SiteContent } from './lib/content/site-content.ts';
import { planSiteImages } from './lib/images/site-images.ts';
import type { ContentSource } from './lib/sanity/content-source.ts';
import { createContentSource } from './lib/sanity/select-source.ts';
import { planPageFacts } from './lib/seo/sitemap.ts';
import { entryDigest } from './lib/site/cache-keys.ts';

/*
 * Sanity → Astro collections: the only door content comes through. All the collections
 * share one load of the site's content (one API request per build), then each takes its part.
 */

/**
 * One load of the content, each entry's digest (of its JSON), and an id that changes exactly
 * when some entry does (a digest of them all).
 */
type Snapshot = { id: string; content: SiteContent; digests: Map<object, string> };

const digestOf = (text: string): string => createHash('sha256').update(text).digest('base64url');

/**
 * An entry's digest ({@link entryDigest}): of what its pages show, and of where its images'
 * bytes are read from. One serialisation gives both: a figure's `asset` is written without its
 * `url` (its asset id already names the bytes), and the URLs are collected on the way.
 */
function digestEntry(entry: object): string {
  const sources: string[] = [];
  const shown = JSON.stringify(entry, (key, value: unknown) => {
    if (key !== 'asset' || !value || typeof value !== 'object' || !('url' in value)) return value;
    sources.push(String(value.url));
    return { ...value, url: undefined };
  });
  return entryDigest(digestOf(shown), digestOf(JSON.stringify(sources)));
}

/** Every entry's digest, and one id for all of them. */
function digestContent(content: SiteContent): Pick<Snapshot, 'id' | 'digests'> {
  const entries: object[] = [content.settings];
  for (const map of [content.authors, content.categories, content.series, content.posts]) {
    entries.push(...map.values());
  }
  const digests = new Map(entries.map((entry) => [entry, digestEntry(entry)]));
  return { id: digestOf([...digests.values()].join()), digests };
}

/** Loads, checks and guards the site's content: what the collections share in one sync. */
async function loadContent(warn: (message: string) => void): Promise<Snapshot> {
  const config = readConfig();
  const source = createContentSource(config.source);
  const loaded = await loadSiteContent(source, {
    now: new Date(),
    allowEmptySite: config.allowEmptySite || config.previewDrafts,
    preview: config.previewDrafts,
    warn,
  });
  // Drafts are not the site: a preview neither trips nor moves the shrink record.
  if (!config.previewDrafts) await guardShrink(config, source, loaded.posts.size);
  // What the integrations make of this content: the image files (read only from where this
  // source says images live) and the sitemap's facts. Planned here, before any page renders.
  publishContentPlan({
    assetPolicy: await source.assetPolicy(),
    images: planSiteImages(loaded),
    pages: planPageFacts(loaded, config.basePath),
  });
  return { content: loaded, ...digestContent(loaded) };
}

async function guardShrink(config: QuireConfig, source: ContentSource, postCount: number): Promise<void> {
  await guardAgainstShrink(postCount, {
    cacheDir: config.cacheDir,
    // One record per site, not per spelling of its path: switching sites is not shrinking.
    identity: await identifyContent(config.source, source),
    allowShrink: config.allowShrink,
    describeSource: source.description,
  });
}

// Warnings go to the logger of the latest loader to run; they are the same whichever logs them.
let warn: (message: string) => void = console.warn;

type Entries = Iterable<readonly [string, object]>;

/**
 * A collection's loader: takes its part of the shared snapshot. An entry whose digest is
 * unchanged since the last build (and whose schema is unchanged: its shape is part of the
 * digest) is neither checked nor written again; one that disappeared is deleted.
 */
function sanityLoader(schema: z.ZodType, select: (snapshot: Snapshot) => Entries): Loader {
  const shape = digestOf(JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' })));
  return {
    name: 'quire-sanity',
    async load({ store, parseData, logger }) {
      warn = (message) => logger.warn(message);
      const snapshot = await takeSnapshot();
      const current = new Set<string>();
      for (const [id, entry] of select(snapshot)) {
        current.add(id);
        // The shape first, so that the part a page's cache key takes (entryDigest) includes it.
        const digest = `${shape}.${snapshot.digests.get(entry) ?? digestEntry(entry)}`;
        if (store.get(id)?.digest === digest) continue;
        const data = await parseData({ id, data: { ...entry } });
        store.set({ id, data, digest });
      }
      // Replace, never merge: a post unpublished since the last build must disappear.
      for (const id of store.keys()) if (!current.has(id)) store.delete(id);
    },
  };
}

const SNAPSHOT_ENTRY = z.object({ id: z.string() });

export const collections = {
  settings: defineCollection({
    loader: sanityLoader(SETTINGS_ENTRY, ({ content }) => [['siteSettings', content.settings]]),
    schema: SETTINGS_ENTRY,
  }),
  authors: defineCollection({
    loader: sanityLoader(AUTHOR_ENTRY, ({ content }) => content.authors),
    schema: AUTHOR_ENTRY,
  }),
  categories: defineCollection({
    loader: sanityLoader(CATEGORY_ENTRY, ({ content }) => content.categories),
    schema: CATEGORY_ENTRY,
  }),
  series: defineCollection({
    loader: sanityLoader(SERIES_ENTRY, ({ content }) => content.series),
    schema: SERIES_ENTRY,
  }),
  posts: defineCollection({
    loader: sanityLoader(POST_ENTRY, ({ content }) => content.posts),
    schema: POST_ENTRY,
  }),
  // Not content: one entry naming the content, so src/lib/site/site-data.ts can tell in one
  // lookup whether the site-wide views it computed still describe the store.
  snapshot: defineCollection({
    loader: sanityLoader(SNAPSHOT_ENTRY, ({ id }) => [['current', { id }]]),
    schema: SNAPSHOT_ENTRY,
  }),
};

// Every sync runs one loader per collection: they share one load, so a build makes one API
// request, and the next sync (a dev refresh, the draft preview) loads afresh.
const takeSnapshot = createSharedLoad(Object.keys(collections).length, () =>
  loadContent((message) => warn(message)),
);
