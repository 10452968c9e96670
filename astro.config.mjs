// @ts-check
import { defineConfig } from 'astro/config';
import { readConfig } from './src/lib/config.ts';

const config = readConfig();

export default defineConfig({
  site: config.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: config.cacheDir,
});
