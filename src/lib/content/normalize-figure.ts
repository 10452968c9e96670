import type { ContentIssues } from './content-issues.ts';
import type { Figure } from './entries.ts';
import { readText } from './read-text.ts';
import type { RawFigure } from './response.ts';

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
    issues.warn(
      documentId,
      field,
      `the image asset "${asset._id}" has no URL or size, so the image is left out`,
      'Upload the image again in the Studio.',
    );
    return undefined;
  }
  const alt = readText(raw.alt);
  if (alt === undefined) {
    issues.warn(
      documentId,
      `${field}.alt`,
      'the image has no alt text, so it is shown as decorative',
      'Describe the image in the alt field.',
    );
  }
  return {
    alt: alt ?? '',
    caption: readText(raw.caption),
    credit: readText(raw.credit),
    hotspot: hotspotOf(raw.hotspot),
    crop: cropOf(raw.crop),
    asset: {
      id: asset._id,
      url: asset.url,
      mimeType: asset.mimeType ?? 'application/octet-stream',
      size: asset.size ?? undefined,
      width: Math.round(asset.width),
      height: Math.round(asset.height),
      lqip: readText(asset.lqip),
      usedBy: documentId,
    },
  };
}

// Sanity stores each number of a hotspot or crop as optional; a half-set one counts as none.
function hotspotOf(value: RawFigure['hotspot']): Figure['hotspot'] {
  const { x, y, width, height } = value ?? {};
  if (typeof x !== 'number' || typeof y !== 'number') return undefined;
  if (typeof width !== 'number' || typeof height !== 'number') return undefined;
  return { x, y, width, height };
}

function cropOf(value: RawFigure['crop']): Figure['crop'] {
  const { top, bottom, left, right } = value ?? {};
  if (typeof top !== 'number' || typeof bottom !== 'number') return undefined;
  if (typeof left !== 'number' || typeof right !== 'number') return undefined;
  return { top, bottom, left, right };
}
