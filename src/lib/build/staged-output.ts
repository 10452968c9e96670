import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/*
 * A build writes into a staging folder beside the output folder and replaces the output only
 * when everything is written, so a failed build leaves the previous site exactly as it was.
 * Beside, not in the system temp folder: a rename is atomic only within one file system.
 */

const STAGING = '.staging-';
const PREVIOUS = '.previous-';

/** This process's staging folder for `outDir`: `dist.staging-<pid>`. */
export function stagingDirFor(outDir: string): string {
  return `${outDir}${STAGING}${process.pid}`;
}

/**
 * Removes staging and previous-output folders beside `outDir` left by builds that died before
 * cleaning up. Call only while holding the output lock, so no live build owns them.
 */
export async function removeLeftovers(outDir: string): Promise<void> {
  const name = basename(outDir);
  const siblings = await readdir(dirname(outDir)).catch(() => []);
  const leftovers = siblings.filter(
    (sibling) => sibling.startsWith(`${name}${STAGING}`) || sibling.startsWith(`${name}${PREVIOUS}`),
  );
  await Promise.all(
    leftovers.map((sibling) => rm(join(dirname(outDir), sibling), { recursive: true, force: true })),
  );
}

/**
 * Puts the finished `staging` folder in place of `outDir`: the old output is renamed aside,
 * the new one renamed in, and the old one deleted. Readers of `outDir` see the old site or the
 * new one, never a mix; only between the two renames is there briefly none.
 */
export async function replaceOutput(staging: string, outDir: string): Promise<void> {
  const previous = `${outDir}${PREVIOUS}${process.pid}`;
  const hadOutput = await rename(outDir, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadOutput) await rename(previous, outDir);
    throw error;
  }
  if (hadOutput) await rm(previous, { recursive: true, force: true });
}
