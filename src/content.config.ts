import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { readConfig } from './lib/config.ts';
import { identifyContent } from './lib/content/content-identity.ts';
import {
  AUTHOR_ENTRY,
  CATEGORY_ENTRY,
  POST_ENTRY,
  SERIES_ENTRY,
  SETTINGS_ENTRY,
} from './lib/content/entries.ts';
import { guardAgainstShrink } from './lib/content/shrink-guard.ts';
import { loadSiteContent, type SiteContent } from './lib/content/site-content.ts';
import { shareAssetPolicy } from './lib/images/source.ts';
import { createContentSource } from './lib/sanity/content-source.ts';

/*
 * Sanity → Astro collections: the only door content comes through. All five collections
 * share one load of the site's content (one API request per build), then each takes its part.
 */

// The five loaders of one sync start together and share this load. A later sync (the dev
// server refreshing content) starts a new one, so edits published meanwhile show up. A refresh
// passes one context object to all five loaders, which then share by that object instead.
const SHARED_LOAD_MS = 10_000;
let shared: { content: Promise<SiteContent>; startedAt: number; sync: unknown } | undefined;

function getSiteContent(warn: (message: string) => void, sync: unknown): Promise<SiteContent> {
  const fresh =
    sync === undefined ? Date.now() - (shared?.startedAt ?? 0) <= SHARED_LOAD_MS : shared?.sync === sync;
  if (!shared || !fresh) {
    const config = readConfig();
    const source = createContentSource(config.source);
    const content = loadSiteContent(source, {
      now: new Date(),
      allowEmptySite: config.allowEmptySite || config.previewDrafts,
      preview: config.previewDrafts,
      warn,
    }).then(async (loaded) => {
      // The image pipeline reads sources only from where this content source says they live.
      shareAssetPolicy(await source.assetPolicy());
      // Drafts are not the site: a preview neither trips nor moves the shrink record.
      if (config.previewDrafts) return loaded;
      await guardAgainstShrink(loaded.posts.size, {
        cacheDir: config.cacheDir,
        // One record per site, not per spelling of its path: switching sites is not shrinking.
        identity: await identifyContent(config.source, source),
        allowShrink: config.allowShrink,
        describeSource: source.description,
      });
      return loaded;
    });
    shared = { content, startedAt: Date.now(), sync };
  }
  return shared.content;
}

type Entries = Iterable<readonly [string, object]>;

function sanityLoader(select: (content: SiteContent) => Entries): Loader {
  return {
    name: 'quire-sanity',
    async load({ store, parseData, generateDigest, logger, refreshContextData }) {
      const content = await getSiteContent((message) => logger.warn(message), refreshContextData);
      // Replace, never merge: a post unpublished since the last build must disappear.
      store.clear();
      for (const [id, entry] of select(content)) {
        const data = await parseData({ id, data: { ...entry } });
        store.set({ id, data, digest: generateDigest(data) });
      }
    },
  };
}

export const collections = {
  settings: defineCollection({
    loader: sanityLoader((content) => [['siteSettings', content.settings]]),
    schema: SETTINGS_ENTRY,
  }),
  authors: defineCollection({ loader: sanityLoader((content) => content.authors), schema: AUTHOR_ENTRY }),
  categories: defineCollection({
    loader: sanityLoader((content) => content.categories),
    schema: CATEGORY_ENTRY,
  }),
  series: defineCollection({ loader: sanityLoader((content) => content.series), schema: SERIES_ENTRY }),
  posts: defineCollection({ loader: sanityLoader((content) => content.posts), schema: POST_ENTRY }),
};
