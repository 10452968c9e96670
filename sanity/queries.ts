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

/**
 * What the Studio's labels are computed from, in one listening query shared by every preview and
 * form: every version of every series (parts in order), the publication date of each published
 * post a series lists, and the site's time zone.
 */
export const STUDIO_FACTS_QUERY = defineQuery(`{
  "series": *[_type == "series"]{_id, title, numbering, parts[]{_key, _type, _ref, title, expected}},
  "posts": *[_type == "post" && !(_id in path("drafts.**")) && _id in *[_type == "series"].parts[]._ref]{
    _id, publishedAt
  },
  "timeZone": *[_id == "siteSettings"][0].timeZone
}`);

/** The documents whose changes can change {@link STUDIO_FACTS_QUERY}'s answer (a listen filter). */
export const STUDIO_FACTS_LISTEN_QUERY = `*[_type in ["series", "post", "siteSettings"]]`;

/** The ids of published authors, to default a new post's author when there is exactly one. */
export const AUTHOR_IDS_QUERY = defineQuery(`*[_type == "author" && !(_id in path("drafts.**"))][0...2]._id`);
