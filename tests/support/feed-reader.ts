import { glob } from 'node:fs/promises';
import { parseRssFeed } from 'feedsmith';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { SaxesParser } from 'saxes';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Throws unless `xml` is a well-formed, namespace-well-formed XML 1.0 document: saxes is a
 * strict parser, so an illegal character, a stray `]]>` or an unbalanced tag all fail here.
 */
export function assertWellFormedXml(xml: string): void {
  new SaxesParser({ xmlns: true }).write(xml).close();
}

/** Checks well-formedness, then reads the feed as a feed reader would (feedsmith). */
export function readFeed(xml: string) {
  assertWellFormedXml(xml);
  return parseRssFeed(xml);
}

/** A parsed feed's items, never `undefined`. */
export type FeedItems = NonNullable<ReturnType<typeof readFeed>['items']>;

/** The elements of an HTML fragment (as a browser would parse it), in document order. */
export function htmlElements(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    // <template> content lives outside childNodes; a browser would still parse it.
    if ('content' in node) visit(node.content);
  };
  visit(parseFragment(html));
  return found;
}

/** The value of every `href`, `src` and `srcset` attribute in an HTML fragment. */
export function htmlUrls(html: string): string[] {
  return htmlElements(html).flatMap((element) =>
    element.attrs.filter((attr) => ['href', 'src', 'srcset'].includes(attr.name)).map((attr) => attr.value),
  );
}

/** The text of an HTML fragment as a reader sees it (entities decoded, tags gone). */
export function htmlText(html: string): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parseFragment(html));
  return parts.join('');
}

/** Paths (relative to `outDir`, sorted) of every `rss.xml` a build wrote. */
export async function listFeedFiles(outDir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const file of glob('**/rss.xml', { cwd: outDir })) files.push(file);
  return files.sort();
}
