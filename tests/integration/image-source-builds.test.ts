import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { buildSite } from '../support/build-site.ts';
import { baseDocuments, post, type TestDocument, writeExport } from '../support/dataset-builder.ts';
import { type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator.ts';

/*
 * One real build per failure class of image sources (the in-process tests in
 * tests/unit/hostile-assets.test.ts and image-failures.test.ts cover the cases): the build exits
 * non-zero, names the document, and writes no page.
 */

function hostileAsset(id: string, url: string): TestDocument {
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

describe('a build of an export whose asset documents point elsewhere', () => {
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

  it('fails naming each document, writes no page and requests nothing', async () => {
    const origin = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
    const documents = [
      ...baseDocuments(),
      post(1, { mainImage: figureOf('image-remote') }),
      post(2, { mainImage: figureOf('image-local') }),
      hostileAsset('image-remote', `${origin}/internal/secret.jpg`),
      hostileAsset('image-local', 'file:///etc/hostname'),
    ];
    const { folder } = await writeExport(documents);
    const build = await buildSite({ SANITY_EXPORT: folder });
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toMatch(
      /Document "post-1", field "mainImage": the image "image-remote" is at "http:\/\/127\.0\.0\.1:\d+\/internal\/secret\.jpg", which is not a file in the images\/ folder of the export/,
    );
    expect(build.output).toMatch(
      /Document "post-2", field "mainImage": the image "image-local" is at "file:\/\/\/etc\/hostname"/,
    );
    expect(build.pages).toEqual([]);
    expect(recorded).toEqual([]);
  });
});

describe('a build through the API whose image the CDN answers 404 for', () => {
  let emulator: SanityEmulator;
  beforeAll(async () => {
    const { folder } = await writeExport([...baseDocuments(), post(1)]);
    const dataset = await readDatasetExport(folder);
    emulator = await startSanityEmulator({
      documents: dataset.documents,
      projectId: 'quiretest',
      images: dataset.folder,
    });
    // The asset document stays; its file goes, as when an image is deleted from the Media Library.
    await rm(join(dataset.folder, 'images'), { recursive: true });
  });
  afterAll(() => emulator.close());

  it('fails naming the image, the document that shows it and what to do', async () => {
    const build = await buildSite({
      SITE_URL: 'https://quire.test',
      SANITY_PROJECT_ID: 'quiretest',
      SANITY_API_HOST: emulator.url,
    });
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toMatch(
      /\[images\] Image "image-[0-9a-f]+-640x360-png" used by "post-1" could not be downloaded from http:\/\/127\.0\.0\.1:\d+\/images\/quiretest\/production\/[0-9a-f]+-640x360\.png: HTTP 404 Not Found\. Check in the Studio that the image still exists/,
    );
    const images = emulator.requests.filter((request) =>
      request.path.startsWith('/images/quiretest/production/'),
    );
    expect(images.length).toBeGreaterThan(0);
  });
});
