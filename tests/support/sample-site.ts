import { inject } from 'vitest';
import { buildSite } from './build-site.ts';

/**
 * The origin the sample site is built for. A reserved `.test` name, so it can never be confused
 * with the sample content's own outbound links (example.org) or with a real host.
 */
export const SAMPLE_SITE_ORIGIN = 'https://quire.test';

/** The sample content (sanity/seed/) built once, or why it could not be. */
export type SampleSite = { outDir: string; siteOrigin: string; warnings: string[] } | { error: string };

// Content warnings are ours ("[content] Document …"); Astro's own are tagged [WARN].
const WARNING = /\[WARN\]|\[content\] Document/;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/support/sample-site.setup.ts when vitest runs it as a globalSetup. */
    quireSampleSite?: SampleSite;
  }
}

/** Builds the bundled sample content with a real `astro build`; a failed build becomes `{ error }`. */
export async function buildSampleSite(): Promise<SampleSite> {
  const result = await buildSite({ SITE_URL: SAMPLE_SITE_ORIGIN });
  if (result.exitCode === 0) {
    const warnings = result.output.split('\n').filter((line) => WARNING.test(line));
    return { outDir: result.outDir, siteOrigin: SAMPLE_SITE_ORIGIN, warnings };
  }
  return {
    error: `[tests] The sample site did not build (exit code ${result.exitCode}). Its output ends:\n${result.output.slice(-4000)}`,
  };
}

/**
 * The built sample site: the one the globalSetup built for the whole run when it is configured,
 * else a build of its own (once per test file that calls this). Throws the build's output on failure.
 */
export async function getSampleSite(): Promise<Exclude<SampleSite, { error: string }>> {
  const site = inject('quireSampleSite') ?? (await buildSampleSite());
  if ('error' in site) throw new Error(site.error);
  return site;
}
