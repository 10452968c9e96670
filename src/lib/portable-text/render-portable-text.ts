import { type PortableTextComponents, toHTML } from '@portabletext/to-html';
import { formatIssue } from '../content/content-issues.ts';
import { escapeHtml } from '../text/sanitize-text.ts';
import { editorHref } from '../urls.ts';
import { blockText, type WithChildren } from './block-text.ts';
import type { BodyBlock, CalloutBlock, FigureBlock, InternalLinkMark, LinkMark } from './blocks.ts';
import { safeHref } from './safe-href.ts';

/** What a renderer needs from its caller: where links go, how figures look, where warnings go. */
export interface PortableTextContext {
  /** The document being rendered, named in warnings. */
  documentId: string;
  /** The URL of a published post or series by `_id`; `undefined` when it is not published. */
  resolveReference(id: string): string | undefined;
  /** Turns a relative site URL into the form this output needs (absolute in feeds). */
  toUrl(path: string): string;
  /** HTML for a body figure block (pages and feeds render images differently). */
  renderFigure(figure: FigureBlock): string;
  /** Whether headings get a "#" link to themselves: on pages, not in feeds, where readers show it as text. */
  headingAnchors: boolean;
  warn(message: string): void;
}

const CALLOUT_LABELS: Record<CalloutBlock['tone'], string> = { note: 'Note', tip: 'Tip', warning: 'Warning' };

/**
 * Renders Portable Text to HTML with Quire's components: headings with anchors, callouts,
 * figures, internal links resolved to our URLs and unsafe links dropped. Unknown block types
 * render nothing (the content check already warned about them) and nothing emits `style=`.
 */
export function renderPortableText(blocks: readonly BodyBlock[], context: PortableTextContext): string {
  const headingId = createHeadingIds();
  const components: Partial<PortableTextComponents> = {
    escapeHTML: escapeHtml,
    // One function for every style: the library's defaults include h1, and a page has one h1.
    block: ({ children = '', value }) => {
      if (value.style === 'blockquote') return `<blockquote><p>${children}</p></blockquote>`;
      if (!value.style || !/^h[2-4]$/.test(value.style)) return `<p>${children}</p>`;
      return heading(value.style, children, headingId(value), context);
    },
    marks: {
      underline: ({ children }) => `<u>${children}</u>`,
      link: ({ children, value }: { children?: string; value?: LinkMark }) =>
        externalLink(children, value?.href, context),
      internalLink: ({ children, value }: { children?: string; value?: InternalLinkMark }) =>
        internalLink(children, value, context),
    },
    types: {
      figure: ({ value }: { value: FigureBlock }) => context.renderFigure(value),
      callout: ({ value }: { value: CalloutBlock }) => callout(value, context),
    },
    unknownType: () => '',
    unknownMark: ({ children }) => children ?? '',
    hardBreak: () => '<br>',
  };
  return toHTML([...blocks], { components, onMissingComponent: false });
}

/**
 * Returns a function giving each heading block of one document a unique id: its text as
 * lowercase ASCII words joined by hyphens ('section' if none); repeated headings get `-2`,
 * `-3`, so every anchor link lands on its own heading.
 */
function createHeadingIds(): (block: WithChildren) => string {
  const used = new Map<string, number>();
  return (block) => {
    const words = blockText(block)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    const base = words.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'section';
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}

// The id stays in feeds too, so a link to a section still lands. The anchor is out of the tab
// order and hidden from assistive technology: the heading itself is what they announce.
function heading(tag: string, children: string, id: string, context: PortableTextContext): string {
  const anchor = context.headingAnchors
    ? `<a class="heading-anchor" data-pagefind-ignore href="${escapeHtml(context.toUrl(`#${id}`))}" tabindex="-1" aria-hidden="true">#</a>`
    : '';
  return `<${tag} id="${id}">${children}${anchor}</${tag}>`;
}

function externalLink(children: string | undefined, href: unknown, context: PortableTextContext): string {
  const safe = safeHref(href);
  if (!safe) {
    const problem = `the link "${String(href)}" is not a safe URL and was left out`;
    warnBody(context, problem, 'Fix the link in the Studio.');
    return children ?? '';
  }
  // Site paths and fragments are relative: toUrl makes them what this output needs.
  const url = /^[/#]/.test(safe) ? context.toUrl(editorHref(safe)) : safe;
  // Links that leave the site (http or https) get no opener and send no referrer.
  const rel = /^https?:/i.test(url) ? ' rel="noopener noreferrer"' : '';
  return `<a href="${escapeHtml(url)}"${rel}>${children}</a>`;
}

function internalLink(
  children: string | undefined,
  value: InternalLinkMark | undefined,
  context: PortableTextContext,
): string {
  const ref = value?.reference?._ref;
  const url = ref === undefined ? undefined : context.resolveReference(ref);
  if (!url) {
    const problem = `an internal link points at "${String(ref)}", which is not published, so it shows as plain text`;
    warnBody(context, problem, 'Publish it or remove the link.');
    return children ?? '';
  }
  return `<a href="${escapeHtml(context.toUrl(url))}">${children}</a>`;
}

function warnBody(context: PortableTextContext, problem: string, fix: string): void {
  context.warn(formatIssue({ documentId: context.documentId, field: 'body', problem, fix }));
}

function callout(value: CalloutBlock, context: PortableTextContext): string {
  const { tone } = value;
  const body = renderPortableText(value.body, context);
  return `<aside class="callout callout-${tone}" aria-label="${CALLOUT_LABELS[tone]}"><p class="callout-label">${CALLOUT_LABELS[tone]}</p>${body}</aside>`;
}
