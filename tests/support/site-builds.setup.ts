import type { TestProject } from 'vitest/node';
import { buildFixtureSite } from './fixture-site.ts';
import { buildSampleSite } from './sample-site.ts';
import { removeMarkedFolders } from './temp-dirs.ts';

/**
 * vitest globalSetup: builds, side by side, the sample site (`getSampleSite()`) and the fixture
 * site (`getFixtureSite()`) once for every test file that reads them, and removes their folders
 * after the run. A failed build does not abort the run: the files that need it fail with its
 * output, the others still run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [sample, fixture] = await Promise.all([buildSampleSite(), buildFixtureSite()]);
  project.provide('quireSampleSite', sample);
  project.provide('quireFixtureSite', fixture);
  // The builds and the fixture's export were marked for removal as they were made.
  return removeMarkedFolders;
}
