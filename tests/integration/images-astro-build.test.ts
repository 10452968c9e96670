import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Builds a one-page Astro site that uses the pipeline through `renderPicture`, in a child
 * process as `astro build` runs it. The page renders from Vite's bundle of the images modules
 * while the integration runs from the copy loaded with astro.config.mjs, so this fails if the
 * registry is ever made module-local again.
 */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

let site: string;

async function writeFixture(root: string): Promise<void> {
  await mkdir(join(root, 'src', 'pages'), { recursive: true });
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  await writeFile(join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  await sharp({ create: { width: 1000, height: 700, channels: 4, background: '#2a6a' } })
    .png()
    .toFile(join(root, 'photo.png'));
  const integration = join(PROJECT_ROOT, 'src', 'integrations', 'images.ts');
  await writeFile(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { quireImages } from ${JSON.stringify(integration)};
export default defineConfig({ integrations: [quireImages({ cacheDir: 'image-cache' })] });
`,
  );
  const figure = {
    alt: 'A green <square>',
    asset: {
      id: 'image-fixture-1000x700-png',
      url: pathToFileURL(join(root, 'photo.png')).href,
      mimeType: 'image/png',
      width: 1000,
      height: 700,
    },
  };
  // Quire's content loader shares its source's asset policy; this page, which has none, shares one itself.
  const lib = join(PROJECT_ROOT, 'src', 'lib');
  await writeFile(
    join(root, 'src', 'pages', 'index.astro'),
    `---
import { renderPicture } from ${JSON.stringify(join(lib, 'images', 'picture.ts'))};
import { shareAssetPolicy } from ${JSON.stringify(join(lib, 'images', 'source.ts'))};
import { exportAssetPolicy } from ${JSON.stringify(join(lib, 'sanity', 'asset-policy.ts'))};
shareAssetPolicy(exportAssetPolicy(${JSON.stringify(root)}, [${JSON.stringify(figure.asset.url)}]));
const html = renderPicture(${JSON.stringify(figure)}, { sizes: '100vw', loading: 'eager' });
---
<html lang="en"><head><title>Fixture</title></head><body><main><Fragment set:html={html} /></main></body></html>
`,
  );
}

function astroBuild(root: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--root', root], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done) => child.on('close', (code) => done({ code, output })));
}

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'quire-images-site-'));
  await writeFixture(site);
});
afterAll(() => rm(site, { recursive: true, force: true }));

describe('quireImages() in a real astro build', () => {
  it('writes every image the page planned, and the next build encodes nothing', async () => {
    const first = await astroBuild(site);
    expect(first.code, first.output).toBe(0);
    // 480, 800 and the source's own 1000 px, each in AVIF, WebP and PNG (the source has alpha).
    expect(first.output).toContain('[images] 9 derivatives: 9 encoded, 0 from cache');

    const html = await readFile(join(site, 'dist', 'index.html'), 'utf8');
    expect(html).toContain('alt="A green &lt;square&gt;"');
    const urls = [...html.matchAll(/(\/_images\/[^ "]+) (\d+)w/g)];
    expect(urls).toHaveLength(9);
    for (const [, url = '', width] of urls) {
      const written = await sharp(join(site, 'dist', url)).metadata();
      expect([written.width, written.height]).toEqual([
        Number(width),
        Math.round((Number(width) * 700) / 1000),
      ]);
    }

    const second = await astroBuild(site);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain('[images] 9 derivatives: 0 encoded, 9 from cache');
    const stats = JSON.parse(await readFile(join(site, 'image-cache', 'last-build.json'), 'utf8'));
    expect(stats).toMatchObject({ total: 9, encoded: 0, fromCache: 9 });
  }, 120_000);
});
