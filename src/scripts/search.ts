/*
 * The site's only client script, loaded by /search/ as an external module so a strict
 * Content-Security-Policy holds. It drives Pagefind's JS API (pagefind.js, written into
 * dist/pagefind/ by the quire-pagefind integration) and renders results with plain DOM calls:
 * Pagefind's ready-made UIs set inline styles, which that policy would block.
 */

import { archivePath, PATHS } from '../lib/urls.ts';

/** The part of Pagefind's browser API this script uses (pagefind.js ships no types). */
interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  data(): Promise<ResultData>;
}
/** What the pages tell Pagefind besides their text: `date` (posts) and `part` (series posts). */
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string; part?: string };
}

/** More than this and the list stops being scannable; the reader refines the query instead. */
const MAX_RESULTS = 20;
/** Typing fast should not run a search per keystroke. */
const TYPING_PAUSE_MS = 200;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

if (form && input && status && list) {
  const elements = { input, status, list };
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Every search gets a number; an answer that arrives after a newer search started is dropped.
  const run = () => {
    clearTimeout(timer);
    latest += 1;
    void search(latest, () => latest, elements);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  });
  // The form submits as GET ?q=… without JavaScript too, so a shared search link works here.
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
}

interface Elements {
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
}

async function search(id: number, current: () => number, { input, status, list }: Elements): Promise<void> {
  const term = input.value.trim();
  const url = new URL(location.href);
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!term) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  try {
    const pagefind = await loadPagefind();
    const { results } = await pagefind.search(term);
    const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (id !== current()) return;
    list.replaceChildren(...shown.map(renderResult));
    status.textContent = describeCount(results.length, shown.length, term);
  } catch {
    if (id !== current()) return;
    list.replaceChildren();
    const archive = document.createElement('a');
    archive.href = archivePath(1);
    archive.textContent = 'the archive';
    status.replaceChildren('Search could not load. Reload the page to try again, or browse ', archive, '.');
  }
}

let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A URL known only after the build (the index is written after bundling), so Vite must not resolve it.
  // Pagefind puts result URLs under the folder it was loaded from, so they carry the base path.
  pagefindPromise ??= import(/* @vite-ignore */ PATHS.pagefindScript) as Promise<Pagefind>;
  return pagefindPromise;
}

function describeCount(total: number, shown: number, term: string): string {
  if (total === 0) return `No results for “${term}”.`;
  const count = total === 1 ? '1 result' : `${total} results`;
  return shown < total ? `${count} for “${term}”; showing the first ${shown}.` : `${count} for “${term}”.`;
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  const facts = [data.meta.part, data.meta.date].filter((fact): fact is string => Boolean(fact));
  if (facts.length > 0) {
    const meta = document.createElement('p');
    meta.className = 'search-result-meta';
    meta.textContent = facts.join(' · ');
    item.append(meta);
  }
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

/**
 * Pagefind's excerpt is escaped page text with `<mark>` around the matches. Keep only text and
 * marks, so nothing from the index can add markup, attributes or event handlers to the page.
 */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return Array.from(parsed.body.childNodes, (node) => {
    if (node instanceof HTMLElement && node.localName === 'mark') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}
