import { inject } from 'vitest';
import { type BuildResult, buildSite } from './build-site.ts';

/**
 * The origin the sample site is built for. A reserved `.test` name, so it can never be confused
 * with the sample content's own outbound links (example.org) or with a real host.
 */
export const SAMPLE_SITE_ORIGIN = 'https://quire.test';

/** A site built once for a whole run (its output and cache folders), or why it could not be. */
export type SharedSite =
  | { outDir: string; cacheDir: string; siteOrigin: string; warnings: string[] }
  | { error: string };
/** The sample content (sanity/seed/) built once, or why it could not be. */
export type SampleSite = SharedSite;

// Content warnings are ours ("[content] Document …"); Astro's own are tagged [WARN].
const WARNING = /\[WARN\]|\[content\] Document/;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/support/site-builds.setup.ts when vitest runs it as a globalSetup. */
    quireSampleSite?: SampleSite;
  }
}

/**
 * A finished build as a {@link SharedSite}: its folder, origin and warning lines, or, when it
 * failed, an error naming `what` with the end of its output.
 */
export function toSharedSite(result: BuildResult, siteOrigin: string, what: string): SharedSite {
  if (result.exitCode === 0) {
    const warnings = result.output.split('\n').filter((line) => WARNING.test(line));
    return { outDir: result.outDir, cacheDir: result.cacheDir, siteOrigin, warnings };
  }
  return {
    error: `[tests] ${what} did not build (exit code ${result.exitCode}). Its output ends:\n${result.output.slice(-4000)}`,
  };
}

/** Builds the bundled sample content with a real `astro build`; a failed build becomes `{ error }`. */
export async function buildSampleSite(): Promise<SampleSite> {
  return toSharedSite(
    await buildSite({ SITE_URL: SAMPLE_SITE_ORIGIN }),
    SAMPLE_SITE_ORIGIN,
    'The sample site',
  );
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
