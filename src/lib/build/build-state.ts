import type { Derivative } from '../images/derivative.ts';
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

/** The image integration's cache: its folder, and the encodes it started for this build by output path. */
export interface ImageCache {
  dir: string;
  encodes: ReadonlyMap<string, Promise<{ file: string }>>;
}

interface BuildState {
  plan?: ContentPlan;
  images?: ImageCache;
}

const state = (): BuildState => ((globalThis as { [STATE_KEY]?: BuildState })[STATE_KEY] ??= {});

/**
 * Publishes the plan of freshly loaded content, replacing the last one. Started encodes stay
 * valid: an output path hashes everything that shapes its file.
 */
export function publishContentPlan(plan: ContentPlan): void {
  state().plan = plan;
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

/** Records the image integration's cache folder and (in a build) the encodes it started. */
export function shareImageCache(dir: string, encodes: ImageCache['encodes'] = new Map()): void {
  state().images = { dir, encodes };
}

/**
 * The image integration's cache. Throws an `[images]` error when the integration is not in
 * astro.config.mjs, since nothing else says where encoded files go.
 */
export function imageCache(): ImageCache {
  const { images } = state();
  if (!images) {
    throw new Error(
      '[images] The image cache folder is unknown. Add quireImages() to the integrations in astro.config.mjs.',
    );
  }
  return images;
}
