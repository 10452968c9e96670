import type { SizeResult } from './measure-size.ts';
import type { SampleWeight } from './sample-weight.ts';

/** One row of the table: medians over the runs, the ratio of the pairs' ratios. */
export interface SizeSummary {
  posts: number;
  pages: number;
  quireCold: number;
  starterCold: number;
  /** Median over runs of Quire's cold time divided by the starter's in the same pair. */
  coldRatio: number;
  quireWarm: number;
  /** The most derivatives any warm run encoded (the target is 0). */
  warmEncoded: number;
  starterWarm: number;
  /** Quire's warm time as a share of its cold time. */
  warmShare: number;
  edited: number;
  quirePeakMb: number;
  starterPeakMb: number;
  apiRequests: number;
  quireDistMb: number;
  starterDistMb: number;
}

const MB = 1024 * 1024;

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Reduces one size's runs to the figures the table prints. */
export function summarize(result: SizeResult): SizeSummary {
  const { quire, starter } = result;
  const seconds = (runs: readonly { seconds: number }[]) => median(runs.map((run) => run.seconds));
  const peak = (runs: readonly { peakBytes: number }[]) => Math.max(...runs.map((run) => run.peakBytes)) / MB;
  const quireCold = seconds(quire.cold);
  return {
    posts: result.posts,
    pages: quire.pages,
    quireCold,
    starterCold: seconds(starter.cold),
    coldRatio: median(quire.cold.map((run, i) => run.seconds / (starter.cold[i]?.seconds ?? Number.NaN))),
    quireWarm: seconds(quire.warm),
    warmEncoded: Math.max(...quire.warm.map((run) => run.imagesEncoded)),
    starterWarm: seconds(starter.warm),
    warmShare: seconds(quire.warm) / quireCold,
    edited: quire.edited.seconds,
    quirePeakMb: peak(quire.cold),
    starterPeakMb: peak(starter.cold),
    apiRequests: quire.api.apiRequests,
    quireDistMb: quire.distBytes / MB,
    starterDistMb: starter.distBytes / MB,
  };
}

const COLUMNS: [string, (row: SizeSummary) => string][] = [
  ['posts', (row) => row.posts.toLocaleString('en')],
  ['Quire cold s', (row) => row.quireCold.toFixed(1)],
  ['starter cold s', (row) => row.starterCold.toFixed(1)],
  ['ratio', (row) => row.coldRatio.toFixed(2)],
  ['Quire warm s (images encoded)', (row) => `${row.quireWarm.toFixed(1)} (${row.warmEncoded})`],
  ['starter warm s', (row) => row.starterWarm.toFixed(1)],
  ['warm / cold', (row) => row.warmShare.toFixed(2)],
  ['one post edited s', (row) => row.edited.toFixed(1)],
  ['peak MB Quire / starter', (row) => `${row.quirePeakMb.toFixed(0)} / ${row.starterPeakMb.toFixed(0)}`],
  ['API requests', (row) => String(row.apiRequests)],
  ['dist MB Quire / starter', (row) => `${row.quireDistMb.toFixed(1)} / ${row.starterDistMb.toFixed(1)}`],
];

/** The table as Markdown, ready for the README. */
export function formatTable(rows: readonly SizeSummary[]): string {
  const lines = [
    COLUMNS.map(([name]) => name),
    COLUMNS.map(() => '---'),
    ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row))),
  ];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The lines under the table: linearity and the sample site's page weight. */
export function formatNotes(rows: readonly SizeSummary[], sample: SampleWeight): string[] {
  const notes: string[] = [];
  const at = (posts: number) => rows.find((row) => row.posts === posts);
  const [small, large] = [at(1000), at(4000)];
  if (small && large) {
    notes.push(
      `Linearity: cold build at 4,000 posts / at 1,000 = ${(large.quireCold / small.quireCold).toFixed(2)} (starter ${(large.starterCold / small.starterCold).toFixed(2)}).`,
    );
  }
  const post = sample.heaviestPost;
  notes.push(
    `Sample site: heaviest post page ${post.path} is ${(post.htmlCssGzip / 1024).toFixed(1)} KB of gzipped HTML + CSS; JavaScript on post pages: ${sample.postJsBytes} bytes.`,
    `Pages that run JavaScript: ${sample.pagesWithJs.map((page) => `${page.path} (${page.jsBytes} bytes)`).join(', ') || 'none'}.`,
  );
  return notes;
}
