import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type PageWeight, weighPages } from './page-weight.ts';
import { runBuild } from './run-build.ts';

/** The sample site's page weights: its heaviest post page, and every page that runs JavaScript. */
export interface SampleWeight {
  heaviestPost: PageWeight;
  /** The most JavaScript any post page runs, in bytes (the target is 0). */
  postJsBytes: number;
  pagesWithJs: PageWeight[];
}

/**
 * Builds the bundled sample site (sanity/seed/) from scratch into `<work>/sample/` and weighs its
 * pages. Rejects naming the build when it fails or writes no post page.
 */
export async function measureSampleSite(root: string, work: string, logFile: string): Promise<SampleWeight> {
  const folder = join(work, 'sample');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const dist = join(folder, 'dist');
  await runBuild({
    label: 'Quire, the sample site',
    cwd: root,
    args: [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
    env: {
      SITE_URL: 'https://quire.test',
      SANITY_PROJECT_ID: '',
      SANITY_EXPORT: '',
      QUIRE_CACHE_DIR: join(folder, 'cache'),
    },
    logFile,
  });
  const posts = await weighPages(dist, '/posts/');
  const [heaviestPost] = posts;
  if (!heaviestPost) throw new Error(`[bench] The sample site build wrote no page under /posts/ in ${dist}.`);
  const pagesWithJs = (await weighPages(dist, '/')).filter((page) => page.jsBytes > 0);
  return { heaviestPost, postJsBytes: Math.max(...posts.map((page) => page.jsBytes)), pagesWithJs };
}
