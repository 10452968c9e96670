import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { attr, type BuiltPage, describeElement, type HtmlElement } from './html-dom.ts';
import type { SiteOutput } from './link-check.ts';
import { listCssUrls, listReferences } from './site-references.ts';

/** The only page allowed client JavaScript (DESIGN.md: "unless a feature needs it (search)"). */
export const SCRIPT_PAGE = '/search/';

/**
 * What a strict Content-Security-Policy (no 'unsafe-inline') would block or DESIGN.md forbids:
 * any `<script>` outside {@link SCRIPT_PAGE} (JSON-LD aside, which must parse as JSON), inline
 * script bodies, `style` attributes, `<style>` elements and `on…` event-handler attributes.
 */
export function findInlineCode(pages: BuiltPage[]): string[] {
  return pages.flatMap((page) =>
    page.elements.flatMap((element) =>
      inlineCodeIn(page, element).map((problem) => `${page.path}: ${problem}`),
    ),
  );
}

function inlineCodeIn(page: BuiltPage, element: HtmlElement): string[] {
  const problems: string[] = [];
  const where = describeElement(element);
  if (attr(element, 'style') !== undefined) problems.push(`style attribute on ${where}`);
  const handlers = element.attrs.filter((attribute) => /^on[a-z]+$/i.test(attribute.name));
  for (const handler of handlers) problems.push(`inline event handler ${handler.name}= on ${where}`);
  if (element.tagName === 'style') problems.push(`<style> element (put CSS in a stylesheet file)`);
  if (element.tagName !== 'script') return problems;
  const body = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
  if (attr(element, 'type') === 'application/ld+json') {
    if (!isJson(body)) problems.push(`JSON-LD that does not parse as JSON: ${body.slice(0, 120)}`);
  } else if (page.path !== SCRIPT_PAGE) {
    problems.push(`script on a page that needs no JavaScript: ${where}`);
  } else if (attr(element, 'src') === undefined || body.trim() !== '') {
    problems.push(`inline script (load it from a file with src=): ${where} ${body.slice(0, 80)}`);
  }
  return problems;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every resource a page would fetch from another origin than the site's: `src`, `srcset`,
 * fetched `<link>`s and `url()`/`@import` in its stylesheets. Outbound `<a href>` links are fine.
 */
export async function findThirdPartyResources({ outDir, pages, siteOrigin }: SiteOutput): Promise<string[]> {
  const problems: string[] = [];
  const sheets = new Map<string, string>();
  for (const page of pages) {
    for (const reference of listReferences(page)) {
      if (reference.kind !== 'resource') continue;
      const url = URL.parse(reference.url, new URL(page.path, siteOrigin));
      if (url && isRemote(url, siteOrigin)) {
        problems.push(
          `${page.path}: loads ${url.href} from another origin, in ${describeElement(reference.element)}`,
        );
      } else if (url?.pathname.endsWith('.css')) {
        sheets.set(url.pathname, page.path);
      }
    }
  }
  for (const [sheet, page] of sheets) {
    const css = await readFile(join(outDir, sheet), 'utf8').catch(() => '');
    for (const raw of listCssUrls(css)) {
      const url = URL.parse(raw, new URL(sheet, siteOrigin));
      if (url && isRemote(url, siteOrigin)) problems.push(`${sheet} (used by ${page}): loads ${url.href}`);
    }
  }
  return problems;
}

/** `data:` and `blob:` stay in the page; anything else off the site's origin is a request elsewhere. */
function isRemote(url: URL, siteOrigin: string): boolean {
  return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== siteOrigin;
}

/**
 * DESIGN.md's structural rules: exactly one `<h1>` and one `<main>`, a `<header>` and a `<footer>`
 * that are page landmarks, and every `<img>` with `alt`, `width` and `height`.
 */
export function findStructureProblems(pages: BuiltPage[]): string[] {
  return pages.flatMap((page) => {
    const problems: string[] = [];
    const count = (tag: string) => page.elements.filter((element) => element.tagName === tag).length;
    if (count('h1') !== 1) problems.push(`has ${count('h1')} <h1> elements, not one`);
    if (count('main') !== 1) problems.push(`has ${count('main')} <main> elements, not one`);
    for (const landmark of ['header', 'footer']) {
      if (!page.elements.some((element) => element.tagName === landmark && !isScoped(element))) {
        problems.push(`has no page-level <${landmark}> (one outside main, article, aside, nav and section)`);
      }
    }
    for (const image of page.elements.filter((element) => element.tagName === 'img')) {
      const missing = ['alt', 'width', 'height'].filter((name) => attr(image, name) === undefined);
      if (missing.length > 0) problems.push(`image without ${missing.join(', ')}: ${describeElement(image)}`);
    }
    return problems.map((problem) => `${page.path}: ${problem}`);
  });
}

/** Scoped `header`/`footer` (inside these) are not the page's banner or contentinfo landmarks. */
const SECTIONING = new Set(['main', 'article', 'aside', 'nav', 'section']);

function isScoped(element: HtmlElement): boolean {
  for (let node = element.parentNode; node && 'tagName' in node; node = node.parentNode) {
    if (SECTIONING.has(node.tagName)) return true;
  }
  return false;
}
