import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDotEnv, readConfig, readDeployConfig, SAMPLE_EXPORT_PATH } from '../../src/lib/config.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const tempDir = useTempDirs();

describe('readConfig selects the content source', () => {
  it.each([
    {
      name: 'nothing set → the bundled sample export',
      env: {},
      source: { kind: 'export', path: SAMPLE_EXPORT_PATH, cacheDir: 'node_modules/.astro/quire-exports' },
    },
    {
      name: 'SANITY_EXPORT → that export, unpacked under QUIRE_CACHE_DIR',
      env: { SANITY_EXPORT: './backup.tar.gz', QUIRE_CACHE_DIR: '.quire-cache' },
      source: { kind: 'export', path: './backup.tar.gz', cacheDir: '.quire-cache/quire-exports' },
    },
    {
      name: 'SANITY_PROJECT_ID wins over SANITY_EXPORT',
      env: { SANITY_PROJECT_ID: 'abc123', SANITY_EXPORT: './backup.tar.gz', SITE_URL: 'https://example.org' },
      source: {
        kind: 'remote',
        projectId: 'abc123',
        dataset: 'production',
        perspective: 'published',
        timeoutMs: 30_000,
        maxRetries: 5,
        maxResponseBytes: 100_000_000,
      },
    },
    {
      name: 'remote with every option',
      env: {
        SANITY_PROJECT_ID: 'abc123',
        SITE_URL: 'https://example.org',
        SANITY_DATASET: 'staging',
        SANITY_API_READ_TOKEN: 'sk-secret',
        SANITY_API_HOST: 'http://127.0.0.1:3333',
        SANITY_TIMEOUT_MS: '500',
        SANITY_MAX_RETRIES: '0',
        SANITY_MAX_RESPONSE_MB: '250',
      },
      source: {
        kind: 'remote',
        projectId: 'abc123',
        dataset: 'staging',
        perspective: 'published',
        token: 'sk-secret',
        apiHost: 'http://127.0.0.1:3333',
        timeoutMs: 500,
        maxRetries: 0,
        maxResponseBytes: 250_000_000,
      },
    },
    {
      name: 'blank values count as unset',
      env: { SANITY_PROJECT_ID: '  ', SANITY_EXPORT: '' },
      source: { kind: 'export', path: SAMPLE_EXPORT_PATH, cacheDir: 'node_modules/.astro/quire-exports' },
    },
  ])('$name', ({ env, source }) => {
    expect(readConfig(env).source).toEqual(source);
  });

  it('reads drafts for the preview, which needs a project and a read token', () => {
    const remote = {
      SANITY_PROJECT_ID: 'abc123',
      SITE_URL: 'https://example.org',
      QUIRE_PREVIEW_DRAFTS: 'true',
    };
    expect(readConfig({ ...remote, SANITY_API_READ_TOKEN: 'sk-viewer' })).toMatchObject({
      previewDrafts: true,
      source: { kind: 'remote', perspective: 'drafts', token: 'sk-viewer' },
    });
    expect(() => readConfig(remote)).toThrow(/\[config\] Draft preview needs SANITY_API_READ_TOKEN/);
    expect(() => readConfig({ QUIRE_PREVIEW_DRAFTS: 'true' })).toThrow(
      /\[config\] Draft preview .* SANITY_PROJECT_ID/,
    );
  });

  it('requires SITE_URL for a build from the Sanity API, which is a real site', () => {
    expect(() => readConfig({ SANITY_PROJECT_ID: 'abc123' })).toThrow(
      /\[config\] SANITY_PROJECT_ID is set but SITE_URL is not/,
    );
  });

  it('states the defaults once', () => {
    expect(readConfig({})).toMatchObject({
      siteUrl: 'http://localhost:4321/',
      basePath: '/',
      allowEmptySite: false,
      cacheDir: './node_modules/.astro',
      imageCacheDir: 'node_modules/.cache/quire-images',
    });
  });

  it.each([
    ['https://example.org', 'https://example.org/', '/'],
    ['https://example.org/', 'https://example.org/', '/'],
    ['https://example.org/blog', 'https://example.org/blog/', '/blog/'],
    ['https://user.github.io/repo/', 'https://user.github.io/repo/', '/repo/'],
    ['https://example.org/a/b', 'https://example.org/a/b/', '/a/b/'],
  ])('SITE_URL=%s → site %s under base %s', (value, siteUrl, basePath) => {
    expect(readConfig({ SITE_URL: value })).toMatchObject({ siteUrl, basePath });
  });

  it.each(['https://example.org/?page=1', 'https://example.org/blog#top'])(
    'rejects SITE_URL=%s, which no page URL could carry',
    (value) => {
      expect(() => readConfig({ SITE_URL: value })).toThrow(/\[config\] SITE_URL .* query or fragment/);
    },
  );

  it.each([
    ['QUIRE_ALLOW_EMPTY_SITE', 'true', true],
    ['QUIRE_ALLOW_EMPTY_SITE', '1', true],
    ['QUIRE_ALLOW_EMPTY_SITE', 'false', false],
  ])('%s=%s → allowEmptySite %s', (name, value, expected) => {
    expect(readConfig({ [name]: value }).allowEmptySite).toBe(expected);
  });

  it.each([
    ['SITE_URL', 'not a url'],
    ['SITE_URL', 'ftp://example.org'],
    ['SANITY_API_HOST', 'localhost:3333'],
    ['SANITY_TIMEOUT_MS', '-5'],
    ['SANITY_MAX_RETRIES', 'many'],
    ['SANITY_MAX_RESPONSE_MB', '0'],
    ['QUIRE_ALLOW_EMPTY_SITE', 'yes please'],
  ])('rejects %s=%j, naming the variable', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(new RegExp(`\\[config\\].*${name}`));
  });
});

describe('readDeployConfig', () => {
  const SITE = { SITE_URL: 'https://user.github.io/repo' };

  it.each([
    { env: SITE, maxContentDrop: 0.5, allowContentDrop: false },
    {
      env: { ...SITE, QUIRE_MAX_CONTENT_DROP: ' ', QUIRE_ALLOW_CONTENT_DROP: '' },
      maxContentDrop: 0.5,
      allowContentDrop: false,
    },
    { env: { ...SITE, QUIRE_MAX_CONTENT_DROP: '0' }, maxContentDrop: 0, allowContentDrop: false },
    { env: { ...SITE, QUIRE_MAX_CONTENT_DROP: '0.25' }, maxContentDrop: 0.25, allowContentDrop: false },
    {
      env: { ...SITE, QUIRE_MAX_CONTENT_DROP: '1', QUIRE_ALLOW_CONTENT_DROP: 'true' },
      maxContentDrop: 1,
      allowContentDrop: true,
    },
    { env: { ...SITE, QUIRE_ALLOW_CONTENT_DROP: '1' }, maxContentDrop: 0.5, allowContentDrop: true },
  ])('$env → at most $maxContentDrop, override $allowContentDrop', ({ env, ...expected }) => {
    expect(readDeployConfig(env)).toEqual({ siteUrl: `${SITE.SITE_URL}/`, ...expected });
  });

  it('requires SITE_URL, the live site it compares with', () => {
    expect(() => readDeployConfig({ QUIRE_MAX_CONTENT_DROP: '0.5' })).toThrow(
      /\[config\] SITE_URL is not set/,
    );
  });

  it.each([
    ['QUIRE_MAX_CONTENT_DROP', '1.5'],
    ['QUIRE_MAX_CONTENT_DROP', '-0.1'],
    ['QUIRE_MAX_CONTENT_DROP', '50%'],
    ['QUIRE_ALLOW_CONTENT_DROP', 'yes'],
    ['SITE_URL', 'https://user.github.io/repo?preview=1'],
  ])('rejects %s=%j, naming the variable', (name, value) => {
    expect(() => readDeployConfig({ ...SITE, [name]: value })).toThrow(new RegExp(`\\[config\\].*${name}`));
  });

  it('ignores the build-only variables, which the deploy step may not have', () => {
    expect(() => readDeployConfig({ ...SITE, SANITY_TIMEOUT_MS: '-5' })).not.toThrow();
  });
});

describe('loadDotEnv', () => {
  afterEach(() => {
    delete process.env.QUIRE_TEST_FROM_FILE;
    delete process.env.QUIRE_TEST_SET_BLANK;
  });

  it('fills unset variables from .env, never overriding one already set (even blank)', async () => {
    const file = join(await tempDir('quire-env-'), '.env');
    await writeFile(file, 'QUIRE_TEST_FROM_FILE=from-file\nQUIRE_TEST_SET_BLANK=from-file\n');
    process.env.QUIRE_TEST_SET_BLANK = '';
    loadDotEnv(file);
    expect(process.env.QUIRE_TEST_FROM_FILE).toBe('from-file');
    expect(process.env.QUIRE_TEST_SET_BLANK).toBe('');
  });

  it('does nothing when there is no .env', () => {
    expect(() => loadDotEnv('/nonexistent/.env')).not.toThrow();
  });
});
