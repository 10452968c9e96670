import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomically } from '../files/write-atomically.ts';

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

const RECORD = z.object({
  postCount: z.number().int().min(0),
  recordedAt: z.string(),
  identity: z.string().optional(),
});

/** The file holding the last post count of the site `identity`, inside `cacheDir`. */
export function shrinkRecordFile(cacheDir: string, identity: string): string {
  const key = createHash('sha256').update(identity).digest('hex').slice(0, 12);
  return join(cacheDir, `quire-content-baseline-${key}.json`);
}

/**
 * Refuses a build whose published post count fell by more than half since the last build of the
 * same site that used this cache — the sign of a wrong dataset or a half-failed export, not of an
 * editor unpublishing posts one by one. Records the count (atomically) when the build may go on.
 * A damaged record is an error rather than a fresh start, unless the drop is allowed anyway.
 */
export async function guardAgainstShrink(postCount: number, options: ShrinkGuardOptions): Promise<void> {
  const file = shrinkRecordFile(options.cacheDir, options.identity);
  const last = await readLastCount(file, options.allowShrink);
  if (last !== undefined && postCount < last * MAX_SHRINK_RATIO && !options.allowShrink) {
    throw new Error(
      `[content] ${options.describeSource} has ${postCount} published posts; the last build had ${last}. The build stopped rather than publish a site missing most of its posts. Check SANITY_PROJECT_ID/SANITY_DATASET or the export; if the drop is intended, set QUIRE_ALLOW_SHRINK=true for this build.`,
    );
  }
  const record = { identity: options.identity, postCount, recordedAt: new Date().toISOString() };
  await writeAtomically(file, `${JSON.stringify(record, null, 2)}\n`);
}

async function readLastCount(file: string, allowShrink: boolean): Promise<number | undefined> {
  let parsed: ReturnType<typeof RECORD.safeParse>;
  try {
    parsed = RECORD.safeParse(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    // No record yet: the first build from this site (or a fresh cache) has nothing to compare.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    const reason = error instanceof SyntaxError ? `not JSON: ${error.message}` : (error as Error).message;
    return damaged(file, reason, allowShrink);
  }
  if (parsed.success) return parsed.data.postCount;
  const problem = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return damaged(file, problem.join('; '), allowShrink);
}

// Starting over silently would switch the guard off exactly when something has gone wrong.
function damaged(file: string, reason: string, allowShrink: boolean): undefined {
  if (allowShrink) return undefined;
  throw new Error(
    `[content] The shrink-guard record "${file}" is damaged (${reason}), so this build cannot tell whether posts went missing. Delete the file to start a new record, or set QUIRE_ALLOW_SHRINK=true for this build.`,
  );
}
