/**
 * The Studio's settings, read from `SANITY_STUDIO_*` variables: the one module that reads them.
 *
 * Safe in every runtime the Studio code runs in: the browser bundle (Vite replaces
 * `import.meta.env`), the CLI's schema tools and vitest (both Vite), and plain Node
 * (sanity.cli.ts), where `import.meta.env` is absent and `process.env` is used instead.
 */

/** Stands in for a real project id so `sanity build` and `sanity schema validate` work offline (CI). */
export const PLACEHOLDER_PROJECT_ID = 'placeholder';

import { DEFAULT_DATASET } from '../src/lib/shared-settings.ts';

/** Pinned Content Lake API version for every client the Studio code creates: the site's own. */
export { DEFAULT_DATASET, SANITY_API_VERSION as API_VERSION } from '../src/lib/shared-settings.ts';

type StudioVariables = Partial<
  Record<
    'SANITY_STUDIO_PROJECT_ID' | 'SANITY_STUDIO_DATASET' | 'SANITY_STUDIO_APP_ID' | 'SANITY_STUDIO_SITE_URL',
    string
  >
>;

function readVariables(): StudioVariables {
  // Vite (browser bundle, CLI schema tools, vitest) provides import.meta.env; jiti-loaded
  // sanity.cli.ts has only process.env, and the browser has no process at all.
  const viteEnv = (import.meta as { env?: StudioVariables }).env ?? {};
  const nodeEnv: StudioVariables = typeof process === 'undefined' ? {} : process.env;
  return { ...viteEnv, ...nodeEnv };
}

/** The Studio's settings, and whether the project is a real one rather than the placeholder. */
export interface StudioEnv {
  projectId: string;
  dataset: string;
  hasProject: boolean;
  /** The deployed Studio's application id (printed by the first `sanity deploy`), if set. */
  appId: string | undefined;
  /** The live site's URL (the site's SITE_URL), for "Open on site"; unset hides that action. */
  siteUrl: string | undefined;
}

/**
 * Reads `SANITY_STUDIO_PROJECT_ID`, `SANITY_STUDIO_DATASET`, `SANITY_STUDIO_APP_ID` and
 * `SANITY_STUDIO_SITE_URL` now (call it after loading any .env file). Unset or blank values fall
 * back to {@link PLACEHOLDER_PROJECT_ID}, {@link DEFAULT_DATASET}, no app id and no site URL.
 */
export function readStudioEnv(): StudioEnv {
  const env = readVariables();
  const projectId = env.SANITY_STUDIO_PROJECT_ID?.trim() || PLACEHOLDER_PROJECT_ID;
  const dataset = env.SANITY_STUDIO_DATASET?.trim() || DEFAULT_DATASET;
  const appId = env.SANITY_STUDIO_APP_ID?.trim() || undefined;
  const siteUrl = env.SANITY_STUDIO_SITE_URL?.trim() || undefined;
  return { projectId, dataset, hasProject: projectId !== PLACEHOLDER_PROJECT_ID, appId, siteUrl };
}
