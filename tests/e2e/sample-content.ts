/*
 * Facts about the sample content in sanity/seed/data.ndjson that the browser tests walk through.
 * They change only when the sample changes; each names the document it comes from.
 */

/** `series-coaching-vs-therapy`: two published parts, then one planned part. */
export const SERIES = {
  title: 'How coaching and psychotherapy differ',
  path: '/series/coaching-vs-therapy/',
  /** Both parts are published; `post-coaching-vs-therapy-part-1` is the older. */
  partOne: {
    path: '/posts/coaching-vs-therapy-part-1/',
    title: 'Coaching and therapy start from different questions',
  },
  partTwo: {
    path: '/posts/coaching-vs-therapy-part-2/',
    title: 'Training, licensure, and the rules of the room',
  },
  /** The `plannedPart`, expected 2027-01-15. */
  planned: { title: 'Choosing, switching, and doing both', expectedYear: '2027' },
};

/**
 * Part II's chronological neighbours, which differ from its series neighbours:
 * `post-first-therapy-session` (2026-05-12) before it, `post-moral-injury` (2026-08-18) after.
 */
export const PART_TWO_CHRONOLOGY = {
  previous: '/posts/what-happens-in-a-first-therapy-session/',
  next: '/posts/moral-injury-is-not-a-resilience-problem/',
};

/** `category-therapy`, which has posts. */
export const CATEGORY_PATH = '/categories/therapy/';

/** A word in Part II's title and body (Part I mentions it too, as a preview). */
export const SEARCH_WORD = 'licensure';

/** One page of each type the site has (issue 4), for checks that should hold on all of them. */
export const PAGE_TYPES: { name: string; path: string; status: number }[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'post (series part)', path: SERIES.partTwo.path, status: 200 },
  { name: 'post (no series)', path: PART_TWO_CHRONOLOGY.previous, status: 200 },
  { name: 'series index', path: '/series/', status: 200 },
  { name: 'series landing', path: SERIES.path, status: 200 },
  { name: 'category', path: CATEGORY_PATH, status: 200 },
  { name: 'archive', path: '/archive/', status: 200 },
  { name: 'about', path: '/about/', status: 200 },
  { name: 'contact', path: '/contact/', status: 200 },
  { name: 'contact thanks', path: '/contact/thanks/', status: 200 },
  { name: 'search', path: '/search/', status: 200 },
  { name: 'not found', path: '/no-such-page/', status: 404 },
];
