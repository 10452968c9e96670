import { exceedsPixelLimit, pixelLimitReason } from '../images/decode-limits.ts';
import type { AssetPolicy } from '../sanity/asset-policy.ts';
import type { ContentIssues } from './content-issues.ts';
import { visitObjects } from './field-paths.ts';
import type { SiteContentResponse } from './response.ts';

const TOO_LARGE_FIX = 'Upload a smaller version of the image (at most 16383×16383 pixels) in the Studio.';

/**
 * Checks every image asset in every field of the response (any a query adds later too) before a
 * byte of it is read: its URL must be one `policy` allows, its declared size one the pipeline can
 * decode. Each failure is an error naming the document and the field that use the image.
 */
export function checkImageAssets(
  response: SiteContentResponse,
  policy: AssetPolicy,
  issues: ContentIssues,
): void {
  const documents = [response.settings, ...response.authors, ...response.series, ...response.posts];
  for (const doc of documents) {
    if (!doc) continue;
    visitObjects(doc, ({ asset }, path) => {
      if (typeof asset !== 'object' || asset === null || !('_id' in asset)) return;
      const { url, width, height } = asset as { url?: unknown; width?: unknown; height?: unknown };
      const [field, image] = [path() || 'asset', `the image "${String(asset._id)}"`];
      if (typeof url === 'string' && !policy.allows(url)) {
        // JSON.stringify: the URL is hostile by definition; keep its control characters out of the log.
        const problem = `${image} is at ${JSON.stringify(url)}, which is not ${policy.allowed}, so it was neither read nor requested`;
        issues.error(doc._id, field, problem, policy.fix);
      }
      if (typeof width === 'number' && typeof height === 'number' && exceedsPixelLimit(width, height)) {
        const problem = `${image} cannot be used: ${pixelLimitReason(width, height)}`;
        issues.error(doc._id, field, problem, TOO_LARGE_FIX);
      }
    });
  }
}
