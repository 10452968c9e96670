import type { DocumentActionProps, SanityDocument } from 'sanity';
import { describe, expect, it } from 'vitest';
import { openOnSiteAction, previewAction } from '../../sanity/actions/site-link-actions';
import { siteLinks } from '../../sanity/lib/site-links';

describe('siteLinks', () => {
  it.each([
    ['post', 'first', 'https://example.org', 'https://example.org/posts/first/'],
    ['post', 'first', 'https://example.org/', 'https://example.org/posts/first/'],
    ['series', 'burnout', 'https://user.github.io/repo', 'https://user.github.io/repo/series/burnout/'],
    ['post', 'a b', 'https://example.org/blog/', 'https://example.org/blog/posts/a%20b/'],
  ])('%s "%s" on %s is live at %s', (type, slug, site, live) => {
    expect(siteLinks(type, slug, site)?.live).toBe(live);
  });

  it('puts the preview on the local draft preview, under the same base path', () => {
    expect(siteLinks('post', 'first', 'https://example.org/blog')).toEqual({
      live: 'https://example.org/blog/posts/first/',
      preview: 'http://localhost:4322/blog/posts/first/',
    });
    expect(siteLinks('series', 'burnout', undefined)).toEqual({
      live: undefined,
      preview: 'http://localhost:4322/series/burnout/',
    });
  });

  it.each([
    ['a type without a page', 'author', 'x'],
    ['a document without a slug', 'post', undefined],
  ])('gives nothing for %s', (_name, type, slug) => {
    expect(siteLinks(type, slug, 'https://example.org')).toBeUndefined();
  });
});

/** The props the Studio passes an action, with only what these actions read. */
function props(type: string, draft: string | undefined, published: string | undefined): DocumentActionProps {
  const doc = (slug: string | undefined) =>
    slug === undefined
      ? null
      : ({ _id: 'x', _type: type, slug: { current: slug } } as unknown as SanityDocument);
  return { id: 'x', type, draft: doc(draft), published: doc(published) } as unknown as DocumentActionProps;
}

describe('the "Open on site" and "Preview" document actions', () => {
  it('is hidden without SANITY_STUDIO_SITE_URL, and disabled until the document is published', () => {
    expect(openOnSiteAction(undefined)(props('post', 'a', 'a'))).toBeNull();
    const action = openOnSiteAction('https://example.org');
    expect(action(props('post', 'draft-slug', undefined))).toMatchObject({ disabled: true });
    expect(action(props('post', 'new-slug', 'old-slug'))).toMatchObject({
      label: 'Open on site',
      disabled: false,
    });
  });

  it('previews the draft’s slug when there is a draft, and is disabled without any slug', () => {
    expect(previewAction(props('series', 'new', 'old'))).toMatchObject({ label: 'Preview', disabled: false });
    expect(previewAction(props('post', undefined, undefined))).toMatchObject({ disabled: true });
  });
});
