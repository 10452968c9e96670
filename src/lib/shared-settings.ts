/*
 * Settings the site and the Studio must agree on, stated once. Dependency-free: the Studio's
 * browser bundle, its CLI and the site's build all import it.
 */

/** The Content Lake API version every query and client is pinned to; bump it deliberately. */
export const SANITY_API_VERSION = '2025-02-19';

/** The dataset read and written when none is named (SANITY_DATASET, SANITY_STUDIO_DATASET). */
export const DEFAULT_DATASET = 'production';
