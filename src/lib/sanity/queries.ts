import { defineQuery } from 'groq';

/*
 * Every GROQ query the site runs. Both content sources (the Sanity API and a dataset
 * export on disk) run these same strings; values go in through $params, never by
 * string interpolation. A build runs SITE_CONTENT_QUERY once and derives the rest in
 * memory, so the number of API requests does not grow with the number of posts.
 */

// Projections are shared by string concatenation so TypeGen still sees one literal query.
// Every object the site reads is projected field by field, so the query names each field the
// normalisers take (a test checks that they read every one); only rich text passes whole.
const IMAGE_ASSET = `asset->{
    _id,
    url,
    mimeType,
    size,
    "width": metadata.dimensions.width,
    "height": metadata.dimensions.height,
    "lqip": metadata.lqip
  }`;

const FIGURE = `{
    alt, caption, credit, hotspot{ x, y, width, height }, crop{ top, bottom, left, right },
    "asset": ${IMAGE_ASSET}
  }`;

// Body blocks pass through whole; only figures need their asset dereferenced.
const BODY = `[]{ ..., _type == "figure" => { "asset": ${IMAGE_ASSET} } }`;

/**
 * Everything a build needs, in one request: settings, people, taxonomy, series and posts.
 * A series part's `targetType` is the type of the document it references as this perspective
 * sees it (null for a draft-only post or a missing id); `weak` tells those two apart.
 */
export const SITE_CONTENT_QUERY = defineQuery(`{
  "settings": *[_type == "siteSettings" && _id == "siteSettings"][0]{
    _id, title, tagline, description, location, contactEmail, contactFormAction,
    callToAction{ label, url }, disclaimer, socialLinks[]{ label, url }, timeZone, newsletterFormAction,
    "defaultOgImage": defaultOgImage${FIGURE}
  },
  "authors": *[_type == "author"] | order(_id asc){
    _id, name, "slug": slug.current, credentials, "bio": bio${BODY}, "image": image${FIGURE}
  },
  "categories": *[_type == "category"] | order(_id asc){
    _id, title, "slug": slug.current, description
  },
  "series": *[_type == "series"] | order(_id asc){
    _id, title, "slug": slug.current, description, status, numbering,
    "coverImage": coverImage${FIGURE},
    "parts": parts[]{
      _key, _type, "ref": _ref, "weak": _weak, "targetType": @->_type, title, expected, note
    }
  },
  "posts": *[_type == "post"] | order(publishedAt desc, _id asc){
    _id, title, "slug": slug.current, publishedAt, updatedAt, excerpt,
    "author": author._ref,
    "categories": categories[]._ref,
    "mainImage": mainImage${FIGURE},
    seo{ title, description, noIndex },
    "body": body${BODY}
  }
}`);

/**
 * When the settings singleton was created: it survives every re-export of a dataset, so it
 * tells a newer export of the same site from another site's (exports name no dataset).
 */
export const SITE_IDENTITY_QUERY = defineQuery(
  `*[_type == "siteSettings" && _id == "siteSettings"][0]._createdAt`,
);
