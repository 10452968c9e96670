import { describe, expect, it } from 'vitest';
import { createSharedLoad } from '../../src/lib/content/shared-load.ts';

describe('createSharedLoad', () => {
  it('gives the loaders of one sync one load, and the next sync a new one', async () => {
    let loads = 0;
    const take = createSharedLoad(3, async () => ++loads);
    expect(await Promise.all([take(), take(), take()])).toEqual([1, 1, 1]);
    expect(await Promise.all([take(), take(), take()])).toEqual([2, 2, 2]);
  });

  it('never hands out a failed load again', async () => {
    let attempt = 0;
    const take = createSharedLoad(2, async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('API down');
      return 'content';
    });
    await expect(take()).rejects.toThrow('API down');
    expect(await take()).toBe('content');
    expect(attempt).toBe(2);
  });
});
