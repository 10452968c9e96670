import { exceedsPixelLimit, pixelLimitReason } from '../images/decode-limits.ts';
import type { AssetPolicy } from '../sanity/asset-policy.ts';
import type { ContentIssues } from './content-issues.ts';
import { visitObjects } from './field-paths.ts';
import type { SiteContentResponse } from './response.ts';

const TOO_LARGE_FIX = 'Upload a smaller version of the image (at most 16383×16383 pixels) in the Studio.';

/**
 * Checks every image asset in the response, in every field (figures, body and bio figures,
 * anything a query adds later), before any byte of it is read: its URL must be one the source's
 * `policy` allows, and its declared size must be one the pipeline can decode. Each failure is an
 * error naming the document and the field that use the image.
 */
export function checkImageAssets(
  response: SiteContentResponse,
  policy: AssetPolicy,
  issues: ContentIssues,
): void {
  const documents = [response.settings, ...response.authors, ...response.series, ...response.posts];
  for (const doc of documents) {
    if (!doc) continue;
    visitObjects(doc, (node, field) => {
      const asset = node.asset;
      if (typeof asset !== 'object' || asset === null || !('_id' in asset)) return;
      checkAsset(asset as AssetFields, { documentId: doc._id, field: field() || 'asset', policy, issues });
    });
  }
}

type AssetFields = { _id: unknown; url?: unknown; width?: unknown; height?: unknown };

function checkAsset(
  asset: AssetFields,
  where: { documentId: string; field: string; policy: AssetPolicy; issues: ContentIssues },
): void {
  const { documentId, field, policy, issues } = where;
  const id = String(asset._id);
  if (typeof asset.url === 'string' && !policy.allows(asset.url)) {
    // JSON.stringify: the URL is hostile by definition; keep its control characters out of the log.
    const problem = `the image "${id}" is at ${JSON.stringify(asset.url)}, which is not ${policy.allowed}, so it was neither read nor requested`;
    issues.error(documentId, field, problem, policy.fix);
  }
  const { width, height } = asset;
  if (typeof width === 'number' && typeof height === 'number' && exceedsPixelLimit(width, height)) {
    issues.error(
      documentId,
      field,
      `the image "${id}" cannot be used: ${pixelLimitReason(width, height)}`,
      TOO_LARGE_FIX,
    );
  }
}
