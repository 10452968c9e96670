import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's .env, shared by the site and the Studio. */
export const ROOT_ENV_FILE = fileURLToPath(new URL('../../.env', import.meta.url));

/**
 * Loads the repository root's .env into process.env, if there is one. Node-only (CLI config
 * and scripts). Variables already set in the environment win over the file.
 */
export function loadRootEnv(): void {
  if (existsSync(ROOT_ENV_FILE)) process.loadEnvFile(ROOT_ENV_FILE);
}
