type Node = Record<string, unknown>;

/**
 * Calls `visit` for every object inside `value` (itself included) with its field path, written
 * the way content errors name fields: `mainImage`, `body[_key=="f1"].asset`, `parts[2]`. Array
 * members are named by `_key` when they have one (Sanity's stable id), else by position; the
 * root's path is the empty string.
 */
export function visitObjects(value: unknown, visit: (node: Node, field: string) => void, path = ''): void {
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      const key = (item as Node | null)?._key;
      visitObjects(
        item,
        visit,
        `${path}${typeof key === 'string' ? `[_key==${JSON.stringify(key)}]` : `[${index}]`}`,
      );
    });
  } else if (typeof value === 'object' && value !== null) {
    visit(value as Node, path);
    for (const [key, field] of Object.entries(value)) {
      visitObjects(field, visit, path ? `${path}.${key}` : key);
    }
  }
}
