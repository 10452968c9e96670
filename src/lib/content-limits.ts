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
