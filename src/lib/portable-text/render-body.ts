import { formatIssue } from '../content/content-issues.ts';
import { renderFigureHtml } from '../images/picture.ts';
import { PICTURE_PRESETS } from '../images/site-images.ts';
import type { BodyBlock } from './blocks.ts';
import { closeHeadingGaps } from './heading-levels.ts';
import { type PortableTextContext, renderPortableText } from './render-portable-text.ts';

/**
 * Renders a post body or author bio for a page: site-relative links, body figures as
 * lazy responsive pictures with captions, heading levels without gaps, and warnings to the
 * build log.
 */
export function renderBody(
  blocks: readonly BodyBlock[],
  context: Pick<PortableTextContext, 'documentId' | 'resolveReference'>,
): string {
  const warn = (message: string) => console.warn(message);
  const outline = closeHeadingGaps(blocks);
  for (const { text, from, to } of outline.shifted) {
    const problem = `the heading "${text}" is an ${from} that skips a level, so it is shown as an ${to}`;
    const fix = `Choose ${to.toUpperCase()} for it in the Studio.`;
    warn(formatIssue({ documentId: context.documentId, field: 'body', problem, fix }));
  }
  return renderPortableText(outline.blocks, {
    ...context,
    toUrl: (path) => path,
    warn,
    headingAnchors: true,
    renderFigure: (figure) => renderFigureHtml(figure, PICTURE_PRESETS.body),
  });
}
