import type { SourceConfig } from '../config.ts';
import type { ContentSource } from './content-source.ts';
import { createExportSource } from './export-source.ts';
import { createRemoteSource } from './remote-source.ts';

/** Creates the content source the configuration selects: the Sanity API or a dataset export. */
export function createContentSource(config: SourceConfig): ContentSource {
  return config.kind === 'remote' ? createRemoteSource(config) : createExportSource(config);
}
