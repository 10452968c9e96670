import { z } from 'zod';
import type { SITE_CONTENT_QUERY_RESULT } from '../sanity/sanity.types.ts';

/*
 * The shape SITE_CONTENT_QUERY returns, checked before anything else reads it. Fields are
 * deliberately lenient (nullish): a missing title is a content error the integrity check
 * reports by document and field, not a schema failure. Only a response that could not have
 * come from that query (wrong types, not an object) fails here.
 */

const text = z.string().nullish();
const number = z.number().nullish();

const imageAsset = z.object({
  _id: z.string(),
  url: text,
  mimeType: text,
  size: number,
  width: number,
  height: number,
  aspectRatio: z.number().nullish(),
  lqip: text,
});

/** A figure as the query returns it; rich-text figure blocks are read with it too. */
export const RAW_FIGURE = z.object({
  alt: text,
  caption: text,
  credit: text,
  // Sanity stores hotspot and crop with every number optional; a partial one is ignored.
  hotspot: z.object({ x: number, y: number, width: number, height: number }).nullish(),
  crop: z.object({ top: number, bottom: number, left: number, right: number }).nullish(),
  asset: imageAsset.nullish(),
});

const blockMember = z.looseObject({ _type: z.string(), _key: z.string().optional() });

const link = z.object({ label: text, url: text });

const settings = z.object({
  _id: z.string(),
  title: text,
  tagline: text,
  description: text,
  location: text,
  contactEmail: text,
  contactFormAction: text,
  callToAction: z.object({ label: text, url: text }).nullish(),
  disclaimer: text,
  socialLinks: z.array(link).nullish(),
  timeZone: text,
  newsletterFormAction: text,
  defaultOgImage: RAW_FIGURE.nullish(),
});

const author = z.object({
  _id: z.string(),
  name: text,
  slug: text,
  credentials: text,
  bio: z.array(blockMember).nullish(),
  image: RAW_FIGURE.nullish(),
});

const category = z.object({ _id: z.string(), title: text, slug: text, description: text });

const seriesPart = z.object({
  _key: text,
  _type: z.string(),
  ref: text,
  weak: z.boolean().nullish(),
  targetType: text,
  title: text,
  expected: text,
  note: text,
});

const series = z.object({
  _id: z.string(),
  title: text,
  slug: text,
  description: text,
  status: text,
  numbering: text,
  coverImage: RAW_FIGURE.nullish(),
  parts: z.array(seriesPart).nullish(),
});

const post = z.object({
  _id: z.string(),
  title: text,
  slug: text,
  publishedAt: text,
  updatedAt: text,
  excerpt: text,
  author: text,
  categories: z.array(z.string().nullable()).nullish(),
  mainImage: RAW_FIGURE.nullish(),
  seo: z.object({ title: text, description: text, noIndex: z.boolean().nullish() }).nullish(),
  body: z.array(blockMember).nullish(),
});

/** The whole response of SITE_CONTENT_QUERY. */
export const SITE_CONTENT_RESPONSE = z.object({
  settings: settings.nullable(),
  authors: z.array(author),
  categories: z.array(category),
  series: z.array(series),
  posts: z.array(post),
});

export type SiteContentResponse = z.infer<typeof SITE_CONTENT_RESPONSE>;
export type RawFigure = z.infer<typeof RAW_FIGURE>;
export type RawPost = z.infer<typeof post>;
export type RawSeries = z.infer<typeof series>;

/**
 * Compile-time proof that what Sanity TypeGen says SITE_CONTENT_QUERY returns (from the
 * Studio's schema) is accepted by the runtime schema above: a schema change that breaks the
 * site fails `astro check`, not a build in production.
 */
export const TYPEGEN_AGREES: SITE_CONTENT_QUERY_RESULT extends z.input<typeof SITE_CONTENT_RESPONSE>
  ? true
  : never = true;
