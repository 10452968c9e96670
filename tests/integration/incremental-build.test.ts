import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_EXPORT_PATH } from '../../src/lib/config.ts';
import { type BuildResult, buildSite } from '../support/build-site.ts';
import { getSampleSite, SAMPLE_SITE_ORIGIN } from '../support/sample-site.ts';

/*
 * Rebuilds reuse what they can: images from the image cache, pages from Astro's incremental
 * build (src/lib/site/cache-keys.ts), the search index when no page changed. The proof that
 * reuse never serves a stale page: after edits of each kind, a rebuild over the old cache must
 * write exactly what a build from nothing writes.
 */

const CACHES = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));

let work: string;
let dataset: string;
const env = () => ({
  SITE_URL: SAMPLE_SITE_ORIGIN,
  SANITY_EXPORT: dataset,
  QUIRE_CACHE_DIR: join(work, 'cache'),
});

/** The image summary a build prints: `[images] N derivatives: E encoded, C from cache`. */
function imageSummary(output: string) {
  const match = /\[images\] (\d+) derivatives: (\d+) encoded, (\d+) from cache/.exec(output);
  if (!match) throw new Error(`no [images] summary in the build output:\n${output.slice(-2000)}`);
  const [total, encoded, fromCache] = match.slice(1).map(Number);
  return { total, encoded, fromCache };
}

/** Pages Astro copied from the last build instead of rendering, by output file. */
const restored = (build: BuildResult) =>
  [...build.output.matchAll(/(\S+\.html) \((?:restored|cached)\)/g)].map(([, file]) => file).sort();

/** Every page, feed and sitemap a build wrote, by path; the build manifest dates itself. */
async function writtenText(build: { outDir: string }): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(build.outDir, { recursive: true, withFileTypes: true })) {
    const path = relative(build.outDir, join(entry.parentPath, entry.name));
    if (!entry.isFile() || !/\.(?:html|xml)$/.test(path)) continue;
    files.set(path, await readFile(join(build.outDir, path), 'utf8'));
  }
  return files;
}

/** Applies `edit` to the documents of the dataset on disk, as publishing in the Studio would. */
async function editDataset(edit: (doc: Record<string, unknown>) => Record<string, unknown>) {
  const file = join(dataset, 'data.ndjson');
  const lines = (await readFile(file, 'utf8')).trim().split('\n');
  const edited = lines.map((line) => JSON.stringify(edit(JSON.parse(line))));
  await writeFile(file, `${edited.join('\n')}\n`);
}

let sample: Awaited<ReturnType<typeof getSampleSite>>;
let warm: BuildResult;

beforeAll(async () => {
  work = await mkdtemp(join(CACHES, 'quire-incremental-'));
  dataset = join(work, 'dataset');
  await cp(SAMPLE_EXPORT_PATH, dataset, { recursive: true });
  // The first build is the run's sample build (tests/support/site-builds.setup.ts), of the same
  // content in sanity/seed/. The rebuild reads a copy from another folder, as a build of a new
  // export archive does (each unpacks into a folder of its own): where the bytes of an image
  // lie is not something a page shows.
  sample = await getSampleSite();
  warm = await buildSite(env(), { outDir: join(work, 'dist'), cacheFrom: sample.cacheDir });
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('a rebuild of unchanged content, from an export in another folder', () => {
  it('encodes no image, renders no post, series or list page, and reuses the search index', async () => {
    expect(warm.exitCode, warm.output).toBe(0);
    const images = imageSummary(warm.output);
    expect(images.total).toBeGreaterThan(0);
    expect(images).toEqual({ total: images.total, encoded: 0, fromCache: images.total });
    // Every post, the series, every category and the archive: the pages with a cache key.
    expect(restored(warm)).toHaveLength(6 + 1 + 3 + 1);
    expect(warm.output).toContain('[search] Pages unchanged: reused the search index of the last build.');
    const [before, after] = [await writtenText(sample), await writtenText(warm)];
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...after].filter(([path, text]) => before.get(path) !== text).map(([path]) => path)).toEqual([]);
  });
});

describe('a rebuild after edits', () => {
  it('writes exactly what a build from nothing writes, and still reuses the pages no edit touched', async () => {
    await editDataset((doc) => {
      switch (doc._id) {
        // A post's own page, its neighbours' pagers, its category and the archive.
        case 'post-moral-injury':
          return { ...doc, title: 'Moral injury, renamed' };
        // The page of every post in the category, and the category's own page.
        case 'category-burnout':
          return { ...doc, title: 'Exhaustion' };
        // A new address: every post that links to it, and its neighbours.
        case 'post-first-therapy-session':
          return { ...doc, slug: { _type: 'slug', current: 'your-first-session' } };
        default:
          return doc;
      }
    });
    // Independent (their own caches and output folders), so side by side. The build from
    // nothing starts with the sample build's images: its pages are what is compared.
    const [rebuilt, fresh] = await Promise.all([
      buildSite(env(), { outDir: join(work, 'dist') }),
      buildSite({ ...env(), QUIRE_CACHE_DIR: join(work, 'fresh-cache') }, { imagesFrom: sample.cacheDir }),
    ]);
    expect(rebuilt.exitCode, rebuilt.output).toBe(0);
    expect(fresh.exitCode, fresh.output).toBe(0);
    expect(restored(rebuilt).length).toBeGreaterThan(0);
    expect(restored(rebuilt)).not.toContain('/posts/moral-injury-is-not-a-resilience-problem/index.html');
    const [incremental, full] = [await writtenText(rebuilt), await writtenText(fresh)];
    expect([...incremental.keys()]).toEqual([...full.keys()]);
    const stale = [...full].filter(([path, text]) => incremental.get(path) !== text).map(([path]) => path);
    expect(stale).toEqual([]);
  });
});
