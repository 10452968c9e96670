import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardAgainstShrink } from '../../src/lib/content/shrink-guard.ts';

async function baseline(lastCount?: number | string) {
  const file = join(await mkdtemp(join(tmpdir(), 'quire-shrink-')), 'cache', 'baseline.json');
  if (lastCount !== undefined) {
    await guardAgainstShrink(0, { file, allowShrink: true, describeSource: 'test' });
    await writeFile(
      file,
      typeof lastCount === 'number' ? JSON.stringify({ postCount: lastCount }) : lastCount,
    );
  }
  return file;
}

describe('guardAgainstShrink', () => {
  it.each([
    { name: 'no earlier build', last: undefined, now: 1 },
    { name: 'a damaged record', last: '{oops', now: 1 },
    { name: 'growth', last: 10, now: 12 },
    { name: 'losing exactly half', last: 10, now: 5 },
    { name: 'a few unpublished posts', last: 10, now: 8 },
  ])('lets the build go on after $name, and records the new count', async ({ last, now }) => {
    const file = await baseline(last);
    await guardAgainstShrink(now, { file, allowShrink: false, describeSource: 'test' });
    expect(JSON.parse(await readFile(file, 'utf8')).postCount).toBe(now);
  });

  it('stops a build that lost more than half its posts, naming both counts and the override', async () => {
    const file = await baseline(10);
    await expect(
      guardAgainstShrink(4, { file, allowShrink: false, describeSource: 'dataset export "x"' }),
    ).rejects.toThrow(
      /dataset export "x" has 4 published posts; the last build had 10\..*QUIRE_ALLOW_SHRINK=true/,
    );
    expect(JSON.parse(await readFile(file, 'utf8')).postCount).toBe(10);
  });

  it('lets the operator allow the drop', async () => {
    const file = await baseline(10);
    await guardAgainstShrink(1, { file, allowShrink: true, describeSource: 'test' });
    expect(JSON.parse(await readFile(file, 'utf8')).postCount).toBe(1);
  });
});
