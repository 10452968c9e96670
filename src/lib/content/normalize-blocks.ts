import { z } from 'zod';
import {
  type BodyBlock,
  CALLOUT_BLOCK,
  type CalloutBlock,
  MARK_DEF,
  SPAN,
  TEXT_BLOCK,
  type TextBlock,
} from '../portable-text/blocks.ts';
import type { ContentIssues } from './content-issues.ts';
import { normalizeFigure } from './normalize-figure.ts';
import type { RawBlock } from './response.ts';

/**
 * Rich text (a post body, an author bio) as the site's typed blocks. A damaged text block or a
 * figure without an image is left out with a warning; unknown types are left out silently (the
 * post check warns about them by name).
 */
export function normalizeBlockContent(
  blocks: readonly RawBlock[],
  documentId: string,
  field: string,
  issues: ContentIssues,
): BodyBlock[] {
  return blocks.flatMap((member): BodyBlock[] => {
    const where = `${field}[_key=="${member._key ?? '?'}"]`;
    if (member._type === 'callout') return [toCallout(member)];
    if (member._type === 'block') {
      const block = toTextBlock(member);
      if (block) return [block];
      const fix = 'Retype it in the Studio.';
      issues.warn(documentId, where, 'a text block is damaged, so it is left out', fix);
      return [];
    }
    if (member._type !== 'figure') return [];
    const figure = normalizeFigure(member, documentId, where, issues);
    if (!figure) {
      const fix = 'Choose an image in the Studio or remove the figure.';
      issues.warn(documentId, where, 'a figure has no image, so it is left out', fix);
      return [];
    }
    return [{ _type: 'figure', _key: member._key, ...figure }];
  });
}

// The members of `list` that `schema` accepts; anything else, or a `list` that is no list, is dropped.
function validMembers<T>(schema: z.ZodType<T>, list: unknown): T[] {
  return Array.isArray(list) ? list.flatMap((item) => schema.safeParse(item).data ?? []) : [];
}

// Spans without text and annotations the site does not render are dropped; the text stays.
// Typed loosely: the blocks inside a callout are not checked before they get here.
function toTextBlock(member: Record<string, unknown>): TextBlock | undefined {
  const children = validMembers(SPAN, member.children);
  const markDefs = validMembers(MARK_DEF, member.markDefs);
  return TEXT_BLOCK.safeParse({ ...member, children, markDefs }).data;
}

const CALLOUT_TEXT = z.looseObject({ _type: z.literal('block') });

// An unknown tone shows as a note; of the callout's body, only text blocks are kept.
function toCallout(member: Extract<RawBlock, { _type: 'callout' }>): CalloutBlock {
  const tone = CALLOUT_BLOCK.shape.tone.safeParse(member.tone).data ?? 'note';
  const body = validMembers(CALLOUT_TEXT, member.body).flatMap((block) => toTextBlock(block) ?? []);
  return { _type: 'callout', _key: member._key, tone, body };
}
