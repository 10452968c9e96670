import { evaluate, parse } from 'groq-js';
import type { ExportSourceConfig } from '../config.ts';
import { exportAssetPolicy } from './asset-policy.ts';
import type { ContentSource, QueryParams } from './content-source.ts';
import { readDatasetExport } from './dataset-export.ts';

/**
 * A content source over a dataset export on disk, evaluated with groq-js. The export is read
 * once, on the first query; drafts are already gone, matching the `published` perspective.
 * Images may come only from the export's own files.
 */
export function createExportSource(config: ExportSourceConfig): ContentSource {
  let dataset: ReturnType<typeof readDatasetExport> | undefined;
  const load = () => {
    dataset ??= readDatasetExport(config.path, config.cacheDir);
    return dataset;
  };
  return {
    description: `dataset export "${config.path}"`,
    async fetch(query: string, params: QueryParams = {}) {
      const { documents } = await load();
      const result = await evaluate(parse(query, { params }), { dataset: documents, params });
      return result.get();
    },
    async assetPolicy() {
      const { folder, assets } = await load();
      return exportAssetPolicy(
        folder,
        assets.map((asset) => asset.url),
      );
    },
  };
}
