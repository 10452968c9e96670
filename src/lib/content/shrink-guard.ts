import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A build may lose up to half of the posts the last build had before it is refused. */
export const MAX_SHRINK_RATIO = 0.5;

export interface ShrinkGuardOptions {
  /** The build cache (QUIRE_CACHE_DIR), where one record per site is kept. */
  cacheDir: string;
  /** Which site the posts belong to (see `identifyContent`): each site has its own record. */
  identity: string;
  /** The operator said the drop is intended (QUIRE_ALLOW_SHRINK). */
  allowShrink: boolean;
  describeSource: string;
}

/** The file holding the last post count of the site `identity`, inside `cacheDir`. */
export function shrinkRecordFile(cacheDir: string, identity: string): string {
  const key = createHash('sha256').update(identity).digest('hex').slice(0, 12);
  return join(cacheDir, `quire-content-baseline-${key}.json`);
}

/**
 * Refuses a build whose published post count fell by more than half since the last build of the
 * same site that used this cache — the sign of a wrong dataset or a half-failed export, not of an
 * editor unpublishing posts one by one. Records the count when the build may go on.
 */
export async function guardAgainstShrink(postCount: number, options: ShrinkGuardOptions): Promise<void> {
  const file = shrinkRecordFile(options.cacheDir, options.identity);
  const last = await readLastCount(file);
  if (last !== undefined && postCount < last * MAX_SHRINK_RATIO && !options.allowShrink) {
    throw new Error(
      `[content] ${options.describeSource} has ${postCount} published posts; the last build had ${last}. The build stopped rather than publish a site missing most of its posts. Check SANITY_PROJECT_ID/SANITY_DATASET or the export; if the drop is intended, set QUIRE_ALLOW_SHRINK=true for this build.`,
    );
  }
  const record = { identity: options.identity, postCount, recordedAt: new Date().toISOString() };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}

async function readLastCount(file: string): Promise<number | undefined> {
  try {
    const { postCount } = JSON.parse(await readFile(file, 'utf8')) as { postCount?: unknown };
    return typeof postCount === 'number' ? postCount : undefined;
  } catch {
    // No record yet (a fresh cache) or a damaged one: nothing to compare against.
    return undefined;
  }
}
