import { z } from 'zod';
import { FIGURE } from '../content/figure-entry.ts';

/*
 * Rich text as the site renders it, stated once: the zod schemas the collections validate
 * entries with, and the types every Portable Text function takes. The content check builds
 * these from the query response (content/normalize-blocks.ts); nothing downstream re-checks
 * a shape or casts. render-portable-text.ts hands them to @portabletext/to-html, whose types
 * (@portabletext/types) check at compile time that they are Portable Text.
 */

/** A run of text and the marks on it. */
export const SPAN = z.object({
  _type: z.literal('span'),
  _key: z.string().optional(),
  text: z.string(),
  marks: z.array(z.string()).optional(),
});

const LINK = z.object({ _type: z.literal('link'), _key: z.string(), href: z.string().optional() });

const INTERNAL_LINK = z.object({
  _type: z.literal('internalLink'),
  _key: z.string(),
  reference: z.object({ _ref: z.string() }).optional(),
});

/** The annotations the site renders: links out, and links to our own posts and series. */
export const MARK_DEF = z.discriminatedUnion('_type', [LINK, INTERNAL_LINK]);

/** A paragraph, heading, quote or list item: spans with marks, and the links they point at. */
export const TEXT_BLOCK = z.object({
  _type: z.literal('block'),
  _key: z.string().optional(),
  // Styles and list types the Studio does not offer still render (as a paragraph, a bullet).
  style: z.string().optional(),
  listItem: z.string().optional(),
  level: z.number().optional(),
  markDefs: z.array(MARK_DEF).optional(),
  children: z.array(SPAN),
});

/** An image block: a checked figure, like every other figure on the site. */
export const FIGURE_BLOCK = FIGURE.extend({ _type: z.literal('figure'), _key: z.string().optional() });

/** A boxed note, tip or warning holding its own text blocks. */
export const CALLOUT_BLOCK = z.object({
  _type: z.literal('callout'),
  _key: z.string().optional(),
  tone: z.enum(['note', 'warning', 'tip']),
  body: z.array(TEXT_BLOCK),
});

/** A post body or an author bio. */
export const BLOCK_CONTENT = z.array(
  z.discriminatedUnion('_type', [TEXT_BLOCK, FIGURE_BLOCK, CALLOUT_BLOCK]),
);

export type TextBlock = z.infer<typeof TEXT_BLOCK>;
export type FigureBlock = z.infer<typeof FIGURE_BLOCK>;
export type CalloutBlock = z.infer<typeof CALLOUT_BLOCK>;
export type BodyBlock = z.infer<typeof BLOCK_CONTENT>[number];
export type LinkMark = z.infer<typeof LINK>;
export type InternalLinkMark = z.infer<typeof INTERNAL_LINK>;
