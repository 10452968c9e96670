import type {
  AuthorEntry,
  CategoryEntry,
  Figure,
  PostEntry,
  SeriesEntry,
  SettingsEntry,
} from '../../src/lib/content/entries.ts';
import type { FeedSite } from '../../src/lib/feeds/feed-contents.ts';
import type { TextBlock } from '../../src/lib/portable-text/blocks.ts';
import { buildSiteViews, type Post } from '../../src/lib/site/site-views.ts';

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
export function feedPost(n: number, overrides: Partial<PostEntry> = {}): Post {
  const date = new Date(Date.UTC(2026, 0, n, 9));
  return {
    id: `post-${n}`,
    collection: 'posts',
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

/** What a fixture site holds besides its posts; each field replaces the default. */
export interface FixtureContent {
  series?: Record<string, SeriesEntry>;
  authors?: Record<string, AuthorEntry>;
  categories?: Record<string, CategoryEntry>;
  settings?: Partial<SettingsEntry>;
}

/**
 * A site of `posts` with one author, two categories and the given series, through the views
 * the pages share. As the content check does, a post learns its series from `series.parts`.
 */
export function feedSite(posts: Post[], content: FixtureContent = {}): FeedSite {
  const series = content.series ?? {};
  const inSeries = (post: Post): PostEntry['series'] => {
    for (const [id, entry] of Object.entries(series)) {
      const part = entry.parts.find(
        (candidate) => candidate.kind === 'published' && candidate.postId === post.id,
      );
      if (part) return { id, position: part.position };
    }
    return undefined;
  };
  const authors = content.authors ?? { 'author-a': { name: 'Avery Test', slug: 'avery', bio: [] } };
  const categories = content.categories ?? {
    'category-a': { title: 'Burnout', slug: 'burnout' },
    'category-b': { title: 'Coaching', slug: 'coaching', description: 'All about coaching.' },
  };
  const views = buildSiteViews({
    posts: posts.map((post) => ({ ...post, data: { ...post.data, series: inSeries(post) } })),
    authors: Object.entries(authors).map(([id, data]) => ({ id, collection: 'authors', data })),
    categories: Object.entries(categories).map(([id, data]) => ({ id, collection: 'categories', data })),
    series: Object.entries(series).map(([id, data]) => ({ id, collection: 'series', data })),
  });
  const settings: SettingsEntry = {
    title: 'Test Practice',
    description: 'Notes on therapy and coaching.',
    socialLinks: [],
    timeZone: 'UTC',
    defaultOgImage: figure({ alt: 'Site image' }),
    ...content.settings,
  };
  return { site: SITE, settings, views };
}
