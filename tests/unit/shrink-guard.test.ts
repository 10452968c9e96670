import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { guardAgainstShrink, shrinkRecordFile } from '../../src/lib/content/shrink-guard.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const tempDir = useTempDirs();
const IDENTITY = 'sanity project abc dataset production';

/** A cache whose record for IDENTITY holds `record` (written as is), or none. */
async function cacheWith(record?: unknown) {
  const cacheDir = await tempDir();
  const file = shrinkRecordFile(cacheDir, IDENTITY);
  if (record !== undefined) {
    await writeFile(file, typeof record === 'string' ? record : JSON.stringify(record));
  }
  return { cacheDir, file };
}

const options = (cacheDir: string, allowShrink = false) => ({
  cacheDir,
  identity: IDENTITY,
  allowShrink,
  describeSource: 'Sanity project "abc", dataset "production"',
});

const record = (postCount: number) => ({ postCount, recordedAt: '2026-01-01T00:00:00.000Z' });

describe('guardAgainstShrink', () => {
  it.each([
    { name: 'no earlier build', last: undefined, now: 1 },
    { name: 'growth', last: record(10), now: 12 },
    { name: 'losing exactly half', last: record(10), now: 5 },
    { name: 'a few unpublished posts', last: record(10), now: 8 },
    { name: 'a record from before records named their site', last: record(3), now: 3 },
  ])('lets the build go on after $name, and records the new count', async ({ last, now }) => {
    const { cacheDir, file } = await cacheWith(last);
    await guardAgainstShrink(now, options(cacheDir));
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ identity: IDENTITY, postCount: now });
  });

  it('stops a build that lost more than half its posts, naming both counts and the override', async () => {
    const { cacheDir, file } = await cacheWith(record(27));
    await expect(guardAgainstShrink(9, options(cacheDir))).rejects.toThrow(
      /"production" has 9 published posts; the last build had 27\..*QUIRE_ALLOW_SHRINK=true/,
    );
    expect(JSON.parse(await readFile(file, 'utf8')).postCount).toBe(27);
  });

  it('lets the operator allow the drop', async () => {
    const { cacheDir, file } = await cacheWith(record(10));
    await guardAgainstShrink(1, options(cacheDir, true));
    expect(JSON.parse(await readFile(file, 'utf8')).postCount).toBe(1);
  });

  it.each([
    { damage: 'text that is not JSON', content: '{"postCount": 2', reason: /not JSON/ },
    { damage: 'an empty file', content: '', reason: /not JSON/ },
    {
      damage: 'a count that is not a number',
      content: { postCount: '27', recordedAt: 'x' },
      reason: /postCount/,
    },
    { damage: 'a negative count', content: { postCount: -1, recordedAt: 'x' }, reason: /postCount/ },
    { damage: 'a JSON array', content: '[27]', reason: /\(root\)/ },
  ])('refuses a record holding $damage, naming the file and both fixes', async ({ content, reason }) => {
    const { cacheDir, file } = await cacheWith(content);
    const failure = await guardAgainstShrink(27, options(cacheDir)).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toContain(`The shrink-guard record "${file}" is damaged`);
    expect(failure?.message).toMatch(reason);
    expect(failure?.message).toMatch(/Delete the file .* or set QUIRE_ALLOW_SHRINK=true/);
  });

  it('replaces a damaged record when the operator allows a drop', async () => {
    const { cacheDir, file } = await cacheWith('{oops');
    await guardAgainstShrink(4, options(cacheDir, true));
    expect(JSON.parse(await readFile(file, 'utf8')).postCount).toBe(4);
  });

  it('refuses a record it cannot read, rather than starting over', async () => {
    const { cacheDir, file } = await cacheWith();
    await mkdir(file);
    await expect(guardAgainstShrink(4, options(cacheDir))).rejects.toThrow(/is damaged .*EISDIR/);
  });

  it('writes the record through a temporary file, leaving nothing else behind', async () => {
    const { cacheDir, file } = await cacheWith(record(10));
    await guardAgainstShrink(11, options(cacheDir));
    expect(await readdir(cacheDir)).toEqual([file.slice(cacheDir.length + 1)]);
  });

  it('keeps one record per site', () => {
    expect(shrinkRecordFile('/c', IDENTITY)).toBe(shrinkRecordFile('/c', IDENTITY));
    expect(shrinkRecordFile('/c', IDENTITY)).not.toBe(shrinkRecordFile('/c', `${IDENTITY} at http://x`));
  });
});
