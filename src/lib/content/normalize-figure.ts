import { z } from 'zod';
import { presentText } from '../text/sanitize-text.ts';
import type { ContentIssues } from './content-issues.ts';
import { FIGURE, type Figure } from './figure-entry.ts';
import type { RawFigure } from './response.ts';

// The contract's hotspot and crop, minus strictness: a body figure's carry their _type. Sanity
// stores each number as optional, and a half-set one fails the parse, so it counts as none.
const HOTSPOT = z.object(FIGURE.shape.hotspot.unwrap().shape);
const CROP = z.object(FIGURE.shape.crop.unwrap().shape);

/** A figure with an image becomes an entry; one without an image is absent. Missing alt warns. */
export function normalizeFigure(
  raw: RawFigure | null | undefined,
  documentId: string,
  field: string,
  issues: ContentIssues,
): Figure | undefined {
  if (!raw?.asset) return undefined;
  const { asset } = raw;
  if (!asset.url || !asset.width || !asset.height) {
    const problem = `the image asset "${asset._id}" has no URL or size, so the image is left out`;
    issues.warn(documentId, field, problem, 'Upload the image again in the Studio.');
    return undefined;
  }
  const alt = presentText(raw.alt);
  if (alt === undefined) {
    const problem = 'the image has no alt text, so it is shown as decorative';
    issues.warn(documentId, `${field}.alt`, problem, 'Describe the image in the alt field.');
  }
  return {
    alt: alt ?? '',
    caption: presentText(raw.caption),
    credit: presentText(raw.credit),
    hotspot: HOTSPOT.safeParse(raw.hotspot).data,
    crop: CROP.safeParse(raw.crop).data,
    asset: {
      id: asset._id,
      url: asset.url,
      mimeType: asset.mimeType ?? 'application/octet-stream',
      size: asset.size ?? undefined,
      width: Math.round(asset.width),
      height: Math.round(asset.height),
      lqip: presentText(asset.lqip),
      usedBy: documentId,
    },
  };
}
