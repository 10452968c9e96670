import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSampleSite } from './sample-site.ts';

/**
 * vitest globalSetup: builds the sample site once for every test file that calls
 * `getSampleSite()`, and removes it after the run. A failed build does not abort the run: the
 * files that need the site fail with its output, the others still run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await buildSampleSite();
  project.provide('quireSampleSite', site);
  return async () => {
    if ('outDir' in site) await rm(dirname(site.outDir), { recursive: true, force: true });
  };
}
