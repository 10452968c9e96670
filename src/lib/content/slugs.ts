import { SLUG_MAX_URL_BYTES } from '../shared-settings.ts';
import type { ContentIssues } from './content-issues.ts';

/**
 * A slug exactly as stored, or `undefined` when blank. Never cleaned: a slug is an address
 * readers already hold, so one that would need cleaning is reported by `checkSlugs`, not changed.
 * A value that is not text passes on unchanged for the entry contract to report (as `presentText`).
 */
export function presentSlug(value: string | null | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  return value ?? undefined;
}

// A slug becomes one URL path segment; these characters would change where the URL points.
const URL_SYNTAX = /[/\\?#%\s]|^\.\.?$/;

// Controls, format characters (bidi overrides, zero-width spaces, soft hyphens) and other
// code points that render as nothing: an address containing one looks like another address,
// or, with a right-to-left override, reads backwards. Lone surrogates cannot be URL-encoded.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;

/** What makes `slug` unusable as a URL segment and folder name, or `undefined` if nothing does. */
function slugProblem(slug: string): string | undefined {
  const invisible = INVISIBLE.exec(slug)?.[0];
  if (invisible !== undefined) {
    // Shown as code points: printed as they are, they would reorder or hide the message itself.
    const shown = slug.replace(new RegExp(INVISIBLE, 'gu'), (char) => `<${codePoint(char)}>`);
    return `the slug "${shown}" contains the invisible character ${codePoint(invisible)}, so its URL would look like another one`;
  }
  if (URL_SYNTAX.test(slug)) {
    return `the slug "${slug}" contains characters a URL path cannot hold (/, ?, #, %, spaces)`;
  }
  const bytes = encodeURIComponent(slug).length;
  if (bytes > SLUG_MAX_URL_BYTES) {
    return `the slug is ${bytes} bytes long once URL-encoded, over the limit of ${SLUG_MAX_URL_BYTES}: it becomes a folder name, and file systems refuse names over 255 bytes`;
  }
  return undefined;
}

const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

// macOS and Windows disks, and the hosts built on them, treat "A" and "a" (and the composed
// and decomposed forms of "é") as one name, so two such slugs would share one folder.
const foldSlug = (slug: string): string => slug.normalize('NFC').toLowerCase();

/**
 * Reports every slug of one kind (post, series, …) that is not a safe single URL segment,
 * and every pair whose URLs would coincide once case and Unicode form are ignored.
 */
export function checkSlugs(
  kind: string,
  entries: ReadonlyMap<string, { slug: string }>,
  issues: ContentIssues,
): void {
  const owners = new Map<string, { id: string; slug: string }>();
  for (const [id, { slug }] of entries) {
    const problem = slugProblem(slug);
    const other = owners.get(foldSlug(slug));
    if (problem) {
      issues.error(id, 'slug', problem, 'Generate the slug again in the Studio and publish again.');
    } else if (other) {
      const clash =
        other.slug === slug
          ? `the ${kind} slug "${slug}" is already used by "${other.id}", so both would share one URL`
          : `the ${kind} slug "${slug}" differs from "${other.slug}" (the slug of "${other.id}") only in letter case or Unicode form, and hosts that ignore case would serve both at one URL`;
      issues.error(id, 'slug', clash, 'Give one of them another slug in the Studio.');
    } else {
      owners.set(foldSlug(slug), { id, slug });
    }
  }
}
