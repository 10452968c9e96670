import type { ContentIssues } from './content-issues.ts';
import type { AuthorEntry, CategoryEntry, Figure, PostEntry, SettingsEntry } from './entries.ts';
import type { RawFigure, RawPost, SiteContentResponse } from './response.ts';

type Raw<K extends keyof SiteContentResponse> = NonNullable<SiteContentResponse[K]>;

const SEO_TITLE_MAX = 60;
const SEO_DESCRIPTION_MAX = 160;
const KNOWN_BLOCK_TYPES = new Set(['block', 'figure', 'callout']);
const STUDIO_FIX = 'Fix it in the Studio and publish again.';

/** `undefined` for null, empty or whitespace-only text, so optional fields stay optional. */
export function presentText(value: string | null | undefined): string | undefined {
  return value?.trim() ? value : undefined;
}

/** A figure with an image becomes an entry; one without an image is absent. Missing alt warns. */
export function normalizeFigure(
  raw: RawFigure | null | undefined,
  documentId: string,
  field: string,
  issues: ContentIssues,
): Figure | undefined {
  if (!raw?.asset) return undefined;
  const { asset } = raw;
  if (!asset.url || !asset.width || !asset.height) {
    issues.warn(
      documentId,
      field,
      `the image asset "${asset._id}" has no URL or size, so the image is left out`,
      'Upload the image again in the Studio.',
    );
    return undefined;
  }
  const alt = presentText(raw.alt);
  if (alt === undefined) {
    issues.warn(
      documentId,
      `${field}.alt`,
      'the image has no alt text, so it is shown as decorative',
      'Describe the image in the alt field.',
    );
  }
  return {
    alt: alt ?? '',
    caption: presentText(raw.caption),
    credit: presentText(raw.credit),
    hotspot: complete(raw.hotspot, ['x', 'y', 'width', 'height']),
    crop: complete(raw.crop, ['top', 'bottom', 'left', 'right']),
    asset: {
      id: asset._id,
      url: asset.url,
      mimeType: asset.mimeType ?? 'application/octet-stream',
      size: asset.size ?? undefined,
      width: Math.round(asset.width),
      height: Math.round(asset.height),
      lqip: presentText(asset.lqip),
    },
  };
}

/** The object when every listed field is a number, else `undefined` (a half-set crop means none). */
function complete<K extends string>(
  value: Partial<Record<K, number | null>> | null | undefined,
  keys: readonly K[],
): Record<K, number> | undefined {
  if (!value || keys.some((key) => typeof value[key] !== 'number')) return undefined;
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Record<K, number>;
}

/** Site settings are required: the site has no title without them. */
export function normalizeSettings(
  raw: Raw<'settings'> | null,
  issues: ContentIssues,
): SettingsEntry | undefined {
  const title = presentText(raw?.title);
  if (!raw || !title) {
    issues.error(
      'siteSettings',
      'title',
      'the site has no title (the Site settings document is missing or empty)',
      'Fill in Site settings in the Studio and publish it.',
    );
    return undefined;
  }
  const cta = raw.callToAction;
  return {
    title,
    tagline: presentText(raw.tagline),
    description: presentText(raw.description),
    location: presentText(raw.location),
    contactEmail: presentText(raw.contactEmail),
    contactFormAction: safeHttpUrl(raw.contactFormAction),
    callToAction: cta?.label && cta.url ? { label: cta.label, url: cta.url } : undefined,
    disclaimer: presentText(raw.disclaimer),
    socialLinks: (raw.socialLinks ?? []).flatMap((link) => {
      const url = safeHttpUrl(link.url);
      return link.label && url ? [{ label: link.label, url }] : [];
    }),
    defaultOgImage: normalizeFigure(raw.defaultOgImage, raw._id, 'defaultOgImage', issues),
  };
}

/** Only absolute http(s) URLs survive; anything else (`javascript:`, relative) is dropped. */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An author needs a name and a slug. */
export function normalizeAuthor(raw: Raw<'authors'>[number], issues: ContentIssues): AuthorEntry | undefined {
  const name = presentText(raw.name);
  const slug = presentText(raw.slug);
  if (!name) issues.error(raw._id, 'name', 'the author has no name', STUDIO_FIX);
  if (!slug)
    issues.error(
      raw._id,
      'slug',
      'the author has no slug',
      'Generate the slug in the Studio and publish again.',
    );
  if (!name || !slug) return undefined;
  return {
    name,
    slug,
    credentials: presentText(raw.credentials),
    bio: raw.bio ?? [],
    image: normalizeFigure(raw.image, raw._id, 'image', issues),
  };
}

/** A category needs a title and a slug. */
export function normalizeCategory(
  raw: Raw<'categories'>[number],
  issues: ContentIssues,
): CategoryEntry | undefined {
  const title = presentText(raw.title);
  const slug = presentText(raw.slug);
  if (!title) issues.error(raw._id, 'title', 'the category has no title', STUDIO_FIX);
  if (!slug)
    issues.error(
      raw._id,
      'slug',
      'the category has no slug',
      'Generate the slug in the Studio and publish again.',
    );
  if (!title || !slug) return undefined;
  return { title, slug, description: presentText(raw.description) };
}

/**
 * Checks a published post and builds its entry. Required fields and references that do not
 * resolve are errors; SEO lengths, missing captions and unknown block types are warnings.
 */
export function normalizePost(
  raw: RawPost,
  known: { authors: ReadonlySet<string>; categories: ReadonlySet<string> },
  issues: ContentIssues,
): PostEntry | undefined {
  const id = raw._id;
  const title = presentText(raw.title);
  const slug = presentText(raw.slug);
  if (!title) issues.error(id, 'title', 'the post has no title', STUDIO_FIX);
  if (!slug)
    issues.error(
      id,
      'slug',
      'the post has no slug',
      'Generate the slug in the Studio and publish again, or unpublish the post.',
    );
  if (!raw.author)
    issues.error(id, 'author', 'the post has no author', 'Choose an author in the Studio and publish again.');
  else if (!known.authors.has(raw.author)) {
    issues.error(
      id,
      'author',
      `the author reference "${raw.author}" points at no published author`,
      'Publish that author or choose another one.',
    );
  }
  const categoryIds = (raw.categories ?? []).filter((ref): ref is string => Boolean(ref));
  for (const ref of categoryIds.filter((ref) => !known.categories.has(ref))) {
    issues.error(
      id,
      'categories',
      `the category reference "${ref}" points at no published category`,
      'Publish that category or remove it from the post.',
    );
  }
  if (!raw.body?.length)
    issues.error(id, 'body', 'the post has no body', 'Write the post in the Studio, or unpublish it.');
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
    body: normalizeBodyFigures(raw.body, id, issues),
  };
}

/**
 * Body figures get the same treatment as every other figure (checked alt, normalised asset),
 * so renderers read one `Figure` shape; a figure block without an image is dropped.
 */
function normalizeBodyFigures(body: NonNullable<RawPost['body']>, documentId: string, issues: ContentIssues) {
  return body.flatMap((member) => {
    if (member._type !== 'figure') return [member];
    const figure = normalizeFigure(
      member as RawFigure,
      documentId,
      `body[_key=="${member._key ?? '?'}"]`,
      issues,
    );
    return figure ? [{ _type: 'figure', _key: member._key, ...figure }] : [];
  });
}

function checkPostWarnings(raw: RawPost, issues: ContentIssues): void {
  const id = raw._id;
  if ((raw.seo?.title?.length ?? 0) > SEO_TITLE_MAX) {
    issues.warn(
      id,
      'seo.title',
      `the SEO title is over ${SEO_TITLE_MAX} characters, so search engines will cut it`,
      'Shorten it in the Studio.',
    );
  }
  if ((raw.seo?.description?.length ?? 0) > SEO_DESCRIPTION_MAX) {
    issues.warn(
      id,
      'seo.description',
      `the SEO description is over ${SEO_DESCRIPTION_MAX} characters, so search engines will cut it`,
      'Shorten it in the Studio.',
    );
  }
  if (raw.mainImage?.asset && !presentText(raw.mainImage.caption)) {
    issues.warn(
      id,
      'mainImage.caption',
      'the hero image has no caption',
      'Add a caption in the Studio if the image needs one.',
    );
  }
  for (const member of raw.body ?? []) {
    if (!KNOWN_BLOCK_TYPES.has(member._type)) {
      issues.warn(
        id,
        'body',
        `a block of unknown type "${member._type}" is left out of the page`,
        'Remove it in the Studio, or teach the site to render it.',
      );
    }
  }
}
