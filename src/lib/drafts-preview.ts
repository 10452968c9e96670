/*
 * Where `npm run preview:drafts` serves the site. Shared by the script that starts it and the
 * Studio's "Preview" action, so the link always points at the running preview.
 */

/** Loopback only: the preview shows unpublished drafts, so it is never served to the network. */
export const DRAFTS_PREVIEW_HOST = 'localhost';

/** One above Astro's default 4321, so `npm run dev` and the preview can run side by side. */
export const DRAFTS_PREVIEW_PORT = 4322;

/** `http://localhost:4322`: the preview's origin; the site's base path follows it. */
export const DRAFTS_PREVIEW_ORIGIN = `http://${DRAFTS_PREVIEW_HOST}:${DRAFTS_PREVIEW_PORT}`;
