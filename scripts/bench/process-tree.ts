import { readdir, readFile } from 'node:fs/promises';

/*
 * Peak memory of a whole process tree, sampled from /proc (Linux). A build is several processes
 * (Node, Pagefind's indexer, esbuild), and `ru_maxrss` or `/usr/bin/time -v` report only the
 * largest single one, so the resident set sizes of every descendant are summed at each sample.
 */

const SAMPLE_MS = 100;

async function parentsByPid(): Promise<Map<number, number>> {
  const parents = new Map<number, number>();
  const entries = await readdir('/proc').catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((entry) => /^\d+$/.test(entry))
      .map(async (entry) => {
        const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
        // The command name may hold spaces and parentheses: the fields start after the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (fields[1]) parents.set(Number(entry), Number(fields[1]));
      }),
  );
  return parents;
}

async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kilobytes ? Number(kilobytes) * 1024 : 0;
}

/** The summed resident memory of `root` and all its descendants right now, in bytes. */
export async function treeResidentBytes(root: number): Promise<number> {
  const parents = await parentsByPid();
  const tree = new Set([root]);
  // Parents may be listed after their children: repeat until no process joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const sizes = await Promise.all([...tree].map(residentBytes));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/**
 * Samples the tree under `root` every 100 ms until `stop()` is called; `stop()` resolves to the
 * largest sum seen (0 where /proc is not available, as on macOS).
 */
export function watchPeakMemory(root: number): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await treeResidentBytes(root));
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}
