import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DATASET, PLACEHOLDER_PROJECT_ID, readStudioEnv } from '../../sanity/env';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('readStudioEnv', () => {
  it('falls back to a placeholder project and the production dataset, so offline builds work', () => {
    vi.stubEnv('SANITY_STUDIO_PROJECT_ID', '');
    vi.stubEnv('SANITY_STUDIO_DATASET', '  ');
    vi.stubEnv('SANITY_STUDIO_APP_ID', '');
    expect(readStudioEnv()).toEqual({
      projectId: PLACEHOLDER_PROJECT_ID,
      dataset: DEFAULT_DATASET,
      hasProject: false,
      appId: undefined,
    });
    expect(DEFAULT_DATASET).toBe('production');
  });

  it('reads the SANITY_STUDIO_* variables, trimmed', () => {
    vi.stubEnv('SANITY_STUDIO_PROJECT_ID', ' abc123xy ');
    vi.stubEnv('SANITY_STUDIO_DATASET', 'staging');
    vi.stubEnv('SANITY_STUDIO_APP_ID', 'app42');
    expect(readStudioEnv()).toEqual({
      projectId: 'abc123xy',
      dataset: 'staging',
      hasProject: true,
      appId: 'app42',
    });
  });
});
