import { glob, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { attr, type BuiltPage, describeElement, pathForFile } from './html-dom.ts';
import { listCssUrls, listReferences } from './site-references.ts';

export interface SiteOutput {
  outDir: string;
  pages: BuiltPage[];
  /** The origin the site was built for (SITE_URL): absolute URLs there are internal too. */
  siteOrigin: string;
}

interface FileIndex {
  files: Set<string>;
  folders: Set<string>;
  idsByPath: Map<string, Set<string>>;
}

/**
 * Every internal link, resource (`src`, each `srcset` candidate, stylesheets, icons, CSS `url()`)
 * and `#fragment` in a built site that points at nothing, one readable line each; `[]` when all
 * resolve. Links to other origins are not followed. A `javascript:` URL or bare `#` counts as broken.
 */
export async function findBrokenReferences({ outDir, pages, siteOrigin }: SiteOutput): Promise<string[]> {
  const index = await indexFiles(outDir, pages);
  const problems: string[] = [];
  const stylesheets = new Set<string>();
  for (const page of pages) {
    for (const reference of listReferences(page)) {
      const base = new URL(page.path, siteOrigin);
      const problem = checkUrl(reference.url, base, siteOrigin, index);
      if (problem) problems.push(`${page.path}: ${problem}, in ${describeElement(reference.element)}`);
      const isStylesheet = (attr(reference.element, 'rel') ?? '').split(/\s+/).includes('stylesheet');
      const url = URL.parse(reference.url, base);
      if (!problem && isStylesheet && url?.origin === siteOrigin) stylesheets.add(url.pathname);
    }
  }
  for (const sheet of stylesheets) {
    const css = await readFile(join(outDir, safeDecode(sheet)), 'utf8');
    for (const raw of listCssUrls(css)) {
      const problem = checkUrl(raw, new URL(sheet, siteOrigin), siteOrigin, index);
      if (problem) problems.push(`${sheet}: ${problem}, in url(${raw})`);
    }
  }
  return problems;
}

function checkUrl(raw: string, base: URL, siteOrigin: string, index: FileIndex): string | undefined {
  if (/^\s*javascript:/i.test(raw)) return `"${raw}" is a javascript: URL`;
  if (raw.endsWith('#')) return `"${raw}" has an empty #fragment, which goes nowhere`;
  const url = URL.parse(raw, base);
  if (!url) return `"${raw}" is not a valid URL`;
  if (url.origin !== siteOrigin) return undefined;
  const path = safeDecode(url.pathname).replace(/^\//, '');
  if (path !== '' && !path.endsWith('/') && index.folders.has(path)) {
    return `"${raw}" points at a folder without its trailing slash (a redirect on most hosts)`;
  }
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!index.files.has(file)) return `"${raw}" points at ${file}, which the build did not write`;
  const fragment = safeDecode(url.hash.slice(1));
  const ids = index.idsByPath.get(pathForFile(file));
  // Per the HTML standard, #top scrolls to the top even with no element of that id.
  if (fragment && ids && !ids.has(fragment) && fragment.toLowerCase() !== 'top') {
    return `"${raw}" points at #${fragment}, but ${pathForFile(file)} has no element with that id`;
  }
  return undefined;
}

async function indexFiles(outDir: string, pages: BuiltPage[]): Promise<FileIndex> {
  const files = new Set<string>();
  const folders = new Set<string>();
  for await (const entry of glob('**/*', { cwd: outDir, withFileTypes: true })) {
    const relativePath = relative(outDir, join(entry.parentPath, entry.name));
    (entry.isDirectory() ? folders : files).add(relativePath);
  }
  const idsByPath = new Map(
    pages.map((page) => {
      const ids = page.elements.flatMap((element) => {
        const id = attr(element, 'id');
        const name = element.tagName === 'a' ? attr(element, 'name') : undefined;
        return [id, name].filter((value): value is string => value !== undefined);
      });
      return [page.path, new Set(ids)] as const;
    }),
  );
  return { files, folders, idsByPath };
}

/** Percent-decodes a URL part; a malformed escape stays as written, so it fails the lookup. */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
