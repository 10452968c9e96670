// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { quireAtomicOutput } from './src/integrations/atomic-output.ts';
import { quireDraftsPreview } from './src/integrations/drafts-preview.ts';
import { quireImages } from './src/integrations/images.ts';
import { quirePagefind } from './src/integrations/pagefind.ts';
import { loadDotEnv, readConfig } from './src/lib/config.ts';
import { isIndexable, withLastmod } from './src/lib/seo/sitemap.ts';

loadDotEnv();
const config = readConfig();

export default defineConfig({
  // SITE_URL's path is the base every URL carries (a GitHub Pages project site lives under /<repo>/).
  site: config.siteUrl,
  base: config.basePath,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // One stylesheet for the whole site (a few KB): one render-blocking request per page, cached
  // after the first, instead of a chunk per component that differs from page to page.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  cacheDir: config.cacheDir,
  // Pages whose content and code are unchanged are copied from the last build (kept in
  // cacheDir) instead of rendered; their keys are in src/lib/site/cache-keys.ts.
  experimental: { incrementalBuild: true },
  integrations: [
    sitemap({ filter: isIndexable, serialize: withLastmod }),
    quireImages({ cacheDir: config.imageCacheDir }),
    quirePagefind(),
    quireDraftsPreview({ enabled: config.previewDrafts }),
    // Last: dist/ is replaced only after every integration above has written its files.
    quireAtomicOutput(),
  ],
});
