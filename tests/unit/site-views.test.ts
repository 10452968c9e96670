import { describe, expect, it } from 'vitest';
import type { PostEntry, SeriesEntry, SeriesPart } from '../../src/lib/content/entries.ts';
import { describePostContext } from '../../src/lib/site/post-context.ts';
import {
  type Author,
  buildSiteViews,
  type Category,
  type Post,
  type Series,
  type SiteCollections,
} from '../../src/lib/site/site-views.ts';

const post = (id: string, publishedAt: string, fields: Partial<PostEntry> = {}): Post => ({
  id,
  collection: 'posts',
  data: {
    title: `Title of ${id}`,
    slug: id,
    publishedAt,
    authorId: 'author-a',
    categoryIds: [],
    seo: { noIndex: false },
    body: [],
    ...fields,
  },
});

const author = (id: string): Author => ({ id, collection: 'authors', data: { name: id, slug: id, bio: [] } });
const category = (id: string, title: string): Category => ({
  id,
  collection: 'categories',
  data: { title, slug: id },
});
const part = (position: number, postId: string): SeriesPart => ({
  kind: 'published',
  key: `k${position}`,
  position,
  postId,
});
const upcoming = (position: number): SeriesPart => ({ kind: 'upcoming', key: `u${position}`, position });
const series = (
  id: string,
  title: string,
  parts: SeriesPart[],
  extra: Partial<SeriesEntry> = {},
): Series => ({
  id,
  collection: 'series',
  data: { title, slug: id, status: 'ongoing', numbering: 'roman', parts, ...extra },
});

const views = (collections: Partial<SiteCollections>) =>
  buildSiteViews({ posts: [], authors: [], categories: [], series: [], ...collections });

describe('buildSiteViews: posts', () => {
  it.each([
    [
      'by instant, not by string',
      ['a', '2025-03-01T09:00:00+02:00'],
      ['b', '2025-03-01T08:00:00Z'],
      ['b', 'a'],
    ],
    ['newest first', ['a', '2024-01-01T00:00:00Z'], ['b', '2025-01-01T00:00:00Z'], ['b', 'a']],
    ['ties broken by id', ['b', '2025-01-01T00:00:00Z'], ['a', '2025-01-01T00:00:00Z'], ['a', 'b']],
  ])('sorts %s', (_name, [idA, dateA], [idB, dateB], order) => {
    const site = views({
      posts: [post(idA as string, dateA as string), post(idB as string, dateB as string)],
    });
    expect(site.posts.map((entry) => entry.id)).toEqual(order);
    expect([...site.positions]).toEqual(order.map((id, index) => [id, index]));
  });

  it('resolves posts and series, drafts by their published id, and nothing else', () => {
    const site = views({
      posts: [post('p1', '2025-01-01T00:00:00Z')],
      series: [series('s1', 'S', [part(1, 'p1')])],
    });
    expect(['p1', 'drafts.p1', 's1', 'missing'].map(site.resolveReference)).toEqual([
      '/posts/p1/',
      '/posts/p1/',
      '/series/s1/',
      undefined,
    ]);
    expect(site.findPartPost('p1')).toMatchObject({ title: 'Title of p1', href: '/posts/p1/' });
    expect(site.findPartPost('missing')).toBeUndefined();
  });
});

describe('buildSiteViews: indexes', () => {
  const posts = [
    post('p1', '2025-01-01T00:00:00Z', { authorId: 'author-b' }),
    post('p2', '2025-02-01T00:00:00Z', { authorId: 'author-b' }),
    post('p3', '2025-03-01T00:00:00Z'),
  ];
  const allSeries = [
    series('old', 'Old', [part(1, 'p1'), upcoming(2)]),
    series('new', 'New', [part(1, 'p2'), part(2, 'p3')], { numbering: 'arabic' }),
    series('zeta', 'Zeta', [upcoming(1)]),
    series('alpha', 'Alpha', [upcoming(1)]),
  ];
  const site = views({
    posts,
    authors: [author('author-a'), author('author-b')],
    categories: [category('c2', 'Sleep'), category('c1', 'Burnout')],
    series: allSeries,
  });

  it('orders series by their newest published part, those with none last by title', () => {
    expect(site.allSeries.map((entry) => entry.id)).toEqual(['new', 'old', 'alpha', 'zeta']);
  });

  it('orders categories by title and picks the author of the most posts', () => {
    expect(site.categories.map((entry) => entry.id)).toEqual(['c1', 'c2']);
    expect(site.primaryAuthor?.id).toBe('author-b');
    expect(views({}).primaryAuthor).toBeUndefined();
  });

  it('labels every published part as its series numbers it', () => {
    expect(Object.fromEntries(site.partLabels)).toEqual({
      p1: { label: 'Part I of II', seriesTitle: 'Old' },
      p2: { label: 'Part 1 of 2', seriesTitle: 'New' },
      p3: { label: 'Part 2 of 2', seriesTitle: 'New' },
    });
  });
});

describe('describePostContext', () => {
  const posts = [
    post('p1', '2025-01-01T00:00:00Z', { categoryIds: ['c1'] }),
    post('p2', '2025-02-01T00:00:00Z', { series: { id: 's1', position: 1 } }),
    post('p3', '2025-03-01T00:00:00Z', { series: { id: 's1', position: 2 } }),
    post('p4', '2025-04-01T00:00:00Z'),
  ];
  const site = views({
    posts,
    authors: [author('author-a')],
    categories: [category('c1', 'Burnout')],
    series: [series('s1', 'S', [part(1, 'p2'), part(2, 'p3'), upcoming(3)])],
  });
  const context = (id: string) => describePostContext(site, posts.find((entry) => entry.id === id) as Post);

  it.each([
    ['p1', undefined, 'p2'],
    ['p4', 'p3', undefined],
    // p2 and p3 are each other's series neighbours, so the chronological pager leaves them out.
    ['p2', 'p1', undefined],
    ['p3', undefined, 'p4'],
  ])('gives %s the chronological neighbours older %s and newer %s', (id, older, newer) => {
    expect([context(id).older?.id, context(id).newer?.id]).toEqual([older, newer]);
  });

  it('places a part in its series, with every part and its series neighbours', () => {
    const { series: inSeries } = context('p3');
    expect(inSeries?.placement.label).toBe('Part II of III');
    expect(inSeries?.parts.map((view) => view.kind)).toEqual(['published', 'published', 'upcoming']);
    expect([inSeries?.previous?.position, inSeries?.next?.kind]).toEqual([1, 'upcoming']);
    // The first part has nothing before it in its series.
    const first = context('p2').series;
    expect([first?.previous, first?.next?.position]).toEqual([undefined, 2]);
  });

  it('gives the author and categories, and no series to a post outside one', () => {
    expect(context('p1')).toMatchObject({ author: { name: 'author-a' }, series: undefined });
    expect(context('p1').categories.map((entry) => entry.id)).toEqual(['c1']);
  });
});
