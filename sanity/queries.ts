import { defineQuery } from 'groq';

/*
 * The GROQ the Studio itself runs (validation and previews). The site's queries live in
 * src/lib/sanity/queries.ts; these never reach the site. Values always go in as $params.
 */

/** Other series (any version, excluding every version of `$self`) that list one of `$posts` as a part. */
export const OTHER_SERIES_WITH_POSTS_QUERY = defineQuery(`
  *[_type == "series" && !sanity::versionOf($self) && count(parts[_ref in $posts]) > 0]{
    _id, title, "posts": parts[_ref in $posts]._ref
  }
`);

/** The series listing post `$post` as a part, with its parts in order (for "Part II · Title"). */
export const SERIES_OF_POST_QUERY = defineQuery(`
  *[_type == "series" && $post in parts[]._ref] | order(_updatedAt desc)[0]{
    title, numbering, "refs": parts[]._ref
  }
`);

/** How many of `$ids` are published posts whose publication date has come. */
export const PUBLISHED_POST_COUNT_QUERY = defineQuery(`
  count(*[_type == "post" && _id in $ids && publishedAt <= now()])
`);
