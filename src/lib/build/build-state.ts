import type { Derivative } from '../images/derivative.ts';
import type { CachedFile } from '../images/derivative-cache.ts';
import type { AssetPolicy } from '../sanity/asset-policy.ts';

/*
 * What one build knows beyond its pages: planned once from the content when it loads, read by
 * the integrations and the feeds. Nothing here is recorded while pages render, so a page that
 * Astro's incremental build restores instead of rendering loses nothing.
 *
 * Why globalThis: in Astro 7 the content loader runs from Vite's module runner, the pages from
 * the prerender bundle and the integrations from the copy of this module loaded with
 * astro.config.mjs: three instances of every module in one process. (Checked on Astro 7.3.5
 * with a two-page fixture: same pid, a module-level Map empty at build:done.) `Symbol.for`
 * names the same slot from each copy; this is the only such slot in src/.
 */
const STATE_KEY: unique symbol = Symbol.for('quire.build-state');

/** What search engines learn about one page from the content: see src/lib/seo/sitemap.ts. */
export interface PageFacts {
  noIndex: boolean;
  lastmod?: string | undefined;
}

/** What the content plans for a build: replaced whole each time content loads. */
export interface ContentPlan {
  /** Where source images may be read from: the asset policy of the content source. */
  assetPolicy: AssetPolicy;
  /** Every image file the site links to, keyed by output path (`/_images/…`, before the base). */
  images: ReadonlyMap<string, Derivative>;
  /** Facts about pages, keyed by path with the base (as a page's URL has it). */
  pages: ReadonlyMap<string, PageFacts>;
}

interface BuildState {
  plan?: ContentPlan;
  /** The persistent image cache, set by the image integration. */
  imageCacheDir?: string;
  /** The encodes the image integration started for this build, by output path. */
  encodes: ReadonlyMap<string, Promise<CachedFile>>;
}

type StateHolder = { [STATE_KEY]?: BuildState };

function state(): BuildState {
  const holder = globalThis as StateHolder;
  holder[STATE_KEY] ??= { encodes: new Map() };
  return holder[STATE_KEY];
}

/** Publishes the plan of freshly loaded content, replacing the last one and its encodes. */
export function publishContentPlan(plan: ContentPlan): void {
  const current = state();
  current.plan = plan;
  current.encodes = new Map();
}

/**
 * The plan of the content loaded last. Throws an `[build]` error naming the fix when no
 * content has loaded in this process.
 */
export function contentPlan(): ContentPlan {
  const { plan } = state();
  if (!plan) {
    throw new Error(
      '[build] No content has been loaded in this process, so there is no plan of its images and pages. Load content through the collections in src/content.config.ts first.',
    );
  }
  return plan;
}

/** The content plan, or `undefined` before content has loaded (a dev server just started). */
export function currentContentPlan(): ContentPlan | undefined {
  return state().plan;
}

/** Records the image cache folder, from the image integration's configuration. */
export function setImageCacheDir(cacheDir: string): void {
  state().imageCacheDir = cacheDir;
}

/**
 * The image cache folder. Throws an `[images]` error when the image integration is not in
 * astro.config.mjs, since nothing else says where encoded files go.
 */
export function imageCacheDir(): string {
  const { imageCacheDir: folder } = state();
  if (!folder) {
    throw new Error(
      '[images] The image cache folder is unknown. Add quireImages() to the integrations in astro.config.mjs.',
    );
  }
  return folder;
}

/** Shares the encodes the image integration started, so feeds can wait for the files they measure. */
export function shareEncodes(files: ReadonlyMap<string, Promise<CachedFile>>): void {
  state().encodes = files;
}

/** The encode of `path` the image integration started in this build, if it did. */
export function startedEncode(path: string): Promise<CachedFile> | undefined {
  return state().encodes.get(path);
}
