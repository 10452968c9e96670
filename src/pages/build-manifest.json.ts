import type { APIRoute } from 'astro';
import { readConfig } from '../lib/config.ts';
import { createBuildManifest, identifySource } from '../lib/deploy/build-manifest.ts';
import { getSiteViews } from '../lib/site/site-data.ts';

/**
 * `/build-manifest.json`: which posts this build published, for the next deploy's content-drop
 * guard (scripts/deploy-guard.ts) to compare against. Public by design: it holds nothing a
 * reader cannot already see on the site.
 */
export const GET: APIRoute = async () => {
  const { posts } = await getSiteViews();
  const manifest = createBuildManifest({
    postIds: posts.map((post) => post.id),
    source: identifySource(readConfig().source),
    builtAt: new Date(),
  });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
