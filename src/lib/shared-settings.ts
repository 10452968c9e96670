/*
 * Settings the site and the Studio must agree on, stated once. Dependency-free: the Studio's
 * browser bundle, its CLI, the scripts and the site's build all import it.
 */

/** The Content Lake API version every query and client is pinned to; bump it deliberately. */
export const SANITY_API_VERSION = '2025-02-19';

/** The dataset read and written when none is named (SANITY_DATASET, SANITY_STUDIO_DATASET). */
export const DEFAULT_DATASET = 'production';

// Lengths past which content reads badly elsewhere: the editor and the build warn at the same point.

/** Search engines cut page titles after about this many characters. */
export const SEO_TITLE_MAX = 60;
/** Search engines cut meta descriptions after about this many characters. */
export const SEO_DESCRIPTION_MAX = 160;
/** Longer excerpts crowd post cards and feed readers. */
export const EXCERPT_MAX = 200;

/**
 * The longest slug, in bytes once URL-encoded. A slug becomes one folder name in the built
 * site, and file systems refuse names over 255 bytes (mid-write, naming no document); the
 * encoded form is never shorter than the name on disk, and the margin leaves room for the
 * suffixes tools add to temporary copies of a folder.
 */
export const SLUG_MAX_URL_BYTES = 200;

// Where `npm run preview:drafts` serves the site: the script starts it there, the Studio's
// "Preview" action links there.

/** Loopback only: the preview shows unpublished drafts, so it is never served to the network. */
export const DRAFTS_PREVIEW_HOST = 'localhost';

/** One above Astro's default 4321, so `npm run dev` and the preview can run side by side. */
export const DRAFTS_PREVIEW_PORT = 4322;

/** `http://localhost:4322`: the preview's origin; the site's base path follows it. */
export const DRAFTS_PREVIEW_ORIGIN = `http://${DRAFTS_PREVIEW_HOST}:${DRAFTS_PREVIEW_PORT}`;
