import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// Folders support helpers made for the running test file (a module instance per file).
const marked: string[] = [];

/**
 * Marks `path` for removal once the running test file is done: tests/support/temp-dirs.setup.ts
 * removes it after the file's last hook (in a globalSetup, its teardown does). For helpers that
 * make folders while tests run, when no hook can be registered any more. An exit handler would
 * not do: vitest stops its workers with a signal, so their exit handlers never run.
 */
export function removeAfterFile(path: string): void {
  marked.push(path);
}

/** Removes every folder marked with {@link removeAfterFile}; the setup file calls it. */
export async function removeMarkedFolders(): Promise<void> {
  await Promise.all(marked.splice(0).map((path) => rm(path, { recursive: true, force: true })));
}

/**
 * Returns a function that makes temporary folders, all removed once the calling test file is
 * done, so tests leave nothing behind. Call it at the top level of a test file.
 */
export function useTempDirs(): (prefix?: string) => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (prefix = 'quire-test-') => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
