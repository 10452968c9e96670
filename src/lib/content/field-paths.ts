type Node = Record<string, unknown>;

/**
 * Calls `visit` for every object inside `value` (itself included) with a function giving its
 * field path as content errors name fields (`mainImage`, `body[_key=="f1"].asset`; the root's is
 * ''), written only when asked for: most objects never need one, and a site has many thousands.
 */
export function visitObjects(
  value: unknown,
  visit: (node: Node, field: () => string) => void,
  path = () => '',
): void {
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      visitObjects(item, visit, () => `${path()}${memberName(item, index)}`);
    });
  } else if (typeof value === 'object' && value !== null) {
    visit(value as Node, path);
    for (const [key, field] of Object.entries(value)) {
      visitObjects(field, visit, () => {
        const parent = path();
        return parent ? `${parent}.${key}` : key;
      });
    }
  }
}

/**
 * The field at `path` inside `value` (a path as zod reports it: `['body', 3, 'alt']`), written
 * as `visitObjects` writes it (`body[_key=="f"].alt`); a document in a list is named by its
 * `_id`: `posts[_id=="post-4"].body`.
 */
export function fieldPath(value: unknown, path: readonly PropertyKey[]): string {
  let written = '';
  let node = value;
  for (const key of path) {
    // Own fields only: a path never reads what an object inherits.
    node =
      typeof node === 'object' && node !== null
        ? Object.getOwnPropertyDescriptor(node, key)?.value
        : undefined;
    if (typeof key === 'number') written += memberName(node, key);
    else written += written ? `.${String(key)}` : String(key);
  }
  return written;
}

// By Sanity's stable ids, which survive reordering, else by position.
function memberName(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null) {
    if ('_key' in item && typeof item._key === 'string') return `[_key==${JSON.stringify(item._key)}]`;
    if ('_id' in item && typeof item._id === 'string') return `[_id==${JSON.stringify(item._id)}]`;
  }
  return `[${index}]`;
}
