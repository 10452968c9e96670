/*
 * Which fields of a value a piece of code reads. Paths are written `posts[].mainImage.asset.url`:
 * array positions fold into `[]`, so a field counts as read once any member's copy of it is.
 */

/** `value`, wrapped so that every field read through it, at any depth, is added to `read`. */
export function recordReads<T extends object>(value: T): { proxy: T; read: Set<string> } {
  const read = new Set<string>();
  const wrap = <N>(node: N, path: string): N => {
    if (typeof node !== 'object' || node === null) return node;
    return new Proxy(node, {
      get(target, key, receiver) {
        const child: unknown = Reflect.get(target, key, receiver);
        // Inherited members (`map`, `length` of an array) are how code reads, not what it reads.
        if (typeof key !== 'string' || !Object.hasOwn(target, key)) return child;
        if (Array.isArray(target) && !/^\d+$/.test(key)) return child;
        const childPath = Array.isArray(target) ? `${path}[]` : path ? `${path}.${key}` : key;
        read.add(childPath);
        return wrap(child, childPath);
      },
    });
  };
  return { proxy: wrap(value, ''), read };
}

/** Every field `value` holds, at any depth, as `recordReads` writes their paths. */
export function fieldPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => fieldPaths(item, `${path}[]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const childPath = path ? `${path}.${key}` : key;
    return [childPath, ...fieldPaths(child, childPath)];
  });
}
