import { readFileSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { isProcessAlive } from '../files/process-alive.ts';

/** How long a build waits for another build of the same output folder before giving up. */
export const LOCK_WAIT_MS = 15 * 60_000;
const POLL_MS = 250;

interface LockRecord {
  pid: number;
  startedAt: string;
}

/** A held lock; `release` is synchronous so it can run from a process `exit` handler. */
export type OutputLock = Awaited<ReturnType<typeof acquireOutputLock>>;

/**
 * Takes the lock file `file` (created exclusively), waiting while a live build holds it and
 * taking over one left by a build that died. `onWait` is called once, when waiting starts.
 * Throws a `[build]` error naming the other build after `waitMs`.
 */
export async function acquireOutputLock(
  file: string,
  { waitMs = LOCK_WAIT_MS, onWait }: { waitMs?: number; onWait?: (holder: LockRecord) => void } = {},
) {
  const record: LockRecord = { pid: process.pid, startedAt: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  let announced = false;
  for (;;) {
    if (await tryCreate(file, record)) return { file, release: (): void => releaseIfOurs(file) };
    const holder = await readFile(file, 'utf8').then(parseHolder, () => undefined);
    if (holder && !isProcessAlive(holder.pid)) {
      // A build that crashed (or was killed) cannot release its lock: its folder is ours now.
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `[build] Another build (pid ${holder?.pid ?? 'unknown'}, started ${holder?.startedAt ?? 'at an unknown time'}) has been writing this site's output for over ${Math.round(waitMs / 60_000)} minutes (lock ${file}). Wait for it to finish, or stop it; delete the lock file only if no build is running.`,
      );
    }
    if (!announced && holder) onWait?.(holder);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function tryCreate(file: string, record: LockRecord): Promise<boolean> {
  return writeFile(file, JSON.stringify(record), { flag: 'wx' }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
}

// A lock caught half-written reads as unknown; the next poll sees it whole.
function parseHolder(text: string): LockRecord | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockRecord>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, startedAt: String(parsed.startedAt) }
      : undefined;
  } catch {
    return undefined;
  }
}

function releaseIfOurs(file: string): void {
  try {
    if (parseHolder(readFileSync(file, 'utf8'))?.pid === process.pid) rmSync(file, { force: true });
  } catch {
    // Already gone: nothing to release.
  }
}
