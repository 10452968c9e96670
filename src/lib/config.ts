import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DATASET_VARIABLE, PROJECT_ID_VARIABLE } from './sanity/sanity-names.ts';

export { loadDotEnv } from './root-env.ts';
export { SANITY_API_VERSION } from './shared-settings.ts';

/** The origin used when SITE_URL is unset: only for local builds of an export. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** The sample dataset export shipped with the repository, used when nothing else is configured. */
export const SAMPLE_EXPORT_PATH = fileURLToPath(new URL('../../sanity/seed', import.meta.url));

const flag = z
  .enum(['true', 'false', '1', '0'])
  .default('false')
  .transform((value) => value === 'true' || value === '1');

const optionalText = z.string().trim().optional();

/** Every environment variable Quire reads, with its default stated once. Documented in `.env.example`. */
const ENV_SCHEMA = z.object({
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  SANITY_PROJECT_ID: PROJECT_ID_VARIABLE,
  SANITY_DATASET: DATASET_VARIABLE,
  SANITY_API_READ_TOKEN: optionalText,
  SANITY_API_HOST: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  SANITY_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  SANITY_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(5),
  SANITY_MAX_RESPONSE_MB: z.coerce.number().positive().default(100),
  SANITY_EXPORT: optionalText,
  QUIRE_ALLOW_EMPTY_SITE: flag,
  QUIRE_ALLOW_SHRINK: flag,
  QUIRE_CACHE_DIR: optionalText,
  QUIRE_PREVIEW_DRAFTS: flag,
  QUIRE_MAX_CONTENT_DROP: z.coerce.number().min(0).max(1).default(0.5),
  QUIRE_ALLOW_CONTENT_DROP: flag,
});

export type RemoteSourceConfig = {
  kind: 'remote';
  projectId: string;
  dataset: string;
  /** `drafts` only for the local draft preview; a build refuses it (src/integrations/drafts-preview.ts). */
  perspective: 'published' | 'drafts';
  token?: string;
  apiHost?: string;
  timeoutMs: number;
  maxRetries: number;
  /** An answer larger than this is refused, not read into memory (SANITY_MAX_RESPONSE_MB). */
  maxResponseBytes: number;
};
/** `cacheDir`: where a `.tar.gz` export is unpacked (`<QUIRE_CACHE_DIR>/quire-exports`). */
export type ExportSourceConfig = { kind: 'export'; path: string; cacheDir?: string };
export type SourceConfig = RemoteSourceConfig | ExportSourceConfig;

/** Quire's configuration, as {@link readConfig} reads it from the environment. */
export type QuireConfig = ReturnType<typeof readConfig>;

/**
 * Reads Quire's configuration from environment variables (defaults to `process.env`).
 * `SANITY_PROJECT_ID` selects the remote API; else `SANITY_EXPORT`; else the bundled sample.
 * Throws an `[config]` error naming the variable when a value is invalid.
 */
export function readConfig(env: Record<string, string | undefined> = process.env) {
  const vars = parseEnv(ENV_SCHEMA, env);
  if (vars.SANITY_PROJECT_ID && !vars.SITE_URL) {
    // A real site built without its origin would publish feeds and canonical links to localhost.
    throw new Error(
      '[config] SANITY_PROJECT_ID is set but SITE_URL is not. Set SITE_URL to the public origin of the site (e.g. https://www.example.com); feeds, canonical links and the sitemap are absolute.',
    );
  }
  if (vars.QUIRE_PREVIEW_DRAFTS) checkPreviewVariables(vars);
  const siteUrl = toSiteUrl(vars.SITE_URL ?? LOCAL_SITE_URL);
  const cacheDir = vars.QUIRE_CACHE_DIR ?? './node_modules/.astro';
  return {
    /** SITE_URL normalised to end in "/": origin plus the base path the site is served under. */
    siteUrl: siteUrl.href,
    /** The path part of `siteUrl` ("/" or "/blog/"): Astro's `base`. */
    basePath: siteUrl.pathname,
    source: sourceConfig(vars, cacheDir),
    /** Build even when no post is published (normally a sign of a misconfigured source). */
    allowEmptySite: vars.QUIRE_ALLOW_EMPTY_SITE,
    /** Build even when far fewer posts are published than at the last build. */
    allowShrink: vars.QUIRE_ALLOW_SHRINK,
    /** Astro's cache folder; separate builds running side by side each need their own. */
    cacheDir,
    /** Encoded images, kept across builds so an unchanged image is never encoded twice. */
    imageCacheDir: join(vars.QUIRE_CACHE_DIR ?? './node_modules/.cache', 'quire-images'),
    /** Serve unpublished drafts (`npm run preview:drafts`); never allowed in a build. */
    previewDrafts: vars.QUIRE_PREVIEW_DRAFTS,
  };
}

function sourceConfig(vars: z.output<typeof ENV_SCHEMA>, cacheDir: string): SourceConfig {
  if (!vars.SANITY_PROJECT_ID) {
    const path = vars.SANITY_EXPORT ?? SAMPLE_EXPORT_PATH;
    return { kind: 'export', path, cacheDir: join(cacheDir, 'quire-exports') };
  }
  return {
    kind: 'remote',
    projectId: vars.SANITY_PROJECT_ID,
    dataset: vars.SANITY_DATASET,
    perspective: vars.QUIRE_PREVIEW_DRAFTS ? 'drafts' : 'published',
    token: vars.SANITY_API_READ_TOKEN,
    apiHost: vars.SANITY_API_HOST,
    timeoutMs: vars.SANITY_TIMEOUT_MS,
    maxRetries: vars.SANITY_MAX_RETRIES,
    maxResponseBytes: vars.SANITY_MAX_RESPONSE_MB * 1_000_000,
  };
}

/**
 * Reads the deploy guard's settings: `SITE_URL` (required: the guard checks the live site),
 * `QUIRE_MAX_CONTENT_DROP` and `QUIRE_ALLOW_CONTENT_DROP`. Throws a `[config]` error naming the variable.
 */
export function readDeployConfig(env: Record<string, string | undefined> = process.env) {
  const vars = parseEnv(
    ENV_SCHEMA.pick({ SITE_URL: true, QUIRE_MAX_CONTENT_DROP: true, QUIRE_ALLOW_CONTENT_DROP: true }),
    env,
  );
  if (!vars.SITE_URL) {
    throw new Error(
      '[config] SITE_URL is not set, so the deploy guard cannot find the live site to compare this build with. Set SITE_URL to the public URL of the site (e.g. https://user.github.io/repo/).',
    );
  }
  return {
    /** The live site, whose build manifest this build is compared with; normalised as the build does. */
    siteUrl: toSiteUrl(vars.SITE_URL).href,
    /** The share (0–1) of the live site's posts a deploy may remove. */
    maxContentDrop: vars.QUIRE_MAX_CONTENT_DROP,
    /** Deploy even when the guard would refuse: a larger drop, or a live site it could not check. */
    allowContentDrop: vars.QUIRE_ALLOW_CONTENT_DROP,
  };
}

function parseEnv<Schema extends z.ZodType>(
  schema: Schema,
  env: Record<string, string | undefined>,
): z.output<Schema> {
  // A blank variable counts as unset, so `FOO=` in CI means "use the default", not an error.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value?.trim()));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(
      `[config] Invalid environment: ${problems.join('; ')}. Fix the variable (see .env.example).`,
    );
  }
  return parsed.data;
}

/**
 * SITE_URL as the site's root: a path is the base the site is served under (a GitHub Pages
 * project site is `https://<user>.github.io/<repo>/`), with or without its trailing slash.
 * Throws a `[config]` error for a query or fragment, which no page URL could carry.
 */
function toSiteUrl(value: string): URL {
  const url = new URL(value);
  if (url.search || url.hash) {
    throw new Error(
      `[config] SITE_URL "${value}" has a query or fragment. Set it to the site's root URL only, e.g. https://www.example.com or https://user.github.io/repo.`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** Drafts live only in the Content Lake, and reading them takes a token: say which variable is missing. */
function checkPreviewVariables(vars: z.output<typeof ENV_SCHEMA>): void {
  if (!vars.SANITY_PROJECT_ID) {
    throw new Error(
      '[config] Draft preview reads unpublished drafts from the Sanity API, but SANITY_PROJECT_ID is not set. Set SANITY_PROJECT_ID and SANITY_DATASET (see .env.example).',
    );
  }
  if (!vars.SANITY_API_READ_TOKEN) {
    throw new Error(
      '[config] Draft preview needs SANITY_API_READ_TOKEN: drafts are private even in a public dataset. Create a Viewer token at https://www.sanity.io/manage (API → Tokens) and put it in .env, which git ignores.',
    );
  }
}
