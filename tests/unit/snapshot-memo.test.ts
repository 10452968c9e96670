import { describe, expect, it } from 'vitest';
import { memoizePerSnapshot } from '../../src/lib/site/snapshot-memo.ts';

/** A memo over a counter, with the snapshot id and the next outcome under the test's control. */
function setUp() {
  const state = { snapshot: 'one', computed: 0, fail: false };
  const get = memoizePerSnapshot(
    async () => state.snapshot,
    async () => {
      state.computed += 1;
      if (state.fail) throw new Error(`failure ${state.computed}`);
      return `views ${state.computed}`;
    },
  );
  return { state, get };
}

describe('memoizePerSnapshot', () => {
  it('computes once for any number of calls within one snapshot, even concurrent ones', async () => {
    const { state, get } = setUp();
    expect(await Promise.all([get(), get(), get()])).toEqual(['views 1', 'views 1', 'views 1']);
    expect(await get()).toBe('views 1');
    expect(state.computed).toBe(1);
  });

  it('computes afresh when the snapshot changes, and again when it changes back', async () => {
    const { state, get } = setUp();
    await get();
    state.snapshot = 'two';
    expect(await get()).toBe('views 2');
    state.snapshot = 'one';
    expect(await get()).toBe('views 3');
  });

  it('forgets a failure, so the next call in the same snapshot tries again', async () => {
    const { state, get } = setUp();
    state.fail = true;
    await expect(get()).rejects.toThrow('failure 1');
    state.fail = false;
    expect(await get()).toBe('views 2');
  });
});
