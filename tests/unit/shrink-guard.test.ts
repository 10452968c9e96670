import { readFile, writeFile } from 'node:fs/promises';
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
    { name: 'a damaged record', last: '{oops', now: 1 },
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

  it('keeps one record per site', () => {
    expect(shrinkRecordFile('/c', IDENTITY)).toBe(shrinkRecordFile('/c', IDENTITY));
    expect(shrinkRecordFile('/c', IDENTITY)).not.toBe(shrinkRecordFile('/c', `${IDENTITY} at http://x`));
  });
});
