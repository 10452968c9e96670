/*
 * Structured data (schema.org JSON-LD) for search engines, and the one safe way to put it in
 * a page. Builders return plain objects; `serializeJsonLd` makes them safe inside <script>
 * (and, being JSON, leaves out the optional fields that are undefined).
 */

// Inside <script>, "</script>" or "<!--" in a title would end or confuse the element, so
// "<", ">" and "&" are written as JSON escapes (same value, no markup). U+2028/2029 and C1
// controls are valid JSON but invalid or risky in HTML text, so they are escaped too.
const UNSAFE_IN_SCRIPT = /[<>&\u007f-\u009f\u2028\u2029]/g;

/** JSON for a `<script type="application/ld+json">`: no text in it can close the element. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(
    UNSAFE_IN_SCRIPT,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** What a `BlogPosting` needs; URLs must be absolute. */
export interface BlogPostingInput {
  url: string;
  headline: string;
  description?: string | undefined;
  datePublished: string;
  dateModified?: string | undefined;
  image?: string | undefined;
  /** `credentials` become the person's `honorificSuffix` ("LCSW"). */
  author: { name: string; url?: string | undefined; credentials?: string | undefined };
  publisher: { name: string; url: string };
  categories: readonly string[];
  wordCount: number;
  /** The series the post is a part of, and its 1-based position there. */
  series?: { name: string; url: string; position: number } | undefined;
}

/**
 * A schema.org `BlogPosting`. For a series part it carries `isPartOf` a `CreativeWorkSeries`
 * and its own `position` in it (schema.org's `position` belongs to the part, not the series).
 */
export function blogPostingJsonLd(input: BlogPostingInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${input.url}#article`,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: input.datePublished,
    dateModified: input.dateModified ?? input.datePublished,
    image: input.image,
    author: {
      '@type': 'Person',
      name: input.author.name,
      url: input.author.url,
      honorificSuffix: input.author.credentials,
    },
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    articleSection: input.categories.length ? [...input.categories] : undefined,
    wordCount: input.wordCount,
    inLanguage: 'en',
    position: input.series?.position,
    isPartOf: input.series && {
      '@type': 'CreativeWorkSeries',
      name: input.series.name,
      url: input.series.url,
    },
  };
}

/** A schema.org `CreativeWorkSeries` for a series landing page, listing its published parts. */
export function creativeWorkSeriesJsonLd(input: {
  url: string;
  name: string;
  description?: string | undefined;
  parts: readonly { url: string; headline: string; position: number }[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWorkSeries',
    url: input.url,
    name: input.name,
    description: input.description,
    hasPart: input.parts.map((part) => ({
      '@type': 'BlogPosting',
      url: part.url,
      headline: part.headline,
      position: part.position,
    })),
  };
}
