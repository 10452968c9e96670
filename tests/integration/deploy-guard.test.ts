import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeployConfig } from '../../src/lib/config.ts';
import { createBuildManifest } from '../../src/lib/deploy/build-manifest.ts';
import { decideDeploy, type GuardVerdict, liveManifestUrl } from '../../src/lib/deploy/drop-guard.ts';
import { fetchLiveManifest } from '../../src/lib/deploy/live-manifest.ts';
import { runScript } from '../support/run-script.ts';

/*
 * The content-drop guard against a live site on loopback: each case points SITE_URL at a path
 * of one server, whose routes play a Quire site, a moved site, another site, a failing host.
 * The cases run in-process through the guard's own steps (config, live manifest, decision);
 * the real script (scripts/deploy-guard.ts) runs for what only it does: read the build's
 * manifest, print to stdout or stderr, and exit 0 or 1.
 */

const LIVE_IDS = ['post-1', 'post-2', 'post-3', 'post-4', 'post-5', 'post-6'];
const manifestOf = (postIds: string[]) =>
  createBuildManifest({ postIds, source: 'export', builtAt: new Date() });
const manifestText = (postIds: string[]) => JSON.stringify(manifestOf(postIds));
/** The new builds the cases deploy, by name: all but one of the live posts, or only two. */
const BUILDS = { keep5: LIVE_IDS.slice(0, 5), keep2: LIVE_IDS.slice(0, 2) };

// path → [status, headers, body]
const ROUTES: Record<string, [number, Record<string, string>, string]> = {
  '/live/build-manifest.json': [200, { 'content-type': 'application/json' }, manifestText(LIVE_IDS)],
  '/moved/build-manifest.json': [301, { location: '/live/build-manifest.json' }, ''],
  '/other/build-manifest.json': [200, { 'content-type': 'text/html' }, '<!doctype html><title>Shop</title>'],
  '/down/build-manifest.json': [503, {}, 'Service Unavailable'],
  '/gone/build-manifest.json': [410, {}, ''],
};

let server: Server;
let origin: string;
let closedPortOrigin: string;
let work: string;
const requests: string[] = [];

async function listen(): Promise<Server> {
  const listening = createServer((request, response) => {
    requests.push(request.url ?? '');
    const [status, headers, body] = ROUTES[request.url ?? ''] ?? [404, {}, 'Not found'];
    response.writeHead(status, headers).end(body);
  });
  await new Promise<void>((ready) => listening.listen(0, '127.0.0.1', ready));
  return listening;
}

beforeAll(async () => {
  server = await listen();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free and is closed again: connecting to it is refused.
  const closed = await listen();
  closedPortOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((done) => closed.close(done));
  work = await mkdtemp(join(tmpdir(), 'quire-deploy-guard-'));
  for (const [name, ids] of Object.entries(BUILDS)) {
    await mkdir(join(work, name));
    await writeFile(join(work, name, 'build-manifest.json'), manifestText(ids));
  }
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await rm(work, { recursive: true, force: true });
});

/** The real script, with SITE_URL `site` and the build in `dist` (a folder of `work`). */
function guard(site: string, dist: string, env: Record<string, string> = {}) {
  return runScript('scripts/deploy-guard.ts', ['--dist', join(work, dist)], {
    SITE_URL: site,
    QUIRE_MAX_CONTENT_DROP: '',
    QUIRE_ALLOW_CONTENT_DROP: '',
    ...env,
  });
}

/** The guard's steps as the script takes them, in-process, for the build `next`. */
async function decide(site: string, next: keyof typeof BUILDS, env: Record<string, string> = {}) {
  const config = readDeployConfig({ SITE_URL: site, ...env });
  const url = liveManifestUrl(config.siteUrl);
  return decideDeploy({
    url: url.href,
    next: manifestOf(BUILDS[next]),
    live: await fetchLiveManifest(url),
    maxContentDrop: config.maxContentDrop,
    allowContentDrop: config.allowContentDrop,
  });
}

type Case = {
  name: string;
  path: string;
  next: keyof typeof BUILDS;
  env?: Record<string, string>;
  deploy: boolean;
  says: RegExp;
};

describe('the content-drop guard', () => {
  it.each<Case>([
    {
      name: 'allowed drop',
      path: '/live',
      next: 'keep5',
      deploy: true,
      says: /Content check passed: 6 → 5 posts, 1 removed/,
    },
    {
      name: 'refused drop',
      path: '/live/',
      next: 'keep2',
      deploy: false,
      says: /Refused: 6 → 2 posts, 4 removed .*: post-3, post-4, post-5, post-6\. .*allow_content_drop.*QUIRE_ALLOW_CONTENT_DROP=true/,
    },
    {
      name: 'override',
      path: '/live',
      next: 'keep2',
      env: { QUIRE_ALLOW_CONTENT_DROP: 'true' },
      deploy: true,
      says: /Warning: 6 → 2 posts, 4 removed.*Deploying anyway/,
    },
    {
      name: 'a larger share allowed',
      path: '/live',
      next: 'keep2',
      env: { QUIRE_MAX_CONTENT_DROP: '0.7' },
      deploy: true,
      says: /Content check passed: 6 → 2 posts, 4 removed/,
    },
    {
      name: 'a redirect to the manifest',
      path: '/moved',
      next: 'keep5',
      deploy: true,
      says: /Content check passed: 6 → 5/,
    },
    {
      name: 'first deploy (404)',
      path: '/new',
      next: 'keep2',
      deploy: true,
      says: /No live manifest was found at http:\/\/127\.0\.0\.1:\d+\/new\/build-manifest\.json \(HTTP 404\); treating this as the first deploy/,
    },
    {
      name: 'first deploy (410)',
      path: '/gone',
      next: 'keep2',
      deploy: true,
      says: /No live manifest was found at .*\/gone\/build-manifest\.json \(HTTP 410\)/,
    },
    {
      name: 'a 200 HTML page',
      path: '/other',
      next: 'keep5',
      deploy: false,
      says: /Refused: .*\/other\/build-manifest\.json answered, but it is not JSON.*SITE_URL may point at another site/,
    },
    {
      name: 'a 5xx after retries',
      path: '/down',
      next: 'keep5',
      deploy: false,
      says: /Refused: could not reach .*HTTP 503 \(after 3 attempts\).*To deploy without the check/,
    },
  ])('$name → deploy: $deploy', async ({ path, next, env, deploy, says }) => {
    const verdict: GuardVerdict = await decide(`${origin}${path}`, next, env);
    expect(verdict.message).toMatch(new RegExp(`^\\[deploy\\] ${says.source}`));
    expect(verdict.message).not.toContain('\n');
    expect(verdict.deploy).toBe(deploy);
  });

  it('asks a failing host three times before giving up', async () => {
    requests.length = 0;
    await decide(`${origin}/down`, 'keep5');
    expect(requests).toEqual(Array(3).fill('/down/build-manifest.json'));
  });

  it.each<{ env: Record<string, string>; deploy: boolean; says: RegExp }>([
    { env: {}, deploy: false, says: /^\[deploy\] Refused: could not reach .*: the connection was refused/ },
    {
      env: { QUIRE_ALLOW_CONTENT_DROP: '1' },
      deploy: true,
      says: /^\[deploy\] Warning: could not reach .*Deploying anyway/,
    },
  ])('an unreachable site with $env → deploy: $deploy', async ({ env, deploy, says }) => {
    const verdict = await decide(closedPortOrigin, 'keep5', env);
    expect(verdict.message).toMatch(says);
    expect(verdict.deploy).toBe(deploy);
  });
});

describe('npm run deploy:guard', () => {
  it.each([
    { verdict: 'a deploy', path: '/live', dist: 'keep5', code: 0, stream: 'stdout' },
    { verdict: 'a refusal', path: '/live', dist: 'keep2', code: 1, stream: 'stderr' },
  ] as const)(
    'prints $verdict as one line on $stream and exits $code',
    async ({ path, dist, code, stream }) => {
      const result = await guard(`${origin}${path}`, dist);
      const output = `${result.stdout}${result.stderr}`;
      expect(output).toMatch(/^\[deploy\] (Content check passed|Refused): 6 → /);
      expect(output.trim().split('\n')).toHaveLength(1);
      expect(result[stream]).toBe(output);
      expect(result.exitCode, output).toBe(code);
    },
  );

  it('stops when the build has no manifest, saying how to make one', async () => {
    const result = await guard(`${origin}/live`, 'missing');
    expect(result.stderr).toMatch(/^\[deploy\] Cannot read this build's manifest .*Run the build/);
    expect(result.exitCode).toBe(1);
  });

  it('stops with a [config] error when SITE_URL is not set', async () => {
    const result = await guard('', 'keep5');
    expect(result.stderr).toMatch(/^\[config\] SITE_URL is not set/);
    expect(result.exitCode).toBe(1);
  });
});
