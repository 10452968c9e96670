/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    env: { ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds the sample site once for every file that reads it (getSampleSite()).
          globalSetup: ['tests/support/sample-site.setup.ts'],
          // These build whole sites in child processes and drive a browser: seconds, not ms.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
