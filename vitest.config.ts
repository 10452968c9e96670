/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';
import SlowFirstSequencer from './tests/support/slow-first.sequencer.ts';

export default getViteConfig({
  test: {
    env: { ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    // Most files wait more than they compute (on a build in a child process, a browser, the
    // Studio saving): with two workers on two cores the suite used about one core's worth of CPU.
    // A third worker fills that idle time; `npm test` also runs the type checks beside vitest.
    maxWorkers: 3,
    sequence: { sequencer: SlowFirstSequencer },
    // Removes the folders support helpers made for a test file once it is done.
    setupFiles: ['tests/support/temp-dirs.setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A worker's files share its imports, which halves this project's time (importing is
          // most of a unit file's cost), and its process: a test sets up the shared state it
          // reads (the build state's plan, an env stub) itself, as each one here does.
          isolate: false,
        },
      },
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
