import { z } from 'zod';
import { BLOCK_CONTENT } from '../portable-text/blocks.ts';
import type { ContentIssues } from './content-issues.ts';
import { fieldPath } from './field-paths.ts';
import { FIGURE } from './figure-entry.ts';

/*
 * The content contract: the one statement of what the site renders, as pages read it through
 * Astro's collections. Every entry the normalisers build is checked against it (`checkEntries`).
 * Strict objects: a field a normaliser adds but the contract does not list is an error, never
 * silently dropped. A new field goes in the query, its normaliser and here.
 */

export const SETTINGS_ENTRY = z.strictObject({
  title: z.string(),
  tagline: z.string().optional(),
  description: z.string().optional(),
  location: z.string().optional(),
  contactEmail: z.string().optional(),
  contactFormAction: z.url().optional(),
  callToAction: z.strictObject({ label: z.string(), url: z.string() }).optional(),
  disclaimer: z.string().optional(),
  socialLinks: z.array(z.strictObject({ label: z.string(), url: z.url() })),
  /** IANA zone every date on the site is shown in; `UTC` when the settings name none. */
  timeZone: z.string(),
  newsletterFormAction: z.url().optional(),
  defaultOgImage: FIGURE.optional(),
});

export const AUTHOR_ENTRY = z.strictObject({
  name: z.string(),
  slug: z.string(),
  credentials: z.string().optional(),
  bio: BLOCK_CONTENT,
  image: FIGURE.optional(),
});

export const CATEGORY_ENTRY = z.strictObject({
  title: z.string(),
  slug: z.string(),
  description: z.string().optional(),
});

/** A part of a series: a published post, or one announced but not readable yet. */
export const SERIES_PART = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('published'), key: z.string(), position: z.number(), postId: z.string() }),
  z.strictObject({
    kind: z.literal('upcoming'),
    key: z.string(),
    position: z.number(),
    title: z.string().optional(),
    expected: z.string().optional(),
    note: z.string().optional(),
  }),
]);

export const SERIES_ENTRY = z.strictObject({
  title: z.string(),
  slug: z.string(),
  description: z.string().optional(),
  coverImage: FIGURE.optional(),
  status: z.enum(['ongoing', 'complete']),
  numbering: z.enum(['roman', 'arabic']),
  parts: z.array(SERIES_PART).min(1),
});

export const POST_ENTRY = z.strictObject({
  title: z.string(),
  slug: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  excerpt: z.string().optional(),
  authorId: z.string(),
  categoryIds: z.array(z.string()),
  mainImage: FIGURE.optional(),
  seo: z.strictObject({
    title: z.string().optional(),
    description: z.string().optional(),
    noIndex: z.boolean(),
  }),
  body: BLOCK_CONTENT,
  /** The series this post is a part of, derived from `series.parts`. */
  series: z.strictObject({ id: z.string(), position: z.number() }).optional(),
});

export type { Figure } from './figure-entry.ts';
export type SettingsEntry = z.infer<typeof SETTINGS_ENTRY>;
export type AuthorEntry = z.infer<typeof AUTHOR_ENTRY>;
export type CategoryEntry = z.infer<typeof CATEGORY_ENTRY>;
export type SeriesPart = z.infer<typeof SERIES_PART>;
export type SeriesEntry = z.infer<typeof SERIES_ENTRY>;
export type PostEntry = z.infer<typeof POST_ENTRY>;

const UNLISTED = 'the site sets this field but its content contract does not list it';
const VALUE_FIX =
  'Correct it in the Studio and publish again (a value the Studio accepts but the site cannot show comes from an import or an edited export).';
const UNLISTED_FIX =
  'This is a fault in the site, not the content: add the field to the content contract in src/lib/content/entries.ts, or stop its normaliser setting it.';

/**
 * Checks every entry (keyed by document `_id`) against `schema`. Each problem is an error naming
 * the document and field, and a field the schema does not list is one: it would be dropped on
 * its way to the page. An entry that fails is taken out of `entries`.
 */
export function checkEntries<T>(schema: z.ZodType<T>, entries: Map<string, T>, issues: ContentIssues): void {
  for (const [id, entry] of entries) {
    const result = schema.safeParse(entry);
    if (result.success) continue;
    entries.delete(id);
    for (const issue of result.error.issues) {
      const field = fieldPath(entry, issue.path);
      const unlisted = issue.code === 'unrecognized_keys' ? issue.keys : [];
      for (const key of unlisted) issues.error(id, field ? `${field}.${key}` : key, UNLISTED, UNLISTED_FIX);
      const problem = `the value is not one the site can show (${issue.message.replace(/^Invalid input: /, '')})`;
      if (!unlisted.length) issues.error(id, field, problem, VALUE_FIX);
    }
  }
}
