import {
  type BodyBlock,
  type CalloutBlock,
  MARK_DEF,
  SPAN,
  TEXT_BLOCK,
  type TextBlock,
} from '../portable-text/blocks.ts';
import type { ContentIssues } from './content-issues.ts';
import { normalizeFigure } from './normalize-figure.ts';
import type { RawBlock } from './response.ts';

const TONES = new Set<CalloutBlock['tone']>(['note', 'warning', 'tip']);

/**
 * Rich text (a post body, an author bio) as the site's typed blocks: text blocks keep their
 * spans and the links the site renders, figures become checked figures (one without an image
 * is dropped, with a warning), callouts keep their text. Unknown types are left out; the post
 * check warns about them by name.
 */
export function normalizeBlockContent(
  blocks: readonly RawBlock[],
  documentId: string,
  field: string,
  issues: ContentIssues,
): BodyBlock[] {
  return blocks.flatMap((member): BodyBlock[] => {
    const where = `${field}[_key=="${member._key ?? '?'}"]`;
    if (member._type === 'block') return keep(toTextBlock(member), documentId, where, issues);
    if (member._type === 'callout') return [toCallout(member)];
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

function keep(block: TextBlock | undefined, documentId: string, where: string, issues: ContentIssues) {
  if (block) return [block];
  issues.warn(documentId, where, 'a text block is damaged, so it is left out', 'Retype it in the Studio.');
  return [];
}

// Spans without text and annotations the site does not render are dropped; the text stays.
// Typed loosely: the blocks inside a callout are not checked before they get here.
function toTextBlock(member: { children?: unknown; markDefs?: unknown }): TextBlock | undefined {
  const children = asArray(member.children).flatMap((child) => parsed(SPAN, child));
  const markDefs = asArray(member.markDefs).flatMap((mark) => parsed(MARK_DEF, mark));
  const block = TEXT_BLOCK.safeParse({ ...member, children, markDefs });
  return block.success ? block.data : undefined;
}

function toCallout(member: Extract<RawBlock, { _type: 'callout' }>): CalloutBlock {
  const tone = [...TONES].find((known) => known === member.tone) ?? 'note';
  const body = asArray(member.body).flatMap((block) => {
    const text = isTextBlock(block) ? toTextBlock(block) : undefined;
    return text ? [text] : [];
  });
  return { _type: 'callout', _key: member._key, tone, body };
}

function parsed<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
): T[] {
  const result = schema.safeParse(value);
  return result.success ? [result.data] : [];
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isTextBlock(value: unknown): value is { _type: 'block'; children?: unknown; markDefs?: unknown } {
  return typeof value === 'object' && value !== null && '_type' in value && value._type === 'block';
}
