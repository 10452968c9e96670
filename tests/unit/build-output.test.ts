import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireOutputLock } from '../../src/lib/build/output-lock.ts';
import { removeLeftovers, replaceOutput, stagingDirFor } from '../../src/lib/build/staged-output.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quire-output-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The pid of a process that has exited, so no live build can hold it. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid ?? 0;
}

describe('acquireOutputLock', () => {
  it('is exclusive, and free again once released', async () => {
    const file = join(dir, 'dist.lock');
    const lock = await acquireOutputLock(file);
    await expect(acquireOutputLock(file, { waitMs: 300 })).rejects.toThrow(
      new RegExp(`\\[build\\] Another build \\(pid ${process.pid}, .*lock ${file}`),
    );
    lock.release();
    (await acquireOutputLock(file, { waitMs: 0 })).release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock left by a build that died', async () => {
    const file = join(dir, 'dist.lock');
    await writeFile(file, JSON.stringify({ pid: deadPid(), startedAt: 'yesterday' }));
    const lock = await acquireOutputLock(file, { waitMs: 0 });
    expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('waits for a live holder, telling the caller once', async () => {
    const file = join(dir, 'dist.lock');
    const first = await acquireOutputLock(file);
    const waits: number[] = [];
    const second = acquireOutputLock(file, { onWait: (holder) => waits.push(holder.pid) });
    setTimeout(() => first.release(), 600);
    (await second).release();
    expect(waits).toEqual([process.pid]);
  });
});

describe('staged output', () => {
  it.each([
    ['over an existing output', true],
    ['where there was none', false],
  ])('replaces the output with the staging folder %s, leaving nothing beside it', async (_name, existed) => {
    const outDir = join(dir, 'dist');
    if (existed) {
      await mkdir(outDir);
      await writeFile(join(outDir, 'old.html'), 'old');
    }
    const staging = stagingDirFor(outDir);
    await mkdir(staging);
    await writeFile(join(staging, 'new.html'), 'new');
    await replaceOutput(staging, outDir);
    expect(await readdir(outDir)).toEqual(['new.html']);
    expect(await readdir(dir)).toEqual(['dist']);
  });

  it('removes staging and previous folders left by dead builds, and nothing else', async () => {
    for (const name of ['dist', 'dist.staging-123', 'dist.previous-456', 'distant', 'other.staging-1']) {
      await mkdir(join(dir, name));
    }
    await removeLeftovers(join(dir, 'dist'));
    expect((await readdir(dir)).sort()).toEqual(['dist', 'distant', 'other.staging-1']);
  });
});
