import { blockText, type WithChildren } from './block-text.ts';

/** Turns heading text into a URL fragment: lowercase ASCII words joined by hyphens. */
export function slugifyHeading(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/**
 * Returns a function giving each heading block of one document a unique id; repeated
 * headings get `-2`, `-3` so every anchor link lands on its own heading.
 */
export function createHeadingIds(): (block: WithChildren) => string {
  const used = new Map<string, number>();
  return (block) => {
    const base = slugifyHeading(blockText(block));
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
