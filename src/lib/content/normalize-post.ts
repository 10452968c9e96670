import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from '../shared-settings.ts';
import { presentText } from '../text/sanitize-text.ts';
import { type ContentIssues, STUDIO_FIX } from './content-issues.ts';
import type { PostEntry } from './entries.ts';
import { normalizeBlockContent } from './normalize-blocks.ts';
import { normalizeFigure } from './normalize-figure.ts';
import type { RawPost } from './response.ts';
import { presentSlug } from './slugs.ts';

const KNOWN_BLOCK_TYPES = new Set(['block', 'figure', 'callout']);

/** The published authors and categories, by `_id` (a set or a map). */
type KnownIds = Record<'authors' | 'categories', { has(id: string): boolean }>;

/**
 * Checks a published post and builds its entry. Required fields and references that do not
 * resolve are errors; SEO lengths, missing captions and unknown block types are warnings.
 */
export function normalizePost(raw: RawPost, known: KnownIds, issues: ContentIssues): PostEntry | undefined {
  const id = raw._id;
  const title = presentText(raw.title);
  const slug = presentSlug(raw.slug);
  const categoryIds = (raw.categories ?? []).filter((ref): ref is string => Boolean(ref));
  issues.requireFields(id, 'post', {
    title: [title, STUDIO_FIX],
    slug: [slug, 'Generate the slug in the Studio and publish again, or unpublish the post.'],
    author: [raw.author, 'Choose an author in the Studio and publish again.'],
    body: [raw.body?.length, 'Write the post in the Studio, or unpublish it.'],
  });
  checkReferences(raw, categoryIds, known, issues);
  checkPostWarnings(raw, issues);
  if (!title || !slug || !raw.author || !raw.publishedAt || !raw.body?.length) return undefined;
  return {
    title,
    slug,
    publishedAt: raw.publishedAt,
    updatedAt: presentText(raw.updatedAt),
    excerpt: presentText(raw.excerpt),
    authorId: raw.author,
    categoryIds,
    mainImage: normalizeFigure(raw.mainImage, id, 'mainImage', issues),
    seo: {
      title: presentText(raw.seo?.title),
      description: presentText(raw.seo?.description),
      noIndex: raw.seo?.noIndex ?? false,
    },
    body: normalizeBlockContent(raw.body, id, 'body', issues),
  };
}

function checkReferences(raw: RawPost, categoryIds: string[], known: KnownIds, issues: ContentIssues): void {
  if (raw.author && !known.authors.has(raw.author)) {
    const problem = `the author reference "${raw.author}" points at no published author`;
    issues.error(raw._id, 'author', problem, 'Publish that author or choose another one.');
  }
  for (const ref of categoryIds.filter((ref) => !known.categories.has(ref))) {
    const problem = `the category reference "${ref}" points at no published category`;
    issues.error(raw._id, 'categories', problem, 'Publish that category or remove it from the post.');
  }
}

function checkPostWarnings(raw: RawPost, issues: ContentIssues): void {
  const id = raw._id;
  for (const field of ['title', 'description'] as const) {
    const max = field === 'title' ? SEO_TITLE_MAX : SEO_DESCRIPTION_MAX;
    if ((raw.seo?.[field]?.length ?? 0) <= max) continue;
    const problem = `the SEO ${field} is over ${max} characters, so search engines will cut it`;
    issues.warn(id, `seo.${field}`, problem, 'Shorten it in the Studio.');
  }
  if (raw.mainImage?.asset && !presentText(raw.mainImage.caption)) {
    const fix = 'Add a caption in the Studio if the image needs one.';
    issues.warn(id, 'mainImage.caption', 'the hero image has no caption', fix);
  }
  for (const { _type: type } of raw.body ?? []) {
    if (KNOWN_BLOCK_TYPES.has(type)) continue;
    const fix = 'Remove it in the Studio, or teach the site to render it.';
    issues.warn(id, 'body', `a block of unknown type "${type}" is left out of the page`, fix);
  }
}
