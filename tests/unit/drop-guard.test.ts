import { describe, expect, it } from 'vitest';
import { type BuildManifest, createBuildManifest } from '../../src/lib/deploy/build-manifest.ts';
import {
  decideDeploy,
  findRemovedPosts,
  type GuardOutcome,
  type LiveManifest,
  liveManifestUrl,
} from '../../src/lib/deploy/drop-guard.ts';

const URL_ = 'https://quire.test/build-manifest.json';
const ids = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `post-${from + i}`);
const manifest = (postIds: string[], source = 'sanity:abc/production'): BuildManifest =>
  createBuildManifest({ postIds, source, builtAt: new Date('2026-11-30T12:00:00Z') });
const found = (postIds: string[], source?: string): LiveManifest => ({
  kind: 'found',
  manifest: manifest(postIds, source),
});

describe('liveManifestUrl puts the manifest under SITE_URL, path included', () => {
  it.each([
    ['https://quire.test', 'https://quire.test/build-manifest.json'],
    ['https://quire.test/', 'https://quire.test/build-manifest.json'],
    ['https://user.github.io/repo', 'https://user.github.io/repo/build-manifest.json'],
    ['https://x.example/blog/', 'https://x.example/blog/build-manifest.json'],
    ['https://x.example/a/b?draft=1#top', 'https://x.example/a/b/build-manifest.json'],
  ])('%s → %s', (siteUrl, expected) => expect(liveManifestUrl(siteUrl).href).toBe(expected));
});

describe('findRemovedPosts', () => {
  it.each([
    { live: ids(4), next: ids(4), removed: [], share: 0 },
    { live: ids(4), next: ids(6), removed: [], share: 0 },
    { live: ids(4), next: ids(3), removed: ['post-4'], share: 0.25 },
    // Renaming every post is a full removal even though the count stays the same.
    { live: ids(2), next: ids(2, 10), removed: ['post-1', 'post-2'], share: 1 },
    { live: [], next: [], removed: [], share: 0 },
  ])('live $live, new $next → removed $removed', ({ live, next, removed, share }) => {
    expect(findRemovedPosts(manifest(live), manifest(next))).toEqual({ removed, share });
  });
});

type Case = {
  name: string;
  live: LiveManifest;
  next: string[];
  nextSource?: string;
  allow?: boolean;
  outcome: GuardOutcome;
  message: RegExp;
};

describe('decideDeploy', () => {
  it.each<Case>([
    {
      name: 'nothing removed',
      live: found(ids(6)),
      next: ids(6),
      outcome: 'allowed',
      message: /^\[deploy\] Content check passed: 6 → 6 posts, 0 removed/,
    },
    {
      name: 'a drop of exactly the maximum share',
      live: found(ids(4)),
      next: ids(2),
      outcome: 'allowed',
      message: /4 → 2 posts, 2 removed \(50% .* at most 50% may go\)/,
    },
    {
      name: 'a drop above the share',
      live: found(ids(6)),
      next: ids(2),
      outcome: 'refused',
      message:
        /^\[deploy\] Refused: 6 → 2 posts, 4 removed \(66\.7%.*: post-3, post-4, post-5, post-6\. If the removal is intended, re-run the Deploy workflow by hand with allow_content_drop.*QUIRE_ALLOW_CONTENT_DROP=true/,
    },
    {
      name: 'the same drop, allowed by the operator',
      live: found(ids(6)),
      next: ids(2),
      allow: true,
      outcome: 'overridden',
      message:
        /^\[deploy\] Warning: 6 → 2 posts, 4 removed.*Deploying anyway, because QUIRE_ALLOW_CONTENT_DROP is set\.$/,
    },
    {
      name: 'a drop from another source names both',
      live: found(ids(3), 'sanity:abc/production'),
      next: ids(1),
      nextSource: 'export',
      outcome: 'refused',
      message: /built from sanity:abc\/production, this build from export\./,
    },
    {
      name: 'more than ten removed ids are cut short',
      live: found(ids(25)),
      next: [],
      outcome: 'refused',
      message: /post-1, post-10, .*post-18 and 15 more\./,
    },
    {
      name: 'no live manifest (404)',
      live: { kind: 'absent', status: 404 },
      next: ids(1),
      outcome: 'first-deploy',
      message:
        /^\[deploy\] No live manifest was found at https:\/\/quire\.test\/build-manifest\.json \(HTTP 404\); treating this as the first deploy \(1 post\)\.$/,
    },
    {
      name: 'an unreachable live site',
      live: { kind: 'unreachable', reason: 'the connection was refused' },
      next: ids(3),
      outcome: 'unreachable',
      message:
        /^\[deploy\] Refused: could not reach the live site at .*: the connection was refused\. .*To deploy without the check, re-run the Deploy workflow/,
    },
    {
      name: 'an unreachable live site, allowed',
      live: { kind: 'unreachable', reason: 'no answer within 15 s' },
      next: ids(3),
      allow: true,
      outcome: 'unreachable',
      message: /^\[deploy\] Warning: could not reach .*no answer within 15 s\. Deploying anyway/,
    },
    {
      name: 'a live page that is not a manifest',
      live: { kind: 'invalid', reason: 'it is not JSON' },
      next: ids(3),
      outcome: 'invalid',
      message:
        /^\[deploy\] Refused: https:\/\/quire\.test\/build-manifest\.json answered, but it is not JSON\. SITE_URL may point at another site/,
    },
  ])('$name → $outcome', ({ live, next, nextSource, allow = false, outcome, message }) => {
    const verdict = decideDeploy({
      url: URL_,
      live,
      next: manifest(next, nextSource),
      maxContentDrop: 0.5,
      allowContentDrop: allow,
    });
    expect(verdict.outcome).toBe(outcome);
    expect(verdict.deploy).toBe(!['refused', 'unreachable', 'invalid'].includes(outcome) || allow);
    expect(verdict.message).toMatch(message);
    expect(verdict.message).not.toContain('\n');
  });

  it.each([
    [0, 10, 10, true],
    [0, 10, 9, false],
    [0.1, 10, 9, true],
    [0.1, 10, 8, false],
    [1, 10, 0, true],
  ])('with at most %s allowed, %i → %i posts deploys: %s', (maxContentDrop, live, next, deploy) => {
    const verdict = decideDeploy({
      url: URL_,
      live: found(ids(live)),
      next: manifest(ids(next)),
      maxContentDrop,
      allowContentDrop: false,
    });
    expect(verdict.deploy).toBe(deploy);
  });
});
