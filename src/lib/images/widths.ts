/** The widths planned when a caller names none: phone, tablet, laptop, and 2× a 800 px column. */
export const DEFAULT_WIDTHS: readonly number[] = [480, 800, 1200, 1600];

/**
 * The widths to generate for a source `available` pixels wide: the requested ones that fit,
 * plus `available` itself when a larger one was asked for, so an image is never upscaled and
 * the largest it can be is always offered. Sorted ascending, without duplicates.
 */
export function planWidths(available: number, requested: readonly number[] = DEFAULT_WIDTHS): number[] {
  if (requested.length === 0) {
    throw new Error(
      '[images] The list of widths is empty. Pass at least one width, or leave it out for the default ladder.',
    );
  }
  for (const width of requested) {
    if (!Number.isInteger(width) || width < 1) {
      throw new Error(
        `[images] Width ${width} is not a positive whole number of pixels. Fix the widths passed to planImage.`,
      );
    }
  }
  const fitting = requested.filter((width) => width <= available);
  if (fitting.length < requested.length) fitting.push(available);
  return [...new Set(fitting)].sort((a, b) => a - b);
}
