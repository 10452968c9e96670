import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const CACHES = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));

/** The image summary a build prints: `[images] N derivatives: E encoded, C from cache`. */
function imageSummary(output: string) {
  const match = /\[images\] (\d+) derivatives: (\d+) encoded, (\d+) from cache/.exec(output);
  if (!match) throw new Error(`no [images] summary in the build output:\n${output.slice(-2000)}`);
  const [total, encoded, fromCache] = match.slice(1).map(Number);
  return { total, encoded, fromCache };
}

describe('a warm rebuild of the unchanged sample site', () => {
  it('encodes no image: every derivative comes from the cache', async () => {
    const cache = await mkdtemp(join(CACHES, 'quire-warm-'));
    onTestFinished(() => rm(cache, { recursive: true, force: true }));
    const cold = await buildSite({ QUIRE_CACHE_DIR: cache });
    const warm = await buildSite({ QUIRE_CACHE_DIR: cache });
    expect(cold.exitCode, cold.output).toBe(0);
    expect(warm.exitCode, warm.output).toBe(0);
    const [first, second] = [imageSummary(cold.output), imageSummary(warm.output)];
    console.log(`[bench] sample images: cold ${JSON.stringify(first)}, warm ${JSON.stringify(second)}`);
    expect(first.encoded).toBeGreaterThan(0);
    expect(second).toEqual({ total: first.total, encoded: 0, fromCache: first.total });
  });
});
