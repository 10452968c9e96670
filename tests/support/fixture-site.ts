import { inject } from 'vitest';
import { buildSite } from './build-site.ts';
import { datasetWithPosts, paragraph, post, type TestDocument, writeExport } from './dataset-builder.ts';
import { type SharedSite, toSharedSite } from './sample-site.ts';

/*
 * The fixture site: a generated dataset export holding what the sample content does not, built
 * once per run from its .tar.gz (site-builds.setup.ts) and read by every test of a build that
 * needs more than the sample: tests/integration/export-build, site-structure and remote-build,
 * tests/e2e/practice-site-generated. Each post below has one job; the rest are plain.
 */

export const FIXTURE_ORIGIN = 'https://quire.test';

/** Published posts: post-1 … post-23, enough for three archive pages (10, 10, 3). */
export const FIXTURE_POST_COUNT = 23;

/** A four-part series of long titles and ledes: its parts must still start on the first screen. */
export const SERIES_PART_IDS = ['post-1', 'post-2', 'post-3', 'post-4'];
export const LONG_TITLE =
  'What changes when a physician starts therapy while still working full clinical weeks';
export const LONG_LEDE =
  'A plain account of the first months: scheduling around call, what confidentiality means inside a hospital, how to explain the hour to colleagues, and what progress tends to look like.';

/** post-5 has a block of a type the site does not know, between two paragraphs. */
export const UNKNOWN_BLOCK_POST = 'post-5';
/** post-6 has script, markup and a javascript: link in its title, excerpt and body. */
export const HOSTILE_POST = 'post-6';
/** post-7 is marked noIndex. */
export const NO_INDEX_POST = 'post-7';
/** post-8, the settings, the author and the category have control characters pasted in. */
export const JUNK_POST = 'post-8';
export const JUNK = '\u0001\u000b\u0085\u007f';
/** post-23, the newest, went out at 8 pm in Denver, the practice's time zone: 02:00 the next day in UTC. */
export const EVENING_POST = 'post-23';
export const EVENING_IN_DENVER = '2026-10-19T02:00:00Z';

/** Text only drafts hold, and the title of a post scheduled for 2999: neither may reach dist/. */
export const DRAFT_TEXT = 'Sentinel words from an unpublished draft';
export const SCHEDULED_TITLE = 'From the future';

/** The practice's email sign-up form posts here. */
export const NEWSLETTER = 'https://newsletter.example/forms/quire';

/** The drafts of the fixture: an edit of post-1, and post-24, which exists only as a draft. */
export function fixtureDrafts(): TestDocument[] {
  return [
    post(1, { _id: 'drafts.post-1', title: `${DRAFT_TEXT} (edit)`, mainImage: undefined }),
    post(24, { _id: 'drafts.post-24', title: `${DRAFT_TEXT} (new)`, mainImage: undefined }),
  ];
}

const SPECIAL_POSTS: Record<string, (n: number) => TestDocument> = {
  [UNKNOWN_BLOCK_POST]: (n) =>
    post(n, {
      body: [
        paragraph('Before.', 'a'),
        { _type: 'pollWidget', _key: 'w', question: 'Secret poll' },
        paragraph('After.', 'b'),
      ],
    }),
  [HOSTILE_POST]: (n) =>
    post(n, {
      title: '<script>alert("title")</script> & friends',
      excerpt: '"><script>alert(2)</script>',
      // Among the five newest, so the home page lists it too.
      publishedAt: '2026-02-01T09:00:00Z',
      body: [
        paragraph('<script>alert("body")</script> <img src=x onerror=alert(3)>'),
        paragraph('click me', 'h', {
          markDefs: [{ _type: 'link', _key: 'l1', href: 'javascript:alert(1)' }],
          children: [{ _type: 'span', _key: 'hs', text: 'click me', marks: ['l1'] }],
        }),
      ],
    }),
  [NO_INDEX_POST]: (n) => post(n, { seo: { _type: 'seo', noIndex: true } }),
  [JUNK_POST]: (n) =>
    post(n, {
      title: `Title${JUNK} here`,
      excerpt: `Excerpt${JUNK} here`,
      publishedAt: '2026-01-01T09:00:00Z',
      body: [paragraph(`Body${JUNK} text`)],
    }),
  [EVENING_POST]: (n) => post(n, { publishedAt: EVENING_IN_DENVER }),
};

function seriesPart(n: number): TestDocument {
  return post(n, {
    title: `${LONG_TITLE} (${n})`,
    excerpt: LONG_LEDE,
    body: [paragraph('The first paragraph of the article.'), paragraph('More text.', 'p2')],
  });
}

/** Every document of the fixture export: settings, author, category, posts, series, drafts. */
export function fixtureDocuments(): TestDocument[] {
  const posts = datasetWithPosts(FIXTURE_POST_COUNT)
    .filter((doc) => doc._type === 'post')
    .map((doc, index) => {
      const n = index + 1;
      if (SERIES_PART_IDS.includes(doc._id)) return seriesPart(n);
      return SPECIAL_POSTS[doc._id]?.(n) ?? doc;
    });
  const series = {
    _id: 'series-a',
    _type: 'series',
    title: 'Therapy for physicians, from the first call to the last session',
    slug: { _type: 'slug', current: 'therapy-for-physicians' },
    parts: SERIES_PART_IDS.map((id, index) => ({ _type: 'reference', _ref: id, _key: `k${index}` })),
  };
  return [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: `Practice${JUNK} name`,
      description: `About${JUNK} us`,
      timeZone: 'America/Denver',
      newsletterFormAction: NEWSLETTER,
      callToAction: { label: 'Book a consult', url: '/contact/' },
    },
    {
      _id: 'author-a',
      _type: 'author',
      name: `Avery${JUNK} Test`,
      slug: { _type: 'slug', current: 'avery' },
    },
    {
      _id: 'category-a',
      _type: 'category',
      title: `Burn${JUNK}out`,
      slug: { _type: 'slug', current: 'burnout' },
    },
    ...posts,
    series,
    post(25, { title: SCHEDULED_TITLE, publishedAt: '2999-01-01T00:00:00Z' }),
    ...fixtureDrafts(),
  ];
}

/** The fixture site as built, and the export folder it was built from (the archive's contents). */
export type FixtureSite = SharedSite & { exportFolder: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/support/site-builds.setup.ts when vitest runs it as a globalSetup. */
    quireFixtureSite?: FixtureSite;
  }
}

/**
 * Writes the fixture export and builds it from its .tar.gz; a failed build becomes `{ error }`.
 * Both folders are marked for removal (tests/support/temp-dirs.ts).
 */
export async function buildFixtureSite(): Promise<FixtureSite> {
  const { folder, archive } = await writeExport(fixtureDocuments());
  const result = await buildSite({ SANITY_EXPORT: archive, SITE_URL: FIXTURE_ORIGIN });
  return { ...toSharedSite(result, FIXTURE_ORIGIN, 'The fixture site'), exportFolder: folder };
}

/**
 * The built fixture site: the one the globalSetup built for the whole run, else a build of its
 * own (once per test file that calls this). Throws the build's output on failure.
 */
export async function getFixtureSite(): Promise<Exclude<FixtureSite, { error: string }>> {
  const site = inject('quireFixtureSite') ?? (await buildFixtureSite());
  if ('error' in site) throw new Error(site.error);
  return site;
}
