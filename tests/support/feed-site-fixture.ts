import type { Figure, PostEntry, SeriesEntry } from '../../src/lib/content/entries.ts';
import type { FeedSite } from '../../src/lib/feeds/feed-definitions.ts';
import type { FeedPost } from '../../src/lib/feeds/feed-item.ts';
import type { TextBlock } from '../../src/lib/portable-text/blocks.ts';

/** The site URL every fixture feed is written for. */
export const SITE = 'https://practice.example.org/';

/** A checked figure (a JPEG unless `mimeType` says otherwise); the file is never read. */
export function figure(overrides: Partial<Figure> = {}, mimeType = 'image/jpeg'): Figure {
  return {
    alt: 'Hills under a pale sun',
    caption: 'A quiet morning',
    credit: 'Illustration: test art',
    asset: {
      id: 'image-f00d0000000000000000000000000000000000aa-1600x900-jpg',
      url: 'file:///nowhere/hills.jpg',
      mimeType,
      width: 1600,
      height: 900,
    },
    ...overrides,
  };
}

/** A Portable Text block of one span, with optional marks and mark definitions. */
export function block(text: string, extra: Partial<TextBlock> = {}, marks: string[] = []): TextBlock {
  return {
    _type: 'block',
    _key: `k${text.length}`,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: 's', text, marks }],
    ...extra,
  };
}

/** A published post entry; day `n` of 2026 sets its date, so a higher `n` is newer. */
export function feedPost(n: number, overrides: Partial<PostEntry> = {}): FeedPost {
  const date = new Date(Date.UTC(2026, 0, n, 9));
  return {
    id: `post-${n}`,
    data: {
      title: `Post ${n}`,
      slug: `post-${n}`,
      publishedAt: date.toISOString(),
      excerpt: `Excerpt ${n}.`,
      authorId: 'author-a',
      categoryIds: ['category-a'],
      mainImage: figure(),
      seo: { noIndex: false },
      body: [block(`Body of post ${n}.`)],
      ...overrides,
    },
  };
}

/** A series whose parts are the given post ids (and planned parts, for `null`). */
export function seriesEntry(
  postIds: (string | null)[],
  numbering: SeriesEntry['numbering'] = 'roman',
): SeriesEntry {
  return {
    title: 'Coaching or therapy?',
    slug: 'coaching-or-therapy',
    status: 'ongoing',
    numbering,
    parts: postIds.map((postId, index) =>
      postId
        ? { kind: 'published' as const, key: `p${index}`, position: index + 1, postId }
        : { kind: 'upcoming' as const, key: `p${index}`, position: index + 1, title: 'Coming later' },
    ),
  };
}

/** A site of `posts` (sorted newest first here), one author, two categories and the given series. */
export function feedSite(posts: FeedPost[], series: Record<string, SeriesEntry> = {}): FeedSite {
  const paths = new Map(posts.map((post) => [post.id, `/posts/${post.data.slug}/`]));
  return {
    site: SITE,
    settings: {
      title: 'Test Practice',
      description: 'Notes on therapy and coaching.',
      socialLinks: [],
      timeZone: 'UTC',
      defaultOgImage: figure({ alt: 'Site image' }),
    },
    posts: [...posts].sort((a, b) => b.data.publishedAt.localeCompare(a.data.publishedAt)),
    authors: new Map([['author-a', { name: 'Avery Test', slug: 'avery', bio: [] }]]),
    categories: new Map([
      ['category-a', { title: 'Burnout', slug: 'burnout' }],
      ['category-b', { title: 'Coaching', slug: 'coaching', description: 'All about coaching.' }],
    ]),
    series: new Map(Object.entries(series)),
    resolveReference: (id) => paths.get(id) ?? (series[id] ? `/series/${series[id].slug}/` : undefined),
  };
}
