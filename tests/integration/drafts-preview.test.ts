import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetExport, type SanityDocument } from '../../src/lib/sanity/dataset-export.ts';
import { buildSite } from '../support/build-site.ts';
import { datasetWithPosts, post, writeExport } from '../support/dataset-builder.ts';
import { type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator.ts';

const PROJECT_ID = 'quiretest';
const SCRIPT = fileURLToPath(new URL('../../scripts/preview-drafts.ts', import.meta.url));
const TOKEN = 'sk-preview-viewer-token';
const BANNER = 'Preview — includes unpublished drafts';

/** A draft edit of a published post, and a post that exists only as a draft, with no date yet. */
const DRAFTS = [
  post(1, { _id: 'drafts.post-1', title: 'Post number 1, edited in a draft', mainImage: undefined }),
  post(7, {
    _id: 'drafts.post-7',
    title: 'An idea not yet published',
    slug: { _type: 'slug', current: 'new-idea' },
    publishedAt: undefined,
    mainImage: undefined,
  }),
];

/** The environment of a preview or build against the emulator; a blank value unsets a variable. */
function previewEnv(emulator: SanityEmulator, cacheDir: string, extra: Record<string, string> = {}) {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://quire.test',
    SANITY_PROJECT_ID: PROJECT_ID,
    SANITY_API_HOST: emulator.url,
    SANITY_API_READ_TOKEN: TOKEN,
    QUIRE_CACHE_DIR: cacheDir,
    ...extra,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Starts `npm run preview:drafts` (its script) and resolves once it serves pages. */
async function startPreview(env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, [SCRIPT, '--port', String(port)], { env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = `http://localhost:${port}`;
  for (let tries = 0; tries < 240; tries += 1) {
    if (child.exitCode !== null) throw new Error(`[tests] The preview exited:\n${output}`);
    const ready = await fetch(origin, { headers: { accept: 'text/html' } }).catch(() => undefined);
    if (ready?.ok) return { child, origin };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`[tests] The preview did not start within a minute:\n${output}`);
}

async function page(origin: string, path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
  expect(response.status, path).toBe(200);
  return response.text();
}

describe('npm run preview:drafts', () => {
  let emulator: SanityEmulator;
  let published: SanityDocument[];
  let cacheDir: string;
  let preview: ChildProcess | undefined;
  beforeAll(async () => {
    const dataset = await readDatasetExport((await writeExport(datasetWithPosts(3))).folder);
    published = dataset.documents;
    emulator = await startSanityEmulator({
      documents: [...published, ...DRAFTS],
      projectId: PROJECT_ID,
      images: dataset.folder,
    });
    cacheDir = await mkdtemp(join(tmpdir(), 'quire-preview-'));
  });
  afterAll(async () => {
    preview?.kill();
    await emulator.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('serves drafts with a banner and noindex on every page, and shows the next edit on reload', async () => {
    const started = await startPreview(previewEnv(emulator, cacheDir), await freePort());
    preview = started.child;
    const home = await page(started.origin, '/');
    expect(home).toContain(BANNER);
    expect(home).toContain('<meta name="robots" content="noindex">');
    expect(home).toContain('Post number 1, edited in a draft');
    const draftOnly = await page(started.origin, '/posts/new-idea/');
    expect(draftOnly).toContain('An idea not yet published');
    expect(draftOnly).toContain(BANNER);

    const edited = DRAFTS.map((doc) =>
      doc._id === 'drafts.post-1' ? { ...doc, title: 'Post number 1, edited again' } : doc,
    );
    emulator.setDocuments([...published, ...edited]);
    // Page loads within a second of a content refresh share it; a later reload shows the edit.
    await expect
      .poll(() => page(started.origin, '/'), { timeout: 30_000, interval: 250 })
      .toContain('Post number 1, edited again');

    const queries = emulator.requests.filter((request) => request.path.includes('/data/query/'));
    expect(queries.length).toBeGreaterThanOrEqual(2);
    expect(new Set(queries.map((request) => `${request.perspective} ${request.authorization}`))).toEqual(
      new Set([`drafts Bearer ${TOKEN}`]),
    );
  });

  it('refuses to start without a read token, naming the variable', async () => {
    const child = spawn(process.execPath, [SCRIPT], {
      env: previewEnv(emulator, cacheDir, { SANITY_API_READ_TOKEN: '' }),
    });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/\[config\] Draft preview needs SANITY_API_READ_TOKEN/);
  });

  it('is refused by a production build, which writes no page', async () => {
    const build = await buildSite({
      ...previewEnv(emulator, cacheDir),
      QUIRE_PREVIEW_DRAFTS: 'true',
    });
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toMatch(
      /\[config\] QUIRE_PREVIEW_DRAFTS=true is set, and a build with it would publish/,
    );
    expect(build.pages).toEqual([]);
  });
});
