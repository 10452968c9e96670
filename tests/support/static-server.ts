import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** Content types for what an Astro build and a Pagefind bundle write. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** Paths requested outside the base path, in order: each answered 404. */
  outside: string[];
  close(): Promise<void>;
}

/**
 * Serves a built site from `root` on 127.0.0.1 at a random free port, like a plain static host:
 * `index.html` for a folder (redirecting `/x` to `/x/` first), and `404.html` with status 404 for
 * anything missing. Paths that climb out of `root` get a 404 too. `headers` go on every response
 * (a Content-Security-Policy, say). With `base` (`/blog/`), `root` is served under that path, as
 * a GitHub Pages project site is, and requests outside it are recorded in `outside`. With
 * `fallback` (a file in `root`), a missing path gets that file with status 200, as a single-page
 * app such as the Studio needs for its client-side routes.
 */
export async function startStaticServer(
  root: string,
  headers: Record<string, string> = {},
  { base = '/', fallback }: { base?: string; fallback?: string } = {},
): Promise<StaticServer> {
  const outside: string[] = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (!`${pathname}/`.startsWith(base)) {
      outside.push(pathname);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Outside the site');
      return;
    }
    const sitePath = pathname.length < base.length ? '/' : `/${pathname.slice(base.length)}`;
    serve(root, sitePath, response, base, fallback).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    outside,
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

async function serve(
  root: string,
  pathname: string,
  response: ServerResponse,
  base: string,
  fallback?: string,
): Promise<void> {
  const file = resolveInside(root, pathname);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (file && info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${base}${pathname.slice(1)}/` }).end();
      return;
    }
    return serve(root, `${pathname}index.html`, response, base, fallback);
  }
  // Each file is read before the status is written, so a read that fails can still answer 500.
  if ((!file || !info?.isFile()) && fallback) {
    const page = await readFile(join(root, fallback));
    response.writeHead(200, { 'content-type': CONTENT_TYPES['.html'] }).end(page);
    return;
  }
  if (!file || !info?.isFile()) {
    const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    response.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] }).end(notFound);
    return;
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const body = await readFile(file);
  response.writeHead(200, { 'content-type': type }).end(body);
}

function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded));
  return file === normalize(root) || file.startsWith(normalize(root) + sep) ? file : undefined;
}
