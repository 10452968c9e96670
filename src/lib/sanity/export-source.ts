import { evaluate, parse } from 'groq-js';
import type { ExportSourceConfig } from '../config.ts';
import type { ContentSource, QueryParams } from './content-source.ts';
import { readDatasetExport } from './dataset-export.ts';

/**
 * A content source over a dataset export on disk, evaluated with groq-js. The export is read
 * once, on the first query; drafts are already gone, matching the `published` perspective.
 */
export function createExportSource(config: ExportSourceConfig): ContentSource {
  let dataset: ReturnType<typeof readDatasetExport> | undefined;
  return {
    description: `dataset export "${config.path}"`,
    async fetch(query: string, params: QueryParams = {}) {
      dataset ??= readDatasetExport(config.path, config.cacheDir);
      const { documents } = await dataset;
      const result = await evaluate(parse(query, { params }), { dataset: documents, params });
      return result.get();
    },
  };
}
