import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attr, type BuiltPage, readBuiltPages, textOf } from '../../tests/support/html-dom.ts';

/** What one page costs a first-time reader, in bytes. */
export interface PageWeight {
  /** URL path of the page. */
  path: string;
  /** The HTML plus every stylesheet it links, each gzipped on its own as a server sends them. */
  htmlCssGzip: number;
  /** JavaScript the page runs (external files and inline code; JSON-LD is data, not counted). */
  jsBytes: number;
}

// A <script> runs as JavaScript when it has no type or a JavaScript one.
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const gzipLength = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

// Root-relative URLs ("/_astro/x.css") are files under the output folder; the site has no base.
const fileFor = (outDir: string, url: string) => join(outDir, new URL(url, 'https://site.test').pathname);

async function weighPage(outDir: string, page: BuiltPage): Promise<PageWeight> {
  const html = await readFile(join(outDir, page.file));
  let htmlCssGzip = gzipLength(html);
  let jsBytes = 0;
  for (const element of page.elements) {
    const href = attr(element, 'href');
    if (element.tagName === 'link' && attr(element, 'rel') === 'stylesheet' && href) {
      htmlCssGzip += gzipLength(await readFile(fileFor(outDir, href)));
    }
    if (element.tagName !== 'script' || !JS_TYPES.has(attr(element, 'type') ?? '')) continue;
    const src = attr(element, 'src');
    jsBytes += src ? (await readFile(fileFor(outDir, src))).length : Buffer.byteLength(textOf(element));
  }
  return { path: page.path, htmlCssGzip, jsBytes };
}

/**
 * Weighs every page of a built site whose URL path starts with `prefix` (e.g. "/posts/"),
 * heaviest first by gzipped HTML and CSS.
 */
export async function weighPages(outDir: string, prefix: string): Promise<PageWeight[]> {
  const pages = (await readBuiltPages(outDir)).filter((page) => page.path.startsWith(prefix));
  const weights = await Promise.all(pages.map((page) => weighPage(outDir, page)));
  return weights.sort((a, b) => b.htmlCssGzip - a.htmlCssGzip);
}
