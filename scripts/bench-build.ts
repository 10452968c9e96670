/**
 * Benchmark: builds sites of growing size through @sanity/client against the local Sanity
 * emulator and prints, per size, the API requests the build made and its wall time.
 *
 * Usage: npm run bench:build [-- 10 100 500]
 */
import { performance } from 'node:perf_hooks';
import { readDatasetExport } from '../src/lib/sanity/dataset-export.ts';
import { buildSite } from '../tests/support/build-site.ts';
import { datasetWithPosts, writeExport } from '../tests/support/dataset-builder.ts';
import { startSanityEmulator } from '../tests/support/sanity-emulator.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);

console.log('posts  pages  api-requests  build-seconds');
for (const postCount of sizes.length ? sizes : [10, 100, 500]) {
  const { folder } = await writeExport(datasetWithPosts(postCount));
  const { documents } = await readDatasetExport(folder);
  const emulator = await startSanityEmulator({ documents });
  try {
    const started = performance.now();
    const build = await buildSite({
      SITE_URL: 'https://quire.test',
      SANITY_PROJECT_ID: 'bench',
      SANITY_API_HOST: emulator.url,
    });
    const seconds = (performance.now() - started) / 1000;
    if (build.exitCode !== 0) throw new Error(`build of ${postCount} posts failed:\n${build.output}`);
    const row = [postCount, build.pages.length, emulator.requests.length, seconds.toFixed(1)];
    console.log(row.map((cell, i) => String(cell).padStart([5, 6, 13, 14][i] ?? 0)).join(' '));
  } finally {
    await emulator.close();
  }
}
