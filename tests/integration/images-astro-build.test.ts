import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Builds a one-page Astro site that uses the pipeline as Quire does, in a child process as
 * `astro build` runs it: a content loader plans the images, the integration encodes them, the
 * page links to them. Each runs from its own copy of the modules, so this fails if the build
 * state (src/lib/build/build-state.ts) is ever made module-local.
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
  // As in Quire, content loads first and plans its images; the integration encodes them
  // and the page only links to them. Three copies of the modules share one build state.
  const lib = join(PROJECT_ROOT, 'src', 'lib');
  const from = (...path: string[]) => JSON.stringify(join(lib, ...path));
  await writeFile(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { publishContentPlan } from ${from('build', 'build-state.ts')};
import { planImage } from ${from('images', 'plan.ts')};
import { exportAssetPolicy } from ${from('sanity', 'asset-policy.ts')};
const figure = ${JSON.stringify(figure)};
const load = async ({ store }) => {
  const { files } = planImage(figure);
  const images = new Map(files.map((file) => [file.path, file.derivative]));
  publishContentPlan({ assetPolicy: exportAssetPolicy(${JSON.stringify(root)}, [figure.asset.url]), images, pages: new Map() });
  store.set({ id: 'photo', data: figure });
};
export const collections = { figures: defineCollection({ loader: { name: 'fixture', load } }) };
`,
  );
  // With FIXTURE_UNPLANNED set, the page also draws the image at a size nothing planned.
  await writeFile(
    join(root, 'src', 'pages', 'index.astro'),
    `---
import { getEntry } from 'astro:content';
import { renderPicture } from ${from('images', 'picture.ts')};
const figure = (await getEntry('figures', 'photo')).data;
const html = renderPicture(figure, { sizes: '100vw', loading: 'eager' });
const unplanned = process.env.FIXTURE_UNPLANNED ? renderPicture(figure, { sizes: '50vw', loading: 'lazy', widths: [300] }) : '';
---
<html lang="en"><head><title>Fixture</title></head><body><main><Fragment set:html={html + unplanned} /></main></body></html>
`,
  );
}

function astroBuild(
  root: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--root', root], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
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

  it('fails the build when a page links to an image size the content did not plan', async () => {
    const build = await astroBuild(site, { FIXTURE_UNPLANNED: '1' });
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(
      /\[images\] index\.html links to \/_images\/image-fixture-1000x700-png\/[0-9a-f]{16}\.avif, which the content's image plan does not list/,
    );
  }, 120_000);
});
