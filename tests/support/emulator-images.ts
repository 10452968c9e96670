import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The image half of the Sanity emulator: Sanity's CDN serves every image of a project at
 * `/images/<projectId>/<dataset>/<file>`; the emulator serves a dataset export's images/ folder
 * there, so a build in API mode downloads its images as it would from cdn.sanity.io.
 */

/** What the image route needs to know; `folder` is a dataset export's folder (holding images/). */
export type ImageHost = { folder: string; projectId: string; dataset: string };

const IMAGE_ROUTE = /^\/images\/([^/]+)\/([^/]+)\/([^/]+)$/;

const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

// The path an image of the export is served at, as Sanity's CDN would serve it.
function cdnPath(host: Omit<ImageHost, 'folder'>, file: string): string {
  return `/images/${[host.projectId, host.dataset, file].map(encodeURIComponent).join('/')}`;
}

/**
 * Copies of `documents` in which every asset document whose `url` is a `file:` URL into the
 * export's images/ folder (as `readDatasetExport` makes them) points at `origin` instead. Any
 * other url is left as it is, so a test can still serve a hostile one.
 */
export function pointAssetsAt(
  documents: Array<Record<string, unknown>>,
  origin: string,
  host: ImageHost,
): Array<Record<string, unknown>> {
  const images = resolve(host.folder, 'images');
  return documents.map((doc) => {
    const url = doc.url;
    if (typeof url !== 'string' || !url.startsWith('file:')) return doc;
    const file = fileURLToPath(url);
    if (dirname(file) !== images) return doc;
    return { ...doc, url: `${origin}${cdnPath(host, basename(file))}` };
  });
}

/**
 * Answers a request for `pathname` if it is on the image route: the file's bytes, or 404 when
 * the export has no such file or the project or dataset is another one. False for other paths.
 */
export async function answerImage(
  pathname: string,
  res: ServerResponse,
  host: ImageHost | undefined,
): Promise<boolean> {
  const route = IMAGE_ROUTE.exec(pathname);
  if (!route) return false;
  const [projectId, dataset, file] = route.slice(1).map((part) => decodeURIComponent(part ?? ''));
  const bytes =
    host && projectId === host.projectId && dataset === host.dataset && file && basename(file) === file
      ? await readFile(join(host.folder, 'images', file)).catch(() => undefined)
      : undefined;
  if (!bytes) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`No image at ${pathname}`);
    return true;
  }
  const type = CONTENT_TYPES[extname(file ?? '').toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-length': bytes.byteLength });
  res.end(bytes);
  return true;
}
