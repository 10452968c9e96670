/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

export default getViteConfig({
  test: {
    env: { ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    // Removes the folders support helpers made for a test file once it is done.
    setupFiles: ['tests/support/temp-dirs.setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/studio-*.test.ts'],
          // Builds the sample and fixture sites once for every file that reads them.
          globalSetup: ['tests/support/site-builds.setup.ts'],
          // These build whole sites in child processes and drive a browser: seconds, not ms.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'studio',
          include: ['tests/e2e/studio-*.test.ts'],
          // Builds the Studio twice (with the test project, and with none) for every file here.
          globalSetup: ['tests/support/studio-builds.setup.ts'],
          // Each test opens the built Studio in Chromium and waits for it to load and save.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
