/**
 * One load shared by the `consumers` loaders of one content sync. The first `take()` starts a
 * load; the next `consumers - 1` takes share it; the take after that starts a new one (the next
 * sync, e.g. the dev server or the draft preview refreshing content). A load that fails is
 * forgotten at once, so the next take tries again instead of being handed the old error.
 */
export function createSharedLoad<T>(consumers: number, start: () => Promise<T>): () => Promise<T> {
  let current: { load: Promise<T>; takesLeft: number } | undefined;
  return () => {
    if (!current || current.takesLeft === 0) {
      const load = start();
      const entry = { load, takesLeft: consumers };
      load.catch(() => {
        if (current === entry) current = undefined;
      });
      current = entry;
    }
    current.takesLeft -= 1;
    return current.load;
  };
}
