import { copyFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltOutput, buildSite, findFilesContaining, readOutput } from '../support/build-site.ts';
import { runContentStep } from '../support/content-step.ts';
import {
  baseDocuments,
  datasetWithPosts,
  post,
  type TestDocument,
  writeExport,
} from '../support/dataset-builder.ts';
import {
  DRAFT_TEXT,
  FIXTURE_POST_COUNT,
  getFixtureSite,
  HOSTILE_POST,
  JUNK_POST,
  LONG_TITLE,
  SCHEDULED_TITLE,
  UNKNOWN_BLOCK_POST,
} from '../support/fixture-site.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

/*
 * Builds from dataset exports. What a build writes is read from the fixture site, built once per
 * run from its .tar.gz (tests/support/fixture-site.ts). Each way a build refuses its content is
 * tested case by case in-process (content-step.test.ts); here one real build per refusal proves
 * the whole path: a non-zero exit, the cause named, and no page written.
 */

const tempDir = useTempDirs();
const postPages = (pages: string[]) => pages.filter((page) => page.startsWith('posts/'));
const exportOf = async (documents: TestDocument[]) => writeExport(documents, { parent: await tempDir() });

describe('a build from a dataset export archive (the fixture site)', () => {
  let site: BuiltOutput;
  let warnings: string[];
  beforeAll(async () => {
    const fixture = await getFixtureSite();
    site = await readOutput(fixture.outDir);
    warnings = fixture.warnings;
  });

  it('writes a page per published post', async () => {
    const expected = Array.from({ length: FIXTURE_POST_COUNT }, (_, i) => `posts/post-${i + 1}/index.html`);
    expect(postPages(site.pages)).toEqual(expected.sort());
    expect(site.pages).toContain('index.html');
  });

  it('never shows drafts or posts scheduled for later, anywhere', async () => {
    expect(await findFilesContaining(site.outDir, DRAFT_TEXT)).toEqual([]);
    expect(await findFilesContaining(site.outDir, SCHEDULED_TITLE)).toEqual([]);
    // post-1 has an unpublished draft edit: the page shows the published version.
    expect(await site.read('posts/post-1/index.html')).toContain(`${LONG_TITLE} (1)`);
  });

  it('warns about an unknown block type and renders nothing for it', async () => {
    expect(warnings.join('\n')).toMatch(
      new RegExp(
        `\\[content\\] Document "${UNKNOWN_BLOCK_POST}", field "body": a block of unknown type "pollWidget"`,
      ),
    );
    const page = await site.read(`posts/${UNKNOWN_BLOCK_POST}/index.html`);
    expect(page).toContain('<p>Before.</p><p>After.</p>');
    expect(page).not.toMatch(/pollWidget|Secret poll|display:\s*none/);
  });

  it('escapes or drops hostile text everywhere it lands', async () => {
    const postPage = `posts/${HOSTILE_POST}/index.html`;
    for (const page of ['index.html', 'archive/index.html', postPage]) {
      const html = await site.read(page);
      // Inside a quoted attribute "<script>" is inert text; what matters is that quotes are escaped.
      const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
      expect(outsideAttributes, page).not.toMatch(/<script>alert|<img src=x|javascript:/);
      expect(html, page).toContain('&lt;script&gt;alert');
    }
    const html = await site.read(postPage);
    expect(html).toContain('content="&quot;><script>');
    expect(html).toContain('<p>click me</p>');
    expect(warnings.join('\n')).toMatch(/the link "javascript:alert\(1\)" is not a safe URL/);
  });

  it('strips control characters pasted into any text, on every page and in the feeds', async () => {
    for (const file of [...site.pages, 'rss.xml', 'categories/burnout/rss.xml']) {
      expect(await site.read(file), file).not.toMatch(/[\u0001\u000b\u0085\u007f]/);
    }
    expect(await site.read(`posts/${JUNK_POST}/index.html`)).toContain('Title here');
  });
});

describe('a build that refuses its content exits non-zero and writes no page', () => {
  /** Answers and records every request: an image the build must not fetch. */
  let recorder: Server;
  const recorded: string[] = [];
  beforeAll(async () => {
    recorder = createServer((request, response) => {
      recorded.push(request.url ?? '');
      response.end();
    });
    await new Promise<void>((listening) => recorder.listen(0, '127.0.0.1', listening));
  });
  afterAll(() => new Promise<void>((closed) => recorder.close(() => closed())));

  it('on content it cannot render, naming every document and field, and requesting nothing', async () => {
    const origin = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
    const series = (id: string) => ({
      _id: id,
      _type: 'series',
      title: `Series ${id}`,
      slug: { _type: 'slug', current: id },
      parts: [{ _type: 'reference', _ref: 'post-4', _key: 'k1' }],
    });
    const { folder } = await exportOf([
      ...baseDocuments(),
      post(1, { slug: undefined }),
      post(2, { author: { _type: 'reference', _ref: 'author-gone' } }),
      post(3, { mainImage: figureOf('image-remote') }),
      post(4),
      series('series-a'),
      series('series-b'),
      post(5, { mainImage: figureOf('image-local') }),
      post(6),
      post(7, { slug: { _type: 'slug', current: 'post-6' } }),
      assetDocument('image-remote', `${origin}/internal/secret.jpg`),
      assetDocument('image-local', 'file:///etc/hostname'),
    ]);
    const build = await buildSite({ SANITY_EXPORT: folder });
    expect(build.exitCode).not.toBe(0);
    for (const [id, field] of [
      ['post-1', 'slug'],
      ['post-2', 'author'],
      ['post-3', 'mainImage'],
      ['post-4', 'series'],
      ['post-5', 'mainImage'],
      ['post-6', 'slug'],
    ]) {
      expect(build.output).toContain(`Document "${id}", field "${field}"`);
    }
    expect(build.output).toMatch(
      /Document "post-3", field "mainImage": the image "image-remote" is at "http:\/\/127\.0\.0\.1:\d+\/internal\/secret\.jpg", which is not a file in the images\/ folder of the export/,
    );
    expect(build.pages).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it('on a site with no published posts, and builds it when allowed', async () => {
    // The refusal itself is content-step.test.ts's; what only a build shows is an empty site's pages.
    const { folder } = await exportOf(baseDocuments());
    const allowed = await buildSite({ SANITY_EXPORT: folder, QUIRE_ALLOW_EMPTY_SITE: 'true' });
    expect(allowed.exitCode, allowed.output).toBe(0);
    expect(allowed.pages).toContain('index.html');
    expect(postPages(allowed.pages)).toEqual([]);
  });

  it('on most posts gone since the last build, and builds, recording the new count, when allowed', async () => {
    const cache = join(await tempDir(), 'cache');
    const { folder } = await exportOf(datasetWithPosts(10));
    const env = { SANITY_EXPORT: folder, QUIRE_CACHE_DIR: cache };
    // The last build, in-process: the same content step, so the same record.
    await runContentStep(env, cache);
    // The same source, re-exported with most posts gone (a half-failed export, say).
    await copyFile(
      join((await exportOf(datasetWithPosts(3))).folder, 'data.ndjson'),
      join(folder, 'data.ndjson'),
    );
    const refused = await buildSite(env);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.output).toMatch(/has 3 published posts; the last build had 10/);
    expect(refused.pages).toEqual([]);
    const allowed = await buildSite({ ...env, QUIRE_ALLOW_SHRINK: 'true' });
    expect(allowed.exitCode, allowed.output).toBe(0);
    // The allowed build recorded 3 posts: the next build of 3 is not a drop.
    await runContentStep(env, cache);
  });
});

/** An image asset document whose `url` points wherever a hostile data.ndjson says. */
function assetDocument(id: string, url: string): TestDocument {
  return {
    _id: id,
    _type: 'sanity.imageAsset',
    url,
    mimeType: 'image/jpeg',
    metadata: { dimensions: { width: 640, height: 360 } },
  };
}

function figureOf(assetId: string): Record<string, unknown> {
  return { _type: 'figure', alt: 'A photo', asset: { _type: 'reference', _ref: assetId } };
}
