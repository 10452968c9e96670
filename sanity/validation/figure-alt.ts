import type { CustomValidator } from 'sanity';

/** Marker code for a figure whose image has no alt text. */
export const ALT_MISSING_CODE = 'custom.figure-alt-missing';

/**
 * Alt text is required whenever the figure holds an image, and only then: an empty
 * optional figure (no hero image chosen yet) is fine.
 */
export const requireAltWhenImageSet: CustomValidator<string | undefined> = (alt, context) => {
  const figure = context.parent as { asset?: unknown } | undefined;
  if (!figure?.asset || alt?.trim()) return true;
  return {
    code: ALT_MISSING_CODE,
    message:
      'Add alt text: describe the image for readers who cannot see it (screen readers read this aloud). ' +
      'Required whenever an image is set.',
  };
};
