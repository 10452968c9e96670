import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's `.env`, which configures the site's build and the Studio's CLI alike. */
export const ROOT_ENV_FILE = fileURLToPath(new URL('../../.env', import.meta.url));

/**
 * Loads `.env` (by default the repository's) into `process.env`. Variables already set (even to
 * "") win, so the shell and CI override the file. Node only: the CLI, scripts and the build.
 */
export function loadDotEnv(path = ROOT_ENV_FILE): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
