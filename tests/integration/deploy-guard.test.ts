import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildManifest } from '../../src/lib/deploy/build-manifest.ts';
import { runScript } from '../support/run-script.ts';

/*
 * The real guard script against a live site on loopback: each case points SITE_URL at a path
 * of one server, whose routes play a Quire site, a moved site, another site, a failing host.
 */

const LIVE_IDS = ['post-1', 'post-2', 'post-3', 'post-4', 'post-5', 'post-6'];
const manifestText = (postIds: string[]) =>
  JSON.stringify(createBuildManifest({ postIds, source: 'export', builtAt: new Date() }));

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
  for (const [name, ids] of [
    ['keep5', LIVE_IDS.slice(0, 5)],
    ['keep2', LIVE_IDS.slice(0, 2)],
  ] as const) {
    await mkdir(join(work, name));
    await writeFile(join(work, name, 'build-manifest.json'), manifestText(ids));
  }
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await rm(work, { recursive: true, force: true });
});

function guard(site: string, dist: string, env: Record<string, string> = {}) {
  return runScript('scripts/deploy-guard.ts', ['--dist', join(work, dist)], {
    SITE_URL: site,
    QUIRE_MAX_CONTENT_DROP: '',
    QUIRE_ALLOW_CONTENT_DROP: '',
    ...env,
  });
}

type Case = {
  name: string;
  path: string;
  dist: string;
  env?: Record<string, string>;
  code: number;
  out: RegExp;
};

describe('npm run deploy:guard', () => {
  it.each<Case>([
    {
      name: 'allowed drop',
      path: '/live',
      dist: 'keep5',
      code: 0,
      out: /Content check passed: 6 → 5 posts, 1 removed/,
    },
    {
      name: 'refused drop',
      path: '/live/',
      dist: 'keep2',
      code: 1,
      out: /Refused: 6 → 2 posts, 4 removed .*: post-3, post-4, post-5, post-6\. .*allow_content_drop.*QUIRE_ALLOW_CONTENT_DROP=true/,
    },
    {
      name: 'override',
      path: '/live',
      dist: 'keep2',
      env: { QUIRE_ALLOW_CONTENT_DROP: 'true' },
      code: 0,
      out: /Warning: 6 → 2 posts, 4 removed.*Deploying anyway/,
    },
    {
      name: 'a larger share allowed',
      path: '/live',
      dist: 'keep2',
      env: { QUIRE_MAX_CONTENT_DROP: '0.7' },
      code: 0,
      out: /Content check passed: 6 → 2 posts, 4 removed/,
    },
    {
      name: 'a redirect to the manifest',
      path: '/moved',
      dist: 'keep5',
      code: 0,
      out: /Content check passed: 6 → 5/,
    },
    {
      name: 'first deploy (404)',
      path: '/new',
      dist: 'keep2',
      code: 0,
      out: /No live manifest was found at http:\/\/127\.0\.0\.1:\d+\/new\/build-manifest\.json \(HTTP 404\); treating this as the first deploy/,
    },
    {
      name: 'first deploy (410)',
      path: '/gone',
      dist: 'keep2',
      code: 0,
      out: /No live manifest was found at .*\/gone\/build-manifest\.json \(HTTP 410\)/,
    },
    {
      name: 'a 200 HTML page',
      path: '/other',
      dist: 'keep5',
      code: 1,
      out: /Refused: .*\/other\/build-manifest\.json answered, but it is not JSON.*SITE_URL may point at another site/,
    },
    {
      name: 'a 5xx after retries',
      path: '/down',
      dist: 'keep5',
      code: 1,
      out: /Refused: could not reach .*HTTP 503 \(after 3 attempts\).*To deploy without the check/,
    },
    {
      name: 'no build manifest',
      path: '/live',
      dist: 'missing',
      code: 1,
      out: /Cannot read this build's manifest .*Run the build/,
    },
  ])('$name → exit $code', async ({ path, dist, env, code, out }) => {
    const result = await guard(`${origin}${path}`, dist, env);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toMatch(new RegExp(`^\\[deploy\\] ${out.source}`));
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(result.exitCode, output).toBe(code);
    // Refusals go to stderr, so a CI log marks them as errors.
    expect(code === 0 ? result.stdout : result.stderr).toBe(output);
  });

  it('asks a failing host three times before giving up', async () => {
    requests.length = 0;
    await guard(`${origin}/down`, 'keep5');
    expect(requests).toEqual(Array(3).fill('/down/build-manifest.json'));
  });

  it.each<{ env: Record<string, string>; code: number; out: RegExp }>([
    { env: {}, code: 1, out: /^\[deploy\] Refused: could not reach .*: the connection was refused/ },
    {
      env: { QUIRE_ALLOW_CONTENT_DROP: '1' },
      code: 0,
      out: /^\[deploy\] Warning: could not reach .*Deploying anyway/,
    },
  ])('an unreachable site with $env → exit $code', async ({ env, code, out }) => {
    const result = await guard(closedPortOrigin, 'keep5', env);
    expect(`${result.stdout}${result.stderr}`).toMatch(out);
    expect(result.exitCode).toBe(code);
  });

  it('stops with a [config] error when SITE_URL is not set', async () => {
    const result = await guard('', 'keep5');
    expect(result.stderr).toMatch(/^\[config\] SITE_URL is not set/);
    expect(result.exitCode).toBe(1);
  });
});
