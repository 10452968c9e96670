import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planImage } from '../../src/lib/images/plan.ts';
import { type AssetPolicy, exportAssetPolicy, remoteAssetPolicy } from '../../src/lib/sanity/asset-policy.ts';
import { type ImageSamples, imageSamples } from '../support/broken-images.ts';
import { allowImagesFrom, derivativesOf, generateDerivatives } from '../support/image-plans.ts';

/*
 * Every way a source image can fail, through the pipeline a build runs (plan, then generate):
 * each error names the asset, the document that shows it, what went wrong and what to do.
 */

let work: string;
let samples: ImageSamples;
let server: Server;
let origin: string;
const served: string[] = [];

/** The image server: what Sanity's CDN might answer for project "p", dataset "d". */
function answer(path: string, response: import('node:http').ServerResponse): void {
  served.push(path);
  if (path === '/images/p/d/moved.jpg') {
    response.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere.jpg' }).end();
  } else if (path === '/images/p/d/short.jpg') {
    // Promises 4000 bytes, sends 100, hangs up: a download cut off mid-way.
    response.writeHead(200, { 'content-length': 4000, 'content-type': 'image/jpeg' });
    response.write(samples.good.subarray(0, 100), () => response.destroy());
  } else if (path === '/images/p/d/garbage.jpg') {
    response.writeHead(200, { 'content-type': 'image/jpeg' }).end(samples.garbage);
  } else {
    response.writeHead(404).end();
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'quire-image-failures-'));
  samples = await imageSamples();
  for (const [name, bytes] of Object.entries(samples)) await writeFile(join(work, `${name}.jpg`), bytes);
  server = createServer((request, response) => answer(request.url ?? '', response));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((closed) => server.close(() => closed()));
  await rm(work, { recursive: true, force: true });
});

const file = (name: string) => pathToFileURL(join(work, name)).href;
const fromExport = (...names: string[]) => exportAssetPolicy(work, names.map(file));
const fromCdn = () => remoteAssetPolicy({ projectId: 'p', dataset: 'd', apiHost: origin });

describe('an image that cannot be made names the asset, the document and the fix', () => {
  it.each<{ name: string; url: () => string; policy: () => AssetPolicy; size?: number[]; message: RegExp }>([
    {
      name: 'a file gone from the export',
      url: () => file('gone.jpg'),
      policy: () => fromExport('gone.jpg'),
      message:
        /could not be read from file:.*gone\.jpg: ENOENT.*\. Check that the dataset export still holds/,
    },
    {
      name: 'a file that is not an image',
      url: () => file('garbage.jpg'),
      policy: () => fromExport('garbage.jpg'),
      message:
        /could not be decoded: it is not in an image format the pipeline reads .*\. Upload the image again/,
    },
    {
      name: 'a truncated JPEG',
      url: () => file('truncated.jpg'),
      policy: () => fromExport('truncated.jpg'),
      message: /could not be decoded: the file is damaged or incomplete \(VipsJpeg: premature end/,
    },
    {
      name: 'a JPEG with only its header',
      url: () => file('headerOnly.jpg'),
      policy: () => fromExport('headerOnly.jpg'),
      message: /could not be decoded: the file is damaged or incomplete/,
    },
    {
      name: 'an image past the pixel limit',
      url: () => file('huge.jpg'),
      policy: () => fromExport('huge.jpg'),
      size: [20_000, 20_000],
      message: /could not be decoded: it is larger than the 268 megapixels \(16383×16383\).*smaller version/,
    },
    {
      name: 'a size that does not match the bytes',
      url: () => file('good.jpg'),
      policy: () => fromExport('good.jpg'),
      size: [1000, 600],
      message:
        /could not be cut: its file is 400×300 .*but the dataset says 1000×600\. Upload the image again/,
    },
    {
      name: 'a 404 from the CDN',
      url: () => `${origin}/images/p/d/gone.jpg`,
      policy: fromCdn,
      message:
        /could not be downloaded from http:.*gone\.jpg: HTTP 404.*Check in the Studio that the image still exists/,
    },
    {
      name: 'a redirect from the CDN',
      url: () => `${origin}/images/p/d/moved.jpg`,
      policy: fromCdn,
      message:
        /could not be downloaded from .*: HTTP 302, a redirect to "http:\/\/127\.0\.0\.1:9\/elsewhere\.jpg" \(not followed\)\. Sanity.s CDN does not redirect/,
    },
    {
      name: 'a download cut off mid-way',
      url: () => `${origin}/images/p/d/short.jpg`,
      policy: fromCdn,
      message: /could not be downloaded from .*short\.jpg: the download broke off/,
    },
    {
      name: 'a download that is not an image',
      url: () => `${origin}/images/p/d/garbage.jpg`,
      policy: fromCdn,
      message: /could not be decoded: it is not in an image format/,
    },
  ])('$name', async ({ url, policy, size = [400, 300], message }) => {
    allowImagesFrom(policy());
    const [width = 0, height = 0] = size;
    const asset = { id: 'image-broken', url: url(), mimeType: 'image/jpeg', width, height, usedBy: 'post-9' };
    const planned = derivativesOf(planImage({ asset }, { widths: [50] }));
    const options = { outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), concurrency: 2 };
    const failure = generateDerivatives(planned, options);
    await expect(failure).rejects.toThrow(/^\[images\] Image "image-broken" used by "post-9" could not be /);
    await expect(failure).rejects.toThrow(message);
  });
});

describe('the last line of defence: readSource reads only what the shared policy allows', () => {
  it.each([
    ['a file outside the export', () => file('good.jpg'), () => fromExport('other.jpg')],
    ['another folder on the allowed host', () => `${origin}/secrets/good.jpg`, fromCdn],
    ['another project on the allowed host', () => `${origin}/images/q/d/good.jpg`, fromCdn],
  ])('refuses %s without a request', async (_name, url, policy) => {
    allowImagesFrom(policy());
    const planned = derivativesOf(
      planImage(
        { asset: { id: 'image-x', url: url(), mimeType: 'image/jpeg', width: 400, height: 300 } },
        {
          widths: [50],
        },
      ),
    );
    const before = served.length;
    const options = { outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), concurrency: 1 };
    await expect(generateDerivatives(planned, options)).rejects.toThrow(
      /^\[images\] Image "image-x" could not be read: its URL ".*" is not .*, so it was neither read nor requested/,
    );
    expect(served.slice(before)).toEqual([]);
  });
});
