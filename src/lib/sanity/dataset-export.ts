import { open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathExists } from '../files/path-exists.ts';
import type { AssetDocument } from './asset-documents.ts';
import { createAssetDocuments, replaceSanityAssets } from './export-assets.ts';
import { unpackArchive } from './export-cache.ts';
import { checkDataSize, EXPORT_LIMITS, type ExportLimits } from './export-limits.ts';
import { assertUniqueIds, type DocumentLine } from './unique-ids.ts';

export type SanityDocument = { _id: string; _type: string; [field: string]: unknown };

export interface DatasetExport {
  /** Published documents plus the asset documents synthesised for the export's files. */
  documents: SanityDocument[];
  /** The folder holding `data.ndjson`, `images/` and `files/`. */
  folder: string;
  /** The asset documents made from the export's own files: the only ones whose `url` is trusted. */
  assets: AssetDocument[];
}

/**
 * Reads a dataset export as `sanity dataset export` writes it — a `.tar.gz` archive or its
 * unpacked folder — into the documents the published perspective shows: drafts and release
 * versions are dropped, and every `_sanityAsset` becomes a reference to a synthesised asset
 * document, as `sanity dataset import` would have made it (replacing any asset document of the
 * same id in data.ndjson). An archive is unpacked into `cacheDir` (required for one), within
 * `limits`, and reused while it is unchanged.
 */
export async function readDatasetExport(
  path: string,
  cacheDir?: string,
  limits: ExportLimits = EXPORT_LIMITS,
): Promise<DatasetExport> {
  const absolute = resolve(path);
  const info = await stat(absolute).catch(() => {
    throw new Error(
      `[content] The dataset export "${absolute}" does not exist. Set SANITY_EXPORT to a folder or .tar.gz written by \`sanity dataset export\`.`,
    );
  });
  const folder = info.isDirectory()
    ? await findDataFolder(absolute)
    : await findDataFolder(await unpackArchive(absolute, requireCacheDir(absolute, cacheDir), limits));
  const raw = parseNdjson(await readDataFile(folder, absolute, limits), absolute);
  const published = raw.filter((doc) => !/^(drafts|versions)\./.test(doc._id));
  const byReference = await createAssetDocuments(published, folder);
  const assets = [...new Map([...byReference.values()].map((asset) => [asset._id, asset])).values()];
  // An asset document in data.ndjson can hold any url (file:///etc/…, http://anywhere): the one
  // made from the export's own file replaces it, and the asset policy refuses the rest.
  const made = new Set(assets.map((asset) => asset._id));
  const documents = published
    .filter((doc) => !made.has(doc._id))
    .map((doc) => replaceSanityAssets(doc, byReference));
  return { folder, documents: [...documents, ...assets], assets };
}

function requireCacheDir(archive: string, cacheDir: string | undefined): string {
  if (cacheDir) return cacheDir;
  throw new Error(
    `[content] The dataset export "${archive}" is an archive, and no cache folder was given to unpack it into. Pass cacheDir (the build passes <QUIRE_CACHE_DIR>/quire-exports), or point SANITY_EXPORT at the unpacked folder.`,
  );
}

/** data.ndjson is read whole to be parsed, so its size is checked before a byte is read. */
async function readDataFile(folder: string, source: string, limits: ExportLimits): Promise<string> {
  const file = await open(join(folder, 'data.ndjson'));
  try {
    const info = await file.stat();
    // A device (a link to /dev/zero, say) reports size 0 and never ends.
    if (!info.isFile()) {
      throw new Error(
        `[content] data.ndjson in the dataset export "${source}" is not a regular file. Point SANITY_EXPORT at the folder or archive written by \`sanity dataset export\`.`,
      );
    }
    checkDataSize(`the dataset export "${source}"`, info.size, limits);
    return await file.readFile('utf8');
  } finally {
    await file.close();
  }
}

// `sanity dataset export` wraps everything in one top-level folder; accept either layout.
async function findDataFolder(folder: string): Promise<string> {
  if (await pathExists(join(folder, 'data.ndjson'))) return folder;
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isDirectory())) {
    if (await pathExists(join(folder, entry.name, 'data.ndjson'))) return join(folder, entry.name);
  }
  throw new Error(
    `[content] No data.ndjson in the dataset export "${folder}". Point SANITY_EXPORT at the folder or archive written by \`sanity dataset export\`.`,
  );
}

function parseNdjson(text: string, source: string): SanityDocument[] {
  const documents: SanityDocument[] = [];
  const lines: DocumentLine[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (error) {
      throw new Error(
        `[content] Line ${index + 1} of data.ndjson in "${source}" is not valid JSON (${(error as Error).message}). Re-export the dataset.`,
      );
    }
    if (!isDocument(doc)) {
      throw new Error(
        `[content] Line ${index + 1} of data.ndjson in "${source}" is not a document (it needs string _id and _type). Re-export the dataset.`,
      );
    }
    documents.push(doc);
    lines.push({ id: doc._id, line: index + 1 });
  });
  assertUniqueIds(lines, source);
  return documents;
}

function isDocument(value: unknown): value is SanityDocument {
  if (typeof value !== 'object' || value === null) return false;
  const { _id, _type } = value as Record<string, unknown>;
  return typeof _id === 'string' && typeof _type === 'string';
}
