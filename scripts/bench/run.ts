/**
 * Quire's build benchmark: `npm run bench [-- --sizes 100,1000 --runs 3]`.
 *
 * For each size it generates that many synthetic posts, builds them with Quire (from a dataset
 * export: cold, warm, after a one-post edit, and through the local Sanity API emulator) and, in
 * turn with Quire, as Markdown with a plain Astro blog (bench/starter/). It prints a Markdown
 * table and writes every raw figure to bench/results.json. Absolute times depend on the machine
 * and its load; the ratio column, taken pair by pair, is the figure to compare across machines.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureImagePool } from './image-pool.ts';
import { measureSize, type SizeResult } from './measure-size.ts';
import { measureSampleSite } from './sample-weight.ts';
import { installStarter } from './starter-builds.ts';
import { formatNotes, formatTable, summarize } from './summary.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work');
const STARTER = join(ROOT, 'bench', 'starter');
const RESULTS = join(ROOT, 'bench', 'results.json');
/** As many distinct hero images as the measurements used. */
const IMAGE_POOL_SIZE = 10;

function readOptions(): { sizes: number[]; runs: number } {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '100,1000,4000' }, runs: { type: 'string', default: '3' } },
  });
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  if (sizes.some((size) => !Number.isInteger(size) || size < 10) || !Number.isInteger(runs) || runs < 1) {
    throw new Error(
      `[bench] --sizes must be whole numbers of posts of at least 10, comma-separated, and --runs a whole number of at least 1 (got --sizes ${values.sizes} --runs ${values.runs}).`,
    );
  }
  return { sizes, runs };
}

const started = performance.now();
const { sizes, runs } = readOptions();
await mkdir(WORK, { recursive: true });
const logFile = join(WORK, 'builds.log');
await writeFile(logFile, '');
console.log(
  `[bench] Sizes ${sizes.join(', ')}; ${runs} run(s) of each cold and warm build. Build output: ${logFile}`,
);
await installStarter(STARTER);
const images = await ensureImagePool(join(WORK, 'images'), IMAGE_POOL_SIZE);
const sample = await measureSampleSite(ROOT, WORK, logFile);
const results: SizeResult[] = [];
for (const posts of sizes) {
  console.log(`[bench] ${posts} posts…`);
  results.push(await measureSize(posts, { root: ROOT, work: WORK, starter: STARTER, images, runs, logFile }));
}
const rows = results.map(summarize);
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  kernel: release(),
  node: process.version,
};
console.log(`\n${formatTable(rows)}\n\n${formatNotes(rows, sample).join('\n')}`);
console.log(
  `\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Linux ${machine.kernel}, Node ${machine.node}.`,
);
const minutes = (performance.now() - started) / 60_000;
console.log(`[bench] Done in ${minutes.toFixed(1)} minutes. Raw figures: ${RESULTS}`);
const json = { date: new Date().toISOString(), machine, runs, minutes, summary: rows, sample, results };
await writeFile(RESULTS, `${JSON.stringify(json, null, 2)}\n`);
