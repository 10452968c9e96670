/**
 * Summarises a V8 CPU profile of a build (`node --cpu-prof … astro build`): where the time went,
 * by package or source file, and by function. Usage:
 *
 *   node scripts/bench/profile-summary.ts <file.cpuprofile> [rows=25]
 *
 * "(idle)" is the main thread waiting: on sharp's encoder threads, on Pagefind's indexer (a child
 * process) or on the disk. Async calls lose their callers at each `await`, so inclusive times
 * undercount async work; self times are exact.
 */
import { readFileSync } from 'node:fs';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** A package name for code under node_modules; our own code by file, pages' bundled chunks by chunk. */
function placeOf(url: string): string {
  if (!url) return '(native code and GC)';
  const at = url.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [scope = '', name = ''] = url.slice(at + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (url.startsWith('node:')) return 'node (internals)';
  // Pages run from chunks Astro bundles into <outDir>/.prerender/; a chunk is named for its first module.
  const chunk = /\/\.prerender\/(?:chunks\/)?([^/]+)$/.exec(url)?.[1];
  return chunk ? `page bundle ${chunk}` : url.replace(/^file:\/\/.*?\/src\//, 'src/');
}

const nameOf = ({ callFrame: frame }: ProfileNode) =>
  `${frame.functionName || '(anonymous)'} ${placeOf(frame.url)}:${frame.lineNumber + 1}`;

/** Self time by place and by function, and inclusive time by function, in microseconds. */
function summarize(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const tables = {
    place: new Map<string, number>(),
    self: new Map<string, number>(),
    inclusive: new Map<string, number>(),
  };
  const add = (table: Map<string, number>, key: string, time: number) =>
    table.set(key, (table.get(key) ?? 0) + time);
  let total = 0;
  profile.samples.forEach((id, index) => {
    const time = profile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    total += time;
    add(
      tables.place,
      node.callFrame.functionName === '(idle)' ? '(idle)' : placeOf(node.callFrame.url),
      time,
    );
    add(tables.self, nameOf(node), time);
    // A recursive function counts once per sample.
    const seen = new Set<string>();
    for (let at: ProfileNode | undefined = node; at; at = byId.get(parent.get(at.id) ?? -1))
      seen.add(nameOf(at));
    for (const name of seen) add(tables.inclusive, name, time);
  });
  return { total, ...tables };
}

function print(title: string, table: Map<string, number>, total: number, rows: number): void {
  console.log(`\n${title}`);
  for (const [name, time] of [...table].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(
      `${(time / 1e6).toFixed(2).padStart(8)} s ${((100 * time) / total).toFixed(1).padStart(5)} %  ${name}`,
    );
  }
}

const [file, rows = '25'] = process.argv.slice(2);
if (!file)
  throw new Error('[bench] Name a .cpuprofile file: node scripts/bench/profile-summary.ts <file> [rows]');
const summary = summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile);
console.log(`${(summary.total / 1e6).toFixed(1)} s sampled`);
print('Self time by package or file', summary.place, summary.total, Number(rows));
print('Self time by function', summary.self, summary.total, Number(rows));
print('Inclusive time by function', summary.inclusive, summary.total, Number(rows));
