/*
 * Lengths past which content reads badly elsewhere. Dependency-free, because the Studio's
 * warnings import them too: the editor and the build warn at the same point.
 */

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
