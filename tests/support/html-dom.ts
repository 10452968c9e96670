import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DefaultTreeAdapterTypes, parse, serializeOuter } from 'parse5';

export type HtmlElement = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** One built HTML page, parsed with parse5 (the HTML standard's parsing algorithm). */
export interface BuiltPage {
  /** The file, relative to the output folder: `posts/x/index.html`. */
  file: string;
  /** The URL path it is served at: `/posts/x/`, `/`, `/404.html`. */
  path: string;
  elements: HtmlElement[];
}

/**
 * Reads and parses every `.html` file under `outDir` except Pagefind's bundle, sorted by file.
 * Each page lists its elements in document order, including those inside `<template>`.
 */
export async function readBuiltPages(outDir: string): Promise<BuiltPage[]> {
  const files: string[] = [];
  for await (const file of glob('**/*.html', { cwd: outDir })) {
    if (!file.startsWith('pagefind/')) files.push(file);
  }
  files.sort();
  return Promise.all(
    files.map(async (file) => ({
      file,
      path: pathForFile(file),
      elements: listElements(parse(await readFile(join(outDir, file), 'utf8'))),
    })),
  );
}

/** `index.html` → `/`, `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function pathForFile(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

function listElements(root: ParentNode): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      found.push(child);
      visit(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  };
  visit(root);
  return found;
}

/** The value of attribute `name` on `element`, or `undefined` when it is absent. */
export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** The text inside `element`, as `textContent` would give it. */
export function textOf(element: HtmlElement): string {
  return element.childNodes
    .map((child) => {
      if ('tagName' in child) return textOf(child);
      return child.nodeName === '#text' ? (child as DefaultTreeAdapterTypes.TextNode).value : '';
    })
    .join('');
}

/** The element's start tag (its markup up to the first `>`), for naming it in a failure message. */
export function describeElement(element: HtmlElement): string {
  const markup = serializeOuter(element);
  const startTag = markup.slice(0, markup.indexOf('>') + 1);
  return startTag.length > 160 ? `${startTag.slice(0, 157)}…` : startTag;
}
