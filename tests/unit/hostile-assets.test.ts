import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/lib/content/site-content.ts';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { createExportSource } from '../../src/lib/sanity/export-source.ts';
import {
  baseDocuments,
  paragraph,
  post,
  type TestDocument,
  writeExport,
} from '../support/dataset-builder.ts';
import { emulatorSource } from '../support/emulator-client.ts';
import { type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator.ts';

/*
 * An asset document's `url` is data. Whatever it says, a build reads images only from the
 * export's own files or the project's folder on Sanity's CDN; anything else fails the content
 * check, naming the document and field that use the image, before any byte is read.
 */

const OPTIONS = { now: new Date('2026-06-01T00:00:00Z'), allowEmptySite: false, warn: () => {} };

/** A server that records every request it gets: none may arrive. */
let recorder: Server;
let recorderUrl: string;
const recorded: string[] = [];

beforeAll(async () => {
  recorder = createServer((request, response) => {
    recorded.push(request.url ?? '');
    response.end('should never be asked');
  });
  await new Promise<void>((listening) => recorder.listen(0, '127.0.0.1', listening));
  recorderUrl = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((closed) => recorder.close(() => closed())));

/** An image asset document with the given id and url, as someone could write it into data.ndjson. */
function assetDocument(id: string, url: string, width = 640, height = 360): TestDocument {
  return {
    _id: id,
    _type: 'sanity.imageAsset',
    url,
    mimeType: 'image/jpeg',
    metadata: { dimensions: { width, height } },
  };
}

/** A figure pointing at an asset document by reference, as the Content Lake stores it. */
function figureOf(assetId: string, key?: string): Record<string, unknown> {
  return {
    _type: 'figure',
    ...(key ? { _key: key } : {}),
    alt: 'A photo',
    asset: { _type: 'reference', _ref: assetId },
  };
}

describe('in a dataset export, an image comes only from the export’s own files', () => {
  it.each([
    ['a file: URL elsewhere on disk', () => 'file:///etc/hostname'],
    ['an http URL to a loopback server', () => `${recorderUrl}/secret.jpg`],
    ['Sanity’s CDN', () => 'https://cdn.sanity.io/images/abc/production/a-640x360.jpg'],
  ])('refuses %s, naming the post and field', async (_name, url) => {
    const documents = [
      ...baseDocuments(),
      post(1, { mainImage: figureOf('image-hostile') }),
      assetDocument('image-hostile', url()),
    ];
    const { folder } = await writeExport(documents);
    const loading = loadSiteContent(createExportSource({ kind: 'export', path: folder }), OPTIONS);
    await expect(loading).rejects.toThrow(
      /Document "post-1", field "mainImage": the image "image-hostile" is at ".*", which is not a file in the images\/ folder of the export/,
    );
    expect(recorded).toEqual([]);
  });

  it('names a body figure by its key, and an author’s bio figure too', async () => {
    const hostile = assetDocument('image-hostile', 'file:///etc/hostname');
    const author = {
      ...baseDocuments()[1],
      bio: [paragraph('Hi'), figureOf('image-hostile', 'f9')],
    } as TestDocument;
    const body = [paragraph('Text'), figureOf('image-hostile', 'f1')];
    const documents = [
      ...baseDocuments().filter((doc) => doc._id !== author._id),
      author,
      post(1, { body }),
      hostile,
    ];
    const { folder } = await writeExport(documents);
    const error = await loadSiteContent(createExportSource({ kind: 'export', path: folder }), OPTIONS).catch(
      (e) => e,
    );
    expect(error.message).toContain('Document "post-1", field "body[_key=="f1"]": the image "image-hostile"');
    expect(error.message).toContain(
      'Document "author-a", field "bio[_key=="f9"]": the image "image-hostile"',
    );
  });

  it('replaces an asset document in data.ndjson that has the id of an export file, url and all', async () => {
    const { documents } = await readDatasetExport((await writeExport([...baseDocuments(), post(1)])).folder);
    const real = documents.find((doc) => doc._type === 'sanity.imageAsset');
    const impostor = assetDocument(String(real?._id), `${recorderUrl}/impostor.jpg`);
    const { folder } = await writeExport([...baseDocuments(), post(1), impostor]);
    const content = await loadSiteContent(createExportSource({ kind: 'export', path: folder }), OPTIONS);
    expect(content.posts.get('post-1')?.mainImage?.asset).toMatchObject({
      id: real?._id,
      url: expect.stringMatching(new RegExp(`^file://${folder}/images/[0-9a-f]+-640x360\\.png$`)),
      usedBy: 'post-1',
    });
    expect(recorded).toEqual([]);
  });
});

describe('through the Sanity API, an image comes only from the project’s folder on the CDN', () => {
  let emulator: SanityEmulator;
  let exported: TestDocument[];
  const source = () => emulatorSource(emulator);
  beforeAll(async () => {
    const dataset = await readDatasetExport((await writeExport([...baseDocuments(), post(1)])).folder);
    exported = dataset.documents;
    emulator = await startSanityEmulator({
      documents: exported,
      projectId: 'quiretest',
      images: dataset.folder,
    });
  });
  afterAll(() => emulator.close());

  it('loads the export’s images from the emulator’s CDN route', async () => {
    emulator.setDocuments(exported);
    const content = await loadSiteContent(source(), OPTIONS);
    expect(content.posts.get('post-1')?.mainImage?.asset.url).toMatch(
      new RegExp(`^${emulator.url}/images/quiretest/production/[0-9a-f]+-640x360\\.png$`),
    );
  });

  it.each([
    [
      'a file: URL',
      () => 'file:///etc/hostname',
      /is at "file:\/\/\/etc\/hostname", which is not https:\/\/cdn\.sanity\.io\/images\/quiretest\/production\//,
    ],
    ['a foreign host', () => 'https://images.example/a.jpg', /is at "https:\/\/images\.example\/a\.jpg"/],
    ['a loopback server', () => `${recorderUrl}/images/quiretest/production/a.jpg`, /which is not https:/],
    [
      'another project on the CDN',
      () => 'https://cdn.sanity.io/images/other/production/a.jpg',
      /images\/other\//,
    ],
  ])('refuses %s, naming the post and field, with nothing requested', async (_name, url, message) => {
    emulator.setDocuments([
      ...exported.filter((doc) => doc._id !== 'post-1'),
      post(1, { mainImage: figureOf('image-x') }),
      assetDocument('image-x', url()),
    ]);
    const before = emulator.requests.length;
    const loading = loadSiteContent(source(), OPTIONS);
    await expect(loading).rejects.toThrow(/Document "post-1", field "mainImage": the image "image-x"/);
    await expect(loading).rejects.toThrow(message);
    expect(emulator.requests.slice(before).map((request) => request.path)).toEqual([
      '/v2025-02-19/data/query/production',
    ]);
    expect(recorded).toEqual([]);
  });

  it('refuses an image declared larger than the pipeline can decode', async () => {
    const cdn = 'https://cdn.sanity.io/images/quiretest/production/big-20000x20000.jpg';
    emulator.setDocuments([
      ...exported.filter((doc) => doc._id !== 'post-1'),
      post(1, { mainImage: figureOf('image-big') }),
      assetDocument('image-big', cdn, 20_000, 20_000),
    ]);
    await expect(loadSiteContent(source(), OPTIONS)).rejects.toThrow(
      /Document "post-1", field "mainImage": the image "image-big" cannot be used: it is 20000×20000 pixels, more than the 268 megapixels.*Upload a smaller version/,
    );
  });
});
