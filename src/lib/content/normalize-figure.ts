import { presentText } from '../text/present-text.ts';
import type { ContentIssues } from './content-issues.ts';
import type { Figure } from './entries.ts';
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
  const alt = presentText(raw.alt);
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
    caption: presentText(raw.caption),
    credit: presentText(raw.credit),
    hotspot: complete(raw.hotspot, ['x', 'y', 'width', 'height']),
    crop: complete(raw.crop, ['top', 'bottom', 'left', 'right']),
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

/** The object when every listed field is a number, else `undefined` (a half-set crop means none). */
function complete<K extends string>(
  value: Partial<Record<K, number | null | undefined>> | null | undefined,
  keys: readonly K[],
): Record<K, number> | undefined {
  if (!value || keys.some((key) => typeof value[key] !== 'number')) return undefined;
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Record<K, number>;
}
