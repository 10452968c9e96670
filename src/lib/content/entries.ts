import { z } from 'zod';
import { BLOCK_CONTENT } from '../portable-text/blocks.ts';
import { FIGURE } from './figure-entry.ts';

/*
 * The checked, normalised entries pages read through Astro's content collections. The
 * integrity check builds them from the query response; the collections validate them again
 * with these same schemas, so a page never sees raw Sanity JSON.
 */

export const SETTINGS_ENTRY = z.object({
  title: z.string(),
  tagline: z.string().optional(),
  description: z.string().optional(),
  location: z.string().optional(),
  contactEmail: z.string().optional(),
  contactFormAction: z.url().optional(),
  callToAction: z.object({ label: z.string(), url: z.string() }).optional(),
  disclaimer: z.string().optional(),
  socialLinks: z.array(z.object({ label: z.string(), url: z.url() })),
  /** IANA zone every date on the site is shown in; `UTC` when the settings name none. */
  timeZone: z.string(),
  newsletterFormAction: z.url().optional(),
  defaultOgImage: FIGURE.optional(),
});

export const AUTHOR_ENTRY = z.object({
  name: z.string(),
  slug: z.string(),
  credentials: z.string().optional(),
  bio: BLOCK_CONTENT,
  image: FIGURE.optional(),
});

export const CATEGORY_ENTRY = z.object({
  title: z.string(),
  slug: z.string(),
  description: z.string().optional(),
});

/** A part of a series: a published post, or one announced but not readable yet. */
export const SERIES_PART = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('published'), key: z.string(), position: z.number(), postId: z.string() }),
  z.object({
    kind: z.literal('upcoming'),
    key: z.string(),
    position: z.number(),
    title: z.string().optional(),
    expected: z.string().optional(),
    note: z.string().optional(),
  }),
]);

export const SERIES_ENTRY = z.object({
  title: z.string(),
  slug: z.string(),
  description: z.string().optional(),
  coverImage: FIGURE.optional(),
  status: z.enum(['ongoing', 'complete']),
  numbering: z.enum(['roman', 'arabic']),
  parts: z.array(SERIES_PART).min(1),
});

export const POST_ENTRY = z.object({
  title: z.string(),
  slug: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  excerpt: z.string().optional(),
  authorId: z.string(),
  categoryIds: z.array(z.string()),
  mainImage: FIGURE.optional(),
  seo: z.object({
    title: z.string().optional(),
    description: z.string().optional(),
    noIndex: z.boolean(),
  }),
  body: BLOCK_CONTENT,
  /** The series this post is a part of, derived from `series.parts`. */
  series: z.object({ id: z.string(), position: z.number() }).optional(),
});

export type { Figure } from './figure-entry.ts';
export { FIGURE };
export type SettingsEntry = z.infer<typeof SETTINGS_ENTRY>;
export type AuthorEntry = z.infer<typeof AUTHOR_ENTRY>;
export type CategoryEntry = z.infer<typeof CATEGORY_ENTRY>;
export type SeriesPart = z.infer<typeof SERIES_PART>;
export type SeriesEntry = z.infer<typeof SERIES_ENTRY>;
export type PostEntry = z.infer<typeof POST_ENTRY>;
