import { createHash } from 'node:crypto';
import { glob, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { buildSite, createBuildFolder } from '../support/build-site.ts';
import { datasetWithPosts, writeExport } from '../support/dataset-builder.ts';
import { type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator.ts';

/** Every file under `dir` with the sha256 of its bytes, so two snapshots compare byte for byte. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for await (const entry of glob('**/*', { cwd: dir, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return files;
}

/** What sits beside the output folder besides itself: staging folders or a lock would show here. */
async function siblingsOf(outDir: string): Promise<string[]> {
  return (await readdir(dirname(outDir))).filter((name) => name !== basename(outDir));
}

async function exportOf(postCount: number): Promise<string> {
  return (await writeExport(datasetWithPosts(postCount))).folder;
}

describe('the output folder of a build', () => {
  let emulator: SanityEmulator;
  beforeAll(async () => {
    // Every image points at a file the CDN does not have (deleted from the Media Library, say):
    // the build can only fail once pages are written, when the image pipeline downloads them.
    const { documents } = await readDatasetExport(await exportOf(3));
    emulator = await startSanityEmulator({ documents: [], projectId: 'quiretest' });
    const missing = (id: unknown) => `${emulator.url}/images/quiretest/production/missing-${String(id)}.jpg`;
    emulator.setDocuments(
      documents.map((doc) => (doc._type === 'sanity.imageAsset' ? { ...doc, url: missing(doc._id) } : doc)),
    );
  });
  afterAll(() => emulator.close());

  // Both tests use one folder: the complete build the first leaves is what the second must keep.
  let outDir: string;

  it('is one complete build when two builds of it run at once: the second waits its turn', async () => {
    outDir = join(await createBuildFolder(), 'dist');
    const [two, three] = await Promise.all([
      buildSite({ SANITY_EXPORT: await exportOf(2), SITE_URL: 'https://quire.test' }, { outDir }),
      buildSite({ SANITY_EXPORT: await exportOf(3), SITE_URL: 'https://quire.test' }, { outDir }),
    ]);
    expect([two.exitCode, three.exitCode], `${two.output}\n${three.output}`).toEqual([0, 0]);
    expect(`${two.output}${three.output}`).toContain('Waiting for the build in progress');
    const manifest = JSON.parse(await readFile(join(outDir, 'build-manifest.json'), 'utf8'));
    const posts = await readdir(join(outDir, 'posts'));
    // Pages and manifest from the same build, whichever finished last.
    expect(posts).toHaveLength(manifest.postCount);
    expect([2, 3]).toContain(manifest.postCount);
    expect(await readdir(outDir)).toEqual(expect.arrayContaining(['index.html', 'pagefind', '_images']));
    expect(await siblingsOf(outDir)).toEqual([]);
  });

  it('stays byte for byte as it was when a build fails after writing pages, with no staging left', async () => {
    const before = await snapshot(outDir);
    expect(Object.keys(before)).toContain('posts/post-2/index.html');

    const failed = await buildSite(
      {
        SITE_URL: 'https://quire.test',
        SANITY_PROJECT_ID: 'quiretest',
        SANITY_API_HOST: emulator.url,
      },
      { outDir },
    );
    expect(failed.exitCode).not.toBe(0);
    // Astro lists each page as it writes it: the failure came after pages were on disk.
    expect(failed.output).toMatch(/├─ \/404\.html/);
    // The operator is told which image, which document shows it, and what to do.
    expect(failed.output).toMatch(
      /\[images\] Image "image-[0-9a-f]+-640x360-png" used by "post-\d" could not be downloaded from http:\/\/127\.0\.0\.1:\d+\/images\/quiretest\/production\/missing-image-[0-9a-f]+-640x360-png\.jpg: HTTP 404 Not Found\. Check in the Studio that the image still exists/,
    );
    expect(await snapshot(outDir)).toEqual(before);
    expect(await siblingsOf(outDir)).toEqual([]);
  });
});
