/*
 * The documents "New part in this series" and "Write this part" create: a draft post, and the
 * weak reference a series lists it by (weak, because the post is not published yet; DESIGN.md).
 */

const SLUG_MAX = 96;

/** A slug as the post's slug field would generate it from `title`: "Why we rest" → "why-we-rest". */
export function toSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}

/** A new draft post `drafts.<id>`, titled and slugged when `title` is given, by `authorId` if set. */
export function newPartDraft(id: string, title: string | undefined, authorId: string | undefined) {
  const slug = title ? toSlug(title) : '';
  return {
    _id: `drafts.${id}`,
    _type: 'post' as const,
    ...(title ? { title } : {}),
    ...(slug ? { slug: { _type: 'slug' as const, current: slug } } : {}),
    ...(authorId ? { author: { _type: 'reference' as const, _ref: authorId } } : {}),
  };
}

/** A series part pointing at the post `postId` (its published id), keyed `key`. */
export function partReference(postId: string, key: string) {
  return { _type: 'reference' as const, _key: key, _ref: postId, _weak: true };
}
