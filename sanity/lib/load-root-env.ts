/** The repository's .env, shared by the site and the Studio: loaded the same way by both. */
export { loadDotEnv as loadRootEnv, ROOT_ENV_FILE } from '../../src/lib/root-env.ts';
