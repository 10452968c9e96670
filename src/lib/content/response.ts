import { z } from 'zod';
import type { SITE_CONTENT_QUERY_RESULT } from '../sanity/sanity.types.ts';

/*
 * What must hold of SITE_CONTENT_QUERY's answer before the normalisers read it, and nothing more:
 * its shape, each document's `_id`, and the lists the normalisers walk, each member with its
 * `_type`. The fields are typed by TypeGen (sanity.types.ts) and checked by the entry contract
 * (entries.ts), not restated here. Every object is loose on purpose: a field no normaliser reads
 * is reported by tests/unit/content-contract.test.ts instead of vanishing.
 */

type Answer = SITE_CONTENT_QUERY_RESULT;
export type RawSettings = NonNullable<Answer['settings']>;
export type RawAuthor = Answer['authors'][number];
export type RawCategory = Answer['categories'][number];
export type RawSeries = Answer['series'][number];
export type RawPost = Answer['posts'][number];
/** A member of rich text (a post body, an author bio): a text block, a figure or a callout. */
export type RawBlock = NonNullable<RawPost['body'] | RawAuthor['bio']>[number];
/** A figure field, or a figure in rich text: both carry their image asset dereferenced. */
export type RawFigure = NonNullable<RawPost['mainImage']> | Extract<RawBlock, { _type: 'figure' }>;

const DOCUMENT = z.looseObject({ _id: z.string() });

// Sanity leaves out fields that are null, so every list may be missing as well as null. (The
// query projects the objects it reads field by field, and GROQ makes any projection of a
// value that is not an object null, so only lists and rich text need checking here.)
const list = <T extends z.ZodType>(member: T) => z.array(member).nullish();
const members = list(z.looseObject({ _type: z.string(), _key: z.string().nullish() }));

/**
 * One document of the answer, checked for what its normaliser walks and then typed as TypeGen
 * says the query returns it. That type is taken on trust for the leaves: a normaliser cleans
 * text and passes any value of another kind on unchanged, so the entry contract reports it with
 * the document and field rather than a normaliser failing on it (see `presentText`).
 */
const document = <T extends { _id: string }>(shape: z.ZodRawShape) =>
  DOCUMENT.extend(shape).pipe(z.custom<T>());

export const RAW_SERIES = document<RawSeries>({ parts: members });
export const RAW_POST = document<RawPost>({ body: members, categories: list(z.string().nullable()) });

/** The whole answer. One that fails this did not come from the query: a proxy, a damaged export. */
export const SITE_CONTENT_RESPONSE = z.looseObject({
  settings: document<RawSettings>({ socialLinks: list(z.looseObject({})) }).nullish(),
  authors: z.array(document<RawAuthor>({ bio: members })),
  categories: z.array(document<RawCategory>({})),
  series: z.array(RAW_SERIES),
  posts: z.array(RAW_POST),
});

export type SiteContentResponse = z.infer<typeof SITE_CONTENT_RESPONSE>;
