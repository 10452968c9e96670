/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests build whole sites in child processes; a build takes seconds, not ms.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  },
});
