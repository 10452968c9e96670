import { attr, type BuiltPage, type HtmlElement } from './html-dom.ts';

/**
 * What a reference is for: `resource` the browser fetches to show the page (scripts, styles,
 * images, fonts, icons); `link` a place the reader or a crawler may go (anchors, canonical,
 * feeds, Open Graph images).
 */
export type ReferenceKind = 'resource' | 'link';

export interface Reference {
  kind: ReferenceKind;
  /** The attribute value, trimmed; for a `srcset`, one candidate's URL. */
  url: string;
  element: HtmlElement;
}

/** `<link rel>` values whose target the browser fetches while rendering the page. */
const FETCHED_LINK_RELS = new Set([
  'stylesheet',
  'icon',
  'preload',
  'modulepreload',
  'manifest',
  'apple-touch-icon',
  'mask-icon',
]);

/** Elements and attributes whose URL the browser fetches. */
const RESOURCE_ATTRIBUTES: Record<string, string[]> = {
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};

/** `<meta>` properties that carry a URL of this site for crawlers and social cards. */
const URL_META = new Set(['og:image', 'og:url', 'twitter:image', 'og:image:secure_url']);

/** Every URL `page` refers to, with what it is for, in document order. */
export function listReferences(page: BuiltPage): Reference[] {
  return page.elements.flatMap((element) => referencesOf(element));
}

function referencesOf(element: HtmlElement): Reference[] {
  const found: Reference[] = [];
  const add = (kind: ReferenceKind, url: string | undefined) => {
    if (url !== undefined) found.push({ kind, url: url.trim(), element });
  };
  const tag = element.tagName;
  if (tag === 'a' || tag === 'area') add('link', attr(element, 'href'));
  if (tag === 'link') {
    const rels = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
    add(rels.some((rel) => FETCHED_LINK_RELS.has(rel)) ? 'resource' : 'link', attr(element, 'href'));
    const srcset = attr(element, 'imagesrcset');
    for (const candidate of srcset ? parseSrcset(srcset) : []) add('resource', candidate);
  }
  if (tag === 'meta') {
    const property = attr(element, 'property') ?? attr(element, 'name') ?? '';
    if (URL_META.has(property)) add('link', attr(element, 'content'));
  }
  for (const name of RESOURCE_ATTRIBUTES[tag] ?? []) add('resource', attr(element, name));
  if (tag === 'img' || tag === 'source') {
    const srcset = attr(element, 'srcset');
    for (const candidate of srcset ? parseSrcset(srcset) : []) add('resource', candidate);
  }
  return found;
}

/**
 * The URLs of a `srcset` value, one per candidate (`url 640w, url 2x`). Our image URLs never
 * contain commas, so splitting on commas is exact for them; a URL that did would show up here
 * as a broken candidate rather than pass unnoticed.
 */
export function parseSrcset(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** URLs a stylesheet fetches: `url(…)` (fonts, images) and `@import "…"`. Comments are skipped. */
export function listCssUrls(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls: string[] = [];
  for (const match of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*?))\s*\)/g)) {
    urls.push((match[1] ?? match[2] ?? match[3] ?? '').trim());
  }
  for (const match of withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    urls.push((match[1] ?? match[2] ?? '').trim());
  }
  return urls.filter((url) => url !== '');
}
