import type { Figure } from '../content/entries.ts';

/** A rectangle of source pixels: the part of the image a derivative shows. */
export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What the rectangle maths needs from a figure; any `Figure` fits. */
export type ImageGeometry = Pick<Figure, 'crop' | 'hotspot'> & {
  asset: Pick<Figure['asset'], 'width' | 'height'>;
};

/**
 * The pixels an editor kept: Sanity's crop fractions (cut from each side) turned into a
 * rectangle of the uncropped image. No crop keeps the whole image; never smaller than 1×1.
 */
export function cropRect(width: number, height: number, crop: Figure['crop']): PixelRect {
  if (!crop) return { left: 0, top: 0, width, height };
  // Studio values are fractions in [0, 1], but hand-written exports can hold anything.
  const left = Math.min(width - 1, Math.round(fraction(crop.left) * width));
  const top = Math.min(height - 1, Math.round(fraction(crop.top) * height));
  const right = Math.round(fraction(crop.right) * width);
  const bottom = Math.round(fraction(crop.bottom) * height);
  return {
    left,
    top,
    width: Math.max(1, width - right - left),
    height: Math.max(1, height - bottom - top),
  };
}

/**
 * Narrows `crop` to `aspect` (width / height), keeping the focal point as central as the
 * crop allows: the same cut Sanity's image URL builder makes for `fit=crop` with a hotspot.
 * A crop already at that aspect (to the pixel) comes back as it was.
 */
export function fitToAspect(crop: PixelRect, focus: { x: number; y: number }, aspect: number): PixelRect {
  // Wider than wanted: cut from the sides, at full height. Otherwise, if taller than wanted:
  // cut from top and bottom, at full width.
  const widthAtFullHeight = Math.max(1, Math.round(crop.height * aspect));
  const wide = widthAtFullHeight < crop.width;
  const width = wide ? widthAtFullHeight : crop.width;
  const height = wide ? crop.height : Math.min(crop.height, Math.max(1, Math.round(crop.width / aspect)));
  // A side kept whole stays put: its clamp's bounds are both the crop's own edge.
  const left = clamp(Math.round(focus.x - width / 2), crop.left, crop.left + crop.width - width);
  const top = clamp(Math.round(focus.y - height / 2), crop.top, crop.top + crop.height - height);
  return { left, top, width, height };
}

/**
 * The source rectangle for a figure: its crop, then (when `aspect` is given) the cut to that
 * aspect around the hotspot. Without a hotspot the focus is the centre of the crop, not of
 * the whole image as in Sanity's builder, so an off-centre crop is not pushed to one edge.
 */
export function sourceRect(figure: ImageGeometry, aspect?: number): PixelRect {
  const { width, height } = figure.asset;
  const crop = cropRect(width, height, figure.crop);
  if (aspect === undefined) return crop;
  const focus = figure.hotspot
    ? { x: figure.hotspot.x * width, y: figure.hotspot.y * height }
    : { x: crop.left + crop.width / 2, y: crop.top + crop.height / 2 };
  return fitToAspect(crop, focus, aspect);
}

function fraction(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
