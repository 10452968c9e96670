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

const PROJECT_ID = 'bench';
const sizes = process.argv.slice(2).map(Number).filter(Boolean);

console.log('posts  pages  api-requests  build-seconds');
for (const postCount of sizes.length ? sizes : [10, 100, 500]) {
  const { folder } = await writeExport(datasetWithPosts(postCount));
  const dataset = await readDatasetExport(folder);
  // The same project id as the build's SANITY_PROJECT_ID: it names the emulator's image folder.
  const emulator = await startSanityEmulator({
    documents: dataset.documents,
    projectId: PROJECT_ID,
    images: dataset.folder,
  });
  try {
    const started = performance.now();
    const build = await buildSite({
      SITE_URL: 'https://quire.test',
      SANITY_PROJECT_ID: PROJECT_ID,
      SANITY_API_HOST: emulator.url,
    });
    const seconds = (performance.now() - started) / 1000;
    if (build.exitCode !== 0) throw new Error(`build of ${postCount} posts failed:\n${build.output}`);
    const apiRequests = emulator.requests.filter((request) => request.path.includes('/data/query/'));
    const row = [postCount, build.pages.length, apiRequests.length, seconds.toFixed(1)];
    console.log(row.map((cell, i) => String(cell).padStart([5, 6, 13, 14][i] ?? 0)).join(' '));
  } finally {
    await emulator.close();
  }
}
