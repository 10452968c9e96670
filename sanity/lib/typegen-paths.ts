/*
 * Where schema extraction and TypeGen read and write, relative to sanity/ (the CLI's working
 * directory). Stated once here for sanity.cli.ts and the staleness check.
 */

/** The extracted schema, committed. */
export const SCHEMA_JSON = './schema.json';
/** The site's files TypeGen scans for `defineQuery` calls. */
export const QUERY_SOURCES = '../src/**/*.{ts,astro}';
/** The generated types, committed; the site's loaders import them. */
export const GENERATED_TYPES = '../src/lib/sanity/sanity.types.ts';
