import { readConfig } from '../../src/lib/config.ts';
import { identifyContent } from '../../src/lib/content/content-identity.ts';
import { guardAgainstShrink } from '../../src/lib/content/shrink-guard.ts';
import { loadSiteContent, type SiteContent } from '../../src/lib/content/site-content.ts';
import { createContentSource } from '../../src/lib/sanity/select-source.ts';

/** What the content step of a build gave: the checked content, and the warnings it logged. */
export interface ContentStepResult {
  content: SiteContent;
  warnings: string[];
}

/**
 * The content step of a build, in-process and in milliseconds, as src/content.config.ts runs it
 * (not the draft preview): the configuration read from `env`, the source it selects (the API or
 * an export), one load and check, then the shrink guard, its record kept in `cacheDir`
 * (QUIRE_CACHE_DIR). Rejects with the error a build would stop with.
 */
export async function runContentStep(
  env: Record<string, string>,
  cacheDir: string,
  now = new Date(),
): Promise<ContentStepResult> {
  const config = readConfig({ ...env, QUIRE_CACHE_DIR: cacheDir });
  const source = createContentSource(config.source);
  const warnings: string[] = [];
  const content = await loadSiteContent(source, {
    now,
    allowEmptySite: config.allowEmptySite,
    warn: (message) => warnings.push(message),
  });
  await guardAgainstShrink(content.posts.size, {
    cacheDir: config.cacheDir,
    identity: await identifyContent(config.source, source),
    allowShrink: config.allowShrink,
    describeSource: source.description,
  });
  return { content, warnings };
}
