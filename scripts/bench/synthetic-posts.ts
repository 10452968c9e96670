/**
 * Deterministic synthetic blog content for the build benchmark, in a neutral shape that
 * write-export.ts turns into a Sanity export and write-markdown.ts into Markdown, so Quire
 * and the Markdown starter build exactly the same words.
 */

/** A run of text, optionally a link: `href` for the web, `postIndex` for another post. */
export type Span = { text: string; href?: string; postIndex?: number };

/** One body block, in the few shapes a real article uses. */
export type Block =
  | { kind: 'h2' | 'h3' | 'paragraph' | 'quote'; spans: Span[] }
  | { kind: 'list'; items: string[] };

/** One post of the synthetic site. `index` is 0-based; ids and slugs derive from it. */
export interface SyntheticPost {
  index: number;
  title: string;
  excerpt: string;
  /** ISO instant, one every 22 hours from 2014, so none is in the future. */
  publishedAt: string;
  /** Index into the image pool. */
  image: number;
  categories: number[];
  author: number;
  body: Block[];
}

/** A series: the posts it holds, in part order (indexes into the post list). */
export interface SyntheticSeries {
  index: number;
  title: string;
  parts: number[];
}

/** Everything a synthetic site holds. */
export interface SyntheticSite {
  posts: SyntheticPost[];
  series: SyntheticSeries[];
  categories: string[];
  authors: string[];
}

const WORDS = (
  'calm clinic patient rest practice habit night shift sleep coffee burnout boundary care ' +
  'trust session coach therapist doctor nurse team change pattern weekend question answer ' +
  'simple honest quiet small steady morning evening walk breath pause notice listen learn ' +
  'hour week month plan goal value choice energy tired curious gentle clear kind slow fast ' +
  'work home family friend letter story moment place room window light shadow weather season ' +
  'early late often rarely always never maybe because although while before after during'
).split(' ');

const CATEGORIES = ['Burnout', 'Sleep', 'Coaching', 'Therapy', 'Boundaries', 'Medicine', 'Habits'];
const SERIES_SIZES = [3, 4, 5];
const HOUR_MS = 3_600_000;
const START = Date.UTC(2014, 0, 1, 9);

/** A small seeded generator (mulberry32): the same seed gives the same site on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function words(next: () => number, count: number): string {
  const picked = Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = picked.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** About 1,200 words: an opening, four sections (one with a sub-heading), a list and a quote. */
function body(next: () => number, index: number, count: number): Block[] {
  const paragraph = (n: number): Block => ({ kind: 'paragraph', spans: [{ text: `${words(next, n)}.` }] });
  const linked: Block = {
    kind: 'paragraph',
    spans: [
      { text: `${words(next, 40)}, as ` },
      { text: 'this guide explains', href: `https://example.org/guide/${index % 97}` },
      { text: ` and as ` },
      { text: 'an earlier post', postIndex: (index + 1) % count },
      { text: ` argued. ${words(next, 50)}.` },
    ],
  };
  const blocks: Block[] = [paragraph(90), linked];
  for (let section = 0; section < 4; section += 1) {
    blocks.push({ kind: 'h2', spans: [{ text: words(next, 5) }] }, paragraph(110), paragraph(100));
    if (section === 1) blocks.push({ kind: 'h3', spans: [{ text: words(next, 4) }] }, paragraph(80));
    if (section === 2) blocks.push({ kind: 'list', items: Array.from({ length: 4 }, () => words(next, 9)) });
    if (section === 3) blocks.push({ kind: 'quote', spans: [{ text: `${words(next, 30)}.` }] });
  }
  return blocks;
}

/** `count` posts over a pool of `imageCount` images; one post in five is a part of a series. */
export function createSyntheticSite(count: number, imageCount: number): SyntheticSite {
  const next = random(count);
  const posts = Array.from({ length: count }, (_, index): SyntheticPost => {
    const title = `${words(next, 6)} ${index + 1}`;
    return {
      index,
      title,
      excerpt: `${words(next, 24)}.`,
      publishedAt: new Date(START + index * 22 * HOUR_MS).toISOString(),
      image: index % imageCount,
      categories: [index % CATEGORIES.length, ...(index % 3 === 0 ? [(index + 3) % CATEGORIES.length] : [])],
      author: index % 2,
      body: body(next, index, count),
    };
  });
  return {
    posts,
    series: groupSeries(count, next),
    categories: CATEGORIES,
    authors: ['Avery Test', 'Sam Bench'],
  };
}

// Every fifth post, taken in order, is cut into series of 3, 4 and 5 parts in turn; a remainder
// too short for a series joins the last one, so every series has at least three parts.
function groupSeries(count: number, next: () => number): SyntheticSeries[] {
  const members = Array.from({ length: Math.floor(count / 5) }, (_, i) => i * 5 + 4);
  const series: SyntheticSeries[] = [];
  for (let at = 0; at < members.length; ) {
    const size = SERIES_SIZES[series.length % SERIES_SIZES.length] ?? 3;
    const parts = members.slice(at, at + size);
    at += size;
    const last = series[series.length - 1];
    if (parts.length < 3 && last) last.parts.push(...parts);
    else series.push({ index: series.length, title: `Series ${words(next, 3)} ${series.length + 1}`, parts });
  }
  return series;
}
