import { describe, expect, it } from 'vitest';
import {
  createBuildManifest,
  identifySource,
  parseBuildManifest,
} from '../../src/lib/deploy/build-manifest.ts';

const VALID = {
  format: 1,
  builtAt: '2026-11-30T12:00:00.000Z',
  source: 'export',
  postCount: 2,
  postIds: ['post-a', 'post-b'],
};

describe('createBuildManifest', () => {
  it('sorts ids by code unit, drops repeats and counts them', () => {
    const manifest = createBuildManifest({
      postIds: ['post-b', 'Post-c', 'post-a', 'post-b'],
      source: 'export',
      builtAt: new Date('2026-11-30T12:00:00Z'),
    });
    expect(manifest).toEqual({
      format: 1,
      builtAt: '2026-11-30T12:00:00.000Z',
      source: 'export',
      postCount: 3,
      postIds: ['Post-c', 'post-a', 'post-b'],
    });
  });

  it('writes what parseBuildManifest accepts', () => {
    const manifest = createBuildManifest({ postIds: [], source: 'export', builtAt: new Date() });
    expect(parseBuildManifest(JSON.stringify(manifest))).toEqual({ ok: true, manifest });
  });
});

describe('identifySource', () => {
  it.each([
    [
      {
        kind: 'remote',
        projectId: 'abc123',
        dataset: 'staging',
        perspective: 'published',
        timeoutMs: 1,
        maxRetries: 0,
        maxResponseBytes: 1,
      },
      'sanity:abc123/staging',
    ],
    // The export's path is a detail of the build machine: never published.
    [{ kind: 'export', path: '/home/me/backups/production.tar.gz' }, 'export'],
  ] as const)('%j → %s', (source, expected) => expect(identifySource(source)).toBe(expected));
});

describe('parseBuildManifest', () => {
  it.each([
    {
      name: 'an HTML page',
      text: '<!doctype html><title>Someone else</title>',
      problem: /not JSON.*"<!doctype html>/,
    },
    {
      name: 'JSON of another shape',
      text: '{"name":"my-app"}',
      problem: /not a Quire build manifest \(format /,
    },
    { name: 'another format', text: JSON.stringify({ ...VALID, format: 2 }), problem: /format/ },
    {
      name: 'a count that disagrees',
      text: JSON.stringify({ ...VALID, postCount: 3 }),
      problem: /postCount differs/,
    },
    {
      name: 'a date that is not one',
      text: JSON.stringify({ ...VALID, builtAt: 'yesterday' }),
      problem: /builtAt/,
    },
    {
      name: 'an empty id',
      text: JSON.stringify({ ...VALID, postIds: ['post-a', ''] }),
      problem: /postIds\.1/,
    },
    { name: 'a bare array', text: '[]', problem: /\(root\)/ },
  ])('refuses $name', ({ text, problem }) => {
    const parsed = parseBuildManifest(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toMatch(problem);
  });

  it('accepts a manifest with fields a later version may add', () => {
    expect(parseBuildManifest(JSON.stringify({ ...VALID, generator: 'quire' })).ok).toBe(true);
  });
});
