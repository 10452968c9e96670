/**
 * Wraps `compute` so that it runs once per content snapshot: calls share its promise while
 * `readSnapshot` gives the id they started under, and a new id computes afresh. A rejected
 * computation is forgotten, so the next call tries again rather than repeat a stale error.
 */
export function memoizePerSnapshot<T>(
  readSnapshot: () => Promise<string>,
  compute: () => Promise<T>,
): () => Promise<T> {
  let cached: { snapshot: string; value: Promise<T> } | undefined;
  return async () => {
    const snapshot = await readSnapshot();
    if (cached?.snapshot !== snapshot) {
      const value = compute();
      cached = { snapshot, value };
      value.catch(() => {
        if (cached?.value === value) cached = undefined;
      });
    }
    return cached.value;
  };
}
