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
    vi.stubEnv('SANITY_STUDIO_SITE_URL', '');
    expect(readStudioEnv()).toEqual({
      projectId: PLACEHOLDER_PROJECT_ID,
      dataset: DEFAULT_DATASET,
      hasProject: false,
      appId: undefined,
      siteUrl: undefined,
    });
    expect(DEFAULT_DATASET).toBe('production');
  });

  it('reads the SANITY_STUDIO_* variables, trimmed', () => {
    vi.stubEnv('SANITY_STUDIO_PROJECT_ID', ' abc123xy ');
    vi.stubEnv('SANITY_STUDIO_DATASET', 'staging');
    vi.stubEnv('SANITY_STUDIO_APP_ID', 'app42');
    vi.stubEnv('SANITY_STUDIO_SITE_URL', ' https://example.org/blog ');
    expect(readStudioEnv()).toEqual({
      projectId: 'abc123xy',
      dataset: 'staging',
      hasProject: true,
      appId: 'app42',
      siteUrl: 'https://example.org/blog',
    });
  });
});
