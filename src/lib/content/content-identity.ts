import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SourceConfig } from '../config.ts';
import type { ContentSource } from '../sanity/content-source.ts';
import { SITE_IDENTITY_QUERY } from '../sanity/queries.ts';

/**
 * Names the site a content source holds, however its location is spelled: project and dataset
 * (and API host, when set) for the API. An export names no dataset, so it is known by when its
 * settings singleton was created, which every later export of the dataset keeps; an export
 * without that date falls back to its real path (symlinks, `..` and trailing slashes resolved).
 */
export async function identifyContent(config: SourceConfig, source: ContentSource): Promise<string> {
  if (config.kind === 'remote') {
    const host = config.apiHost ? ` at ${new URL(config.apiHost).origin}` : '';
    return `sanity project ${config.projectId} dataset ${config.dataset}${host}`;
  }
  const createdAt = await source.fetch(SITE_IDENTITY_QUERY);
  if (typeof createdAt === 'string' && createdAt)
    return `export of the site whose settings date from ${createdAt}`;
  return `export at ${await realpath(resolve(config.path))}`;
}
