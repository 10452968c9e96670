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

/**
 * Set by the staleness check (scripts/typegen-check.ts) to a folder, relative to sanity/, that
 * the CLI writes the schema and types into instead of the committed files.
 */
export const SCRATCH_VARIABLE = 'QUIRE_TYPEGEN_SCRATCH';

/** Where the CLI writes the schema and types: the committed files, or the scratch folder if one is set. */
export function typegenOutputs(scratch = process.env[SCRATCH_VARIABLE]) {
  if (!scratch) return { schema: SCHEMA_JSON, types: GENERATED_TYPES };
  return { schema: `${scratch}/schema.json`, types: `${scratch}/sanity.types.ts` };
}
