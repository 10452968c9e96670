/**
 * The content-drop guard, run before a deploy: compares the new build's manifest with the live
 * site's and exits 1 when the new build would remove too many posts, or when the live site could
 * not be checked. Prints one `[deploy]` line saying what it found.
 *
 * Usage: npm run deploy:guard [-- --dist <dir>]
 * Environment: SITE_URL (required), QUIRE_MAX_CONTENT_DROP, QUIRE_ALLOW_CONTENT_DROP (.env.example).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDotEnv, readDeployConfig } from '../src/lib/config.ts';
import {
  BUILD_MANIFEST_FILE,
  type BuildManifest,
  parseBuildManifest,
} from '../src/lib/deploy/build-manifest.ts';
import { decideDeploy, liveManifestUrl } from '../src/lib/deploy/drop-guard.ts';
import { fetchLiveManifest } from '../src/lib/deploy/live-manifest.ts';

async function readNewManifest(dist: string): Promise<BuildManifest> {
  const file = join(dist, BUILD_MANIFEST_FILE);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const parsed =
    text === undefined ? { ok: false as const, problem: 'there is no such file' } : parseBuildManifest(text);
  if (!parsed.ok) {
    throw new Error(
      `[deploy] Cannot read this build's manifest ${file}: ${parsed.problem}. Run the build (npm run build) before the guard, or pass --dist <folder> if the build went elsewhere.`,
    );
  }
  return parsed.manifest;
}

async function main(): Promise<boolean> {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  loadDotEnv();
  const config = readDeployConfig();
  const next = await readNewManifest(values.dist);
  const url = liveManifestUrl(config.siteUrl);
  const verdict = decideDeploy({
    url: url.href,
    next,
    live: await fetchLiveManifest(url),
    maxContentDrop: config.maxContentDrop,
    allowContentDrop: config.allowContentDrop,
  });
  (verdict.deploy ? console.log : console.error)(verdict.message);
  return verdict.deploy;
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
