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
  let dataset: ReturnType<typeof readIndexed> | undefined;
  const load = () => (dataset ??= readIndexed(config));
  return {
    description: `dataset export "${config.path}"`,
    async fetch(query: string, params: QueryParams = {}) {
      const { documents, byId } = await load();
      // Without `dereference`, groq-js resolves each `->` by scanning every document: a query
      // over n posts that each reference an author and images would cost O(n²).
      const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null;
      const result = await evaluate(parse(query, { params }), { dataset: documents, params, dereference });
      return result.get();
    },
    async assetPolicy() {
      const { folder, assets } = await load();
      return exportAssetPolicy(
        folder,
        assets.map(({ url }) => url),
      );
    },
  };
}

/** The export, with its documents by `_id` for resolving references. */
async function readIndexed({ path, cacheDir }: ExportSourceConfig) {
  const read = await readDatasetExport(path, cacheDir);
  return { ...read, byId: new Map(read.documents.map((doc) => [doc._id, doc])) };
}
