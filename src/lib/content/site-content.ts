import type { ContentSource } from '../sanity/content-source.ts';
import { SITE_CONTENT_QUERY } from '../sanity/queries.ts';
import { checkImageAssets } from './check-image-assets.ts';
import { ContentError, ContentIssues, formatIssue } from './content-issues.ts';
import type { SettingsEntry } from './entries.ts';
import {
  AUTHOR_ENTRY,
  CATEGORY_ENTRY,
  checkEntries,
  POST_ENTRY,
  SERIES_ENTRY,
  SETTINGS_ENTRY,
} from './entries.ts';
import { fieldPath } from './field-paths.ts';
import { normalizeAuthor, normalizeCategory, normalizeSettings } from './normalize-documents.ts';
import { normalizePost } from './normalize-post.ts';
import { normalizeSeries } from './normalize-series.ts';
import { type RawPost, SITE_CONTENT_RESPONSE, type SiteContentResponse } from './response.ts';
import { checkSlugs } from './slugs.ts';

/** Everything the site renders, checked and keyed by document `_id`. Posts are newest first. */
export type SiteContent = Awaited<ReturnType<typeof loadSiteContent>>;

export interface LoadOptions {
  /** Build time: posts with a later `publishedAt` are scheduled, not published. */
  now: Date;
  allowEmptySite: boolean;
  warn: (message: string) => void;
  /**
   * Draft preview: scheduled posts show as if published, and a draft with no date yet is dated
   * `now`, so the editor sees every post they are working on.
   */
  preview?: boolean;
}

/**
 * Fetches all content in one query, checks it and derives series membership. Throws a
 * `ContentError` listing every document the site cannot render (a refused image URL among them),
 * and an `[content]` error when nothing is published (unless `allowEmptySite`).
 */
export async function loadSiteContent(source: ContentSource, options: LoadOptions) {
  const response = parseResponse(await source.fetch(SITE_CONTENT_QUERY), source);
  const issues = new ContentIssues();
  checkImageAssets(response, await source.assetPolicy(), issues);
  const { settings, ...content } = normalizeContent(response, options, issues);
  for (const warning of issues.warnings) options.warn(formatIssue(warning));
  if (issues.errors.length || !settings) throw new ContentError(issues.errors);
  if (content.posts.size === 0 && !options.allowEmptySite) {
    throw new Error(
      `[content] ${source.description} has no published posts, so the build stopped rather than publish an empty site. Check SANITY_PROJECT_ID/SANITY_DATASET point at the right dataset; to build an empty site on purpose, set QUIRE_ALLOW_EMPTY_SITE=true.`,
    );
  }
  return { settings, ...content };
}

function parseResponse(data: unknown, source: ContentSource): SiteContentResponse {
  const parsed = SITE_CONTENT_RESPONSE.safeParse(data);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${fieldPath(data, issue.path) || '(root)'}: ${issue.message}`);
  throw new Error(
    `[sanity] The response from ${source.description} is not the shape the site's query asks for (${where.join('; ')}). A proxy or SANITY_API_HOST may be answering instead of Sanity, or the export is damaged; check them and build again. Nothing was built.`,
  );
}

/**
 * Builds the entries from the documents of the answer and checks each against the content
 * contract: problems go to `issues`, and an entry that breaks the contract is left out. Posts
 * dated after `now` are scheduled, not published, except in a preview.
 */
export function normalizeContent(
  response: SiteContentResponse,
  { now, preview = false }: Pick<LoadOptions, 'now' | 'preview'>,
  issues: ContentIssues,
) {
  const normalized = normalizeSettings(response.settings, issues);
  const settings = new Map<string, SettingsEntry>(normalized ? [['siteSettings', normalized]] : []);
  const authors = collect(response.authors, (raw) => normalizeAuthor(raw, issues));
  const categories = collect(response.categories, (raw) => normalizeCategory(raw, issues));
  const posts = preview
    ? response.posts.map((post) => ({ ...post, publishedAt: post.publishedAt ?? now.toISOString() }))
    : response.posts;
  const { published, scheduled } = partitionByDate(posts, preview ? FAR_FUTURE : now, issues);
  const entries = collect(published, (raw) => normalizePost(raw, { authors, categories }, issues));
  const { series, membership } = normalizeSeries(response.series, { published: entries, scheduled }, issues);
  for (const [postId, placement] of membership) {
    const post = entries.get(postId);
    if (post) post.series = placement;
  }
  checkEntries(SETTINGS_ENTRY, settings, issues);
  checkEntries(AUTHOR_ENTRY, authors, issues);
  checkEntries(CATEGORY_ENTRY, categories, issues);
  checkEntries(SERIES_ENTRY, series, issues);
  checkEntries(POST_ENTRY, entries, issues);
  checkSlugs('post', entries, issues);
  checkSlugs('series', series, issues);
  checkSlugs('category', categories, issues);
  checkSlugs('author', authors, issues);
  return { settings: settings.get('siteSettings'), authors, categories, series, posts: entries };
}

// The latest instant a Date holds: in preview, no post is "not yet published".
const FAR_FUTURE = new Date(8.64e15);

function partitionByDate(posts: readonly RawPost[], now: Date, issues: ContentIssues) {
  const published: RawPost[] = [];
  const scheduled = new Map<string, RawPost>();
  for (const post of posts) {
    const time = post.publishedAt ? Date.parse(post.publishedAt) : Number.NaN;
    if (Number.isNaN(time)) {
      const problem = `the post has no valid publication date (${JSON.stringify(post.publishedAt ?? null)})`;
      issues.error(post._id, 'publishedAt', problem, 'Set "Published at" in the Studio and publish again.');
    } else if (time > now.getTime()) {
      scheduled.set(post._id, post);
    } else {
      published.push(post);
    }
  }
  return { published, scheduled };
}

// Each document's entry by `_id`; a document its normaliser rejects has none.
function collect<R extends { _id: string }, E>(raws: readonly R[], normalize: (raw: R) => E | undefined) {
  const pairs = raws.map((raw) => [raw._id, normalize(raw)] as const);
  return new Map(pairs.filter((pair): pair is readonly [string, E] => pair[1] !== undefined));
}
