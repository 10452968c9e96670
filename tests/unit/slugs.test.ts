import { describe, expect, it } from 'vitest';
import { ContentIssues } from '../../src/lib/content/content-issues.ts';
import { loadSiteContent } from '../../src/lib/content/site-content.ts';
import { checkSlugs, presentSlug } from '../../src/lib/content/slugs.ts';
import { exportAssetPolicy } from '../../src/lib/sanity/asset-policy.ts';
import { SLUG_MAX_URL_BYTES } from '../../src/lib/shared-settings.ts';

/** Runs the slug check over `slugs` (document id → slug) and returns each error as one line. */
function errorsFor(slugs: Record<string, string>): string[] {
  const issues = new ContentIssues();
  const entries = new Map(Object.entries(slugs).map(([id, slug]) => [id, { slug }]));
  checkSlugs('post', entries, issues);
  return issues.errors.map((issue) => `${issue.documentId} ${issue.field}: ${issue.problem}`);
}

describe('checkSlugs', () => {
  it.each([
    ['plain ASCII', 'reading-the-room'],
    ['letters beyond ASCII', 'café-über-straße'],
    ['an emoji', 'calm-🌿'],
    [`exactly ${SLUG_MAX_URL_BYTES} bytes`, 'a'.repeat(SLUG_MAX_URL_BYTES)],
    // Each "ü" is 6 bytes once encoded (%C3%BC): 33 of them make 198.
    ['multibyte letters just under the limit once encoded', 'ü'.repeat(33)],
  ])('accepts %s', (_, slug) => {
    expect(errorsFor({ 'post-1': slug })).toEqual([]);
  });

  it.each([
    ['a right-to-left override', 'gnp\u202E.exe', /invisible character U\+202E/],
    ['a left-to-right isolate', 'a\u2066b', /U\+2066/],
    ['a zero-width space', 'reading\u200Bthe-room', /U\+200B/],
    ['a right-to-left mark', 'a\u200Fb', /U\+200F/],
    ['a soft hyphen', 'thera\u00ADpy', /U\+00AD/],
    ['a byte-order mark', '\uFEFFslug', /U\+FEFF/],
    ['a C0 control', 'bell\u0007', /U\+0007/],
    ['a Hangul filler', 'a\u3164b', /U\+3164/],
    ['a lone surrogate', 'a\uD800b', /U\+D800/],
    ['a slash', 'a/b', /characters a URL path cannot hold/],
    [`${SLUG_MAX_URL_BYTES + 1} bytes`, 'a'.repeat(SLUG_MAX_URL_BYTES + 1), /201 bytes .* limit of 200/],
    ['multibyte letters over the limit once encoded', 'ü'.repeat(34), /204 bytes .* limit of 200/],
  ])('rejects a slug with %s, naming the document', (_, slug, problem) => {
    const errors = errorsFor({ 'post-1': slug });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^post-1 slug: /);
    expect(errors[0]).toMatch(problem);
  });

  it('spells invisible characters out in the message, so they cannot reorder it', () => {
    expect(errorsFor({ 'post-1': 'gnp\u202E.exe' })).toEqual([
      'post-1 slug: the slug "gnp<U+202E>.exe" contains the invisible character U+202E, so its URL would look like another one',
    ]);
  });

  it.each([
    ['the same slug', 'reading-the-room', 'reading-the-room', /is already used by "post-1"/],
    [
      'letter case',
      'Reading-The-Room',
      'reading-the-room',
      /"Reading-The-Room" \(the slug of "post-1"\) only in letter case/,
    ],
    // "é" as one code point (NFC) and as "e" plus a combining accent (NFD): one name on macOS.
    ['Unicode form', 'caf\u00E9', 'cafe\u0301', /only in letter case or Unicode form/],
    ['both', 'CAF\u00C9', 'cafe\u0301', /only in letter case or Unicode form/],
  ])('reports two slugs that differ only in %s, naming both documents', (_, first, second, problem) => {
    const errors = errorsFor({ 'post-1': first, 'post-2': second });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^post-2 slug: /);
    expect(errors[0]).toMatch(problem);
  });

  it('lets two kinds share a slug: their URLs differ in the folder above it', () => {
    const issues = new ContentIssues();
    checkSlugs('post', new Map([['post-1', { slug: 'burnout' }]]), issues);
    checkSlugs('category', new Map([['category-1', { slug: 'Burnout' }]]), issues);
    expect(issues.errors).toEqual([]);
  });
});

describe('presentSlug', () => {
  it.each([
    ['keeps an invisible character for the check to report', 'a\u202Eb', 'a\u202Eb'],
    ['keeps letter case', 'Reading-The-Room', 'Reading-The-Room'],
    ['treats a blank slug as missing', '  ', undefined],
    ['treats null as missing', null, undefined],
  ])('%s', (_, input, expected) => expect(presentSlug(input)).toBe(expected));
});

describe('slugs through the content check', () => {
  const paragraph = { _type: 'block', _key: 'p', children: [{ _type: 'span', text: 'Hi' }] };
  const post = (id: string, slug: string) => ({
    _id: id,
    title: `Title of ${id}`,
    slug,
    publishedAt: '2026-01-01T00:00:00Z',
    author: 'author-a',
    body: [paragraph],
  });
  const response = (posts: unknown[]) => ({
    settings: { _id: 'siteSettings', title: 'Site' },
    authors: [{ _id: 'author-a', name: 'A', slug: 'a' }],
    categories: [],
    series: [],
    posts,
  });
  const load = (posts: unknown[]) =>
    loadSiteContent(
      {
        description: 'test source',
        fetch: async () => response(posts),
        // These posts have no images, so no image is allowed from anywhere.
        assetPolicy: async () => exportAssetPolicy('/', []),
      },
      { now: new Date('2026-06-01T00:00:00Z'), allowEmptySite: false, warn: () => {} },
    );

  it.each([
    [
      'an override, which the text cleaner would otherwise have hidden',
      [post('post-1', 'a\u202Eb')],
      /"post-1", field "slug": .*U\+202E/,
    ],
    [
      'a case-insensitive collision',
      [post('post-1', 'Reading-The-Room'), post('post-2', 'reading-the-room')],
      /"post-2", field "slug": .*"post-1"/,
    ],
    [
      'a slug too long for a folder name',
      [post('post-1', 'x'.repeat(300))],
      /"post-1", field "slug": the slug is 300 bytes/,
    ],
  ])('fails the build on %s', async (_, posts, message) => {
    await expect(load(posts)).rejects.toThrow(message);
  });
});
