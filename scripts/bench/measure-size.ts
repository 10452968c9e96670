import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PoolImage } from './image-pool.ts';
import {
  apiBuild,
  coldBuild,
  distOf,
  editedBuild,
  type QuireRun,
  type QuireSetup,
  warmBuild,
} from './quire-builds.ts';
import type { BuildRun } from './run-build.ts';
import { type StarterSetup, starterColdBuild, starterDistOf, starterWarmBuild } from './starter-builds.ts';
import { createSyntheticSite } from './synthetic-posts.ts';
import { toDocuments, writeExportFolder } from './write-export.ts';
import { writeStarterContent } from './write-markdown.ts';

/** Every figure measured at one number of posts; times in seconds, sizes in bytes. */
export interface SizeResult {
  posts: number;
  quire: {
    cold: QuireRun[];
    warm: QuireRun[];
    edited: QuireRun;
    api: QuireRun & { apiRequests: number };
    distBytes: number;
    pages: number;
  };
  starter: { cold: BuildRun[]; warm: BuildRun[]; distBytes: number; pages: number };
}

/** Where the builds of every size happen. */
export interface SizeContext {
  root: string;
  /** Generated files of the benchmark (datasets, Quire's cache and output), never committed. */
  work: string;
  starter: string;
  images: PoolImage[];
  runs: number;
  logFile: string;
}

async function folderSize(folder: string): Promise<{ bytes: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html') && !entry.parentPath.includes('pagefind')) pages += 1;
  }
  return { bytes, pages };
}

/**
 * Generates `posts` synthetic posts as a Sanity export and as the starter's Markdown, then builds
 * both `runs` times cold and `runs` times warm, Quire and starter in turn so that drift in the
 * machine's speed hits both alike; then Quire once after a one-post edit and once through the API.
 */
export async function measureSize(posts: number, context: SizeContext): Promise<SizeResult> {
  const site = createSyntheticSite(posts, context.images.length);
  const documents = toDocuments(site, context.images);
  const label = `${posts} posts`;
  const quire: QuireSetup = {
    label,
    root: context.root,
    dataset: join(context.work, `export-${posts}`),
    work: join(context.work, `quire-${posts}`),
    logFile: context.logFile,
  };
  const starter: StarterSetup = { label, folder: context.starter, logFile: context.logFile };
  await writeExportFolder(quire.dataset, documents, context.images);
  await writeStarterContent(context.starter, site.posts, context.images);
  const cold: QuireRun[] = [];
  const starterCold: BuildRun[] = [];
  for (let run = 0; run < context.runs; run += 1) {
    cold.push(await coldBuild(quire));
    starterCold.push(await starterColdBuild(starter));
  }
  const warm: QuireRun[] = [];
  const starterWarm: BuildRun[] = [];
  for (let run = 0; run < context.runs; run += 1) {
    warm.push(await warmBuild(quire));
    starterWarm.push(await starterWarmBuild(starter));
  }
  const quireDist = await folderSize(distOf(quire));
  const starterDist = await folderSize(starterDistOf(starter));
  const edited = await editedBuild(quire, documents);
  const api = await apiBuild(quire);
  return {
    posts,
    quire: { cold, warm, edited, api, distBytes: quireDist.bytes, pages: quireDist.pages },
    starter: { cold: starterCold, warm: starterWarm, distBytes: starterDist.bytes, pages: starterDist.pages },
  };
}
