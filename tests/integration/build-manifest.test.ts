import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBuildManifest } from '../../src/lib/deploy/build-manifest.ts';
import { getSampleSite } from '../support/sample-site.ts';

/* The manifest the sample build writes for the deploy's content-drop guard. */

const SEED = new URL('../../sanity/seed/data.ndjson', import.meta.url);

/** The sample's published post ids, read straight from the export rather than through the site. */
async function seedPostIds(): Promise<string[]> {
  const lines = (await readFile(SEED, 'utf8')).trim().split('\n');
  const docs = lines.map((line) => JSON.parse(line) as { _id: string; _type: string; publishedAt?: string });
  return docs
    .filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
    .filter((doc) => Date.parse(doc.publishedAt ?? '') <= Date.now())
    .map((doc) => doc._id)
    .sort();
}

describe('the sample build’s /build-manifest.json', () => {
  let outDir: string;
  beforeAll(async () => {
    ({ outDir } = await getSampleSite());
  });

  it('lists every published post of the sample, and names the source without a path', async () => {
    const parsed = parseBuildManifest(await readFile(join(outDir, 'build-manifest.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problem);
    const expected = await seedPostIds();
    expect(expected).toHaveLength(6);
    expect(parsed.manifest).toMatchObject({ format: 1, source: 'export', postCount: 6, postIds: expected });
    expect(Date.parse(parsed.manifest.builtAt)).toBeLessThanOrEqual(Date.now());
  });

  it('stays out of the sitemap, which lists pages only', async () => {
    const sitemap = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/posts/');
    expect(sitemap).not.toContain('build-manifest');
  });
});
