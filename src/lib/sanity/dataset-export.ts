import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { x as extractTar } from 'tar';
import { type AssetDocument, createFileAssetDocument, createImageAssetDocument } from './asset-documents.ts';

export type SanityDocument = { _id: string; _type: string; [field: string]: unknown };

export interface DatasetExport {
  /** Published documents plus the asset documents synthesised for the export's files. */
  documents: SanityDocument[];
  /** The folder holding `data.ndjson`, `images/` and `files/`. */
  folder: string;
}

const SANITY_ASSET = /^(image|file)@file:\/\/\.\/((?:images|files)\/[^/\\]+)$/;

/**
 * Reads a dataset export as `sanity dataset export` writes it — a `.tar.gz` archive or its
 * unpacked folder — into the documents the published perspective shows: drafts and release
 * versions are dropped, and every `_sanityAsset` becomes a reference to a synthesised asset
 * document, as `sanity dataset import` would have made it. Archives are unpacked once into
 * `cacheDir`, keyed by content hash.
 */
export async function readDatasetExport(
  path: string,
  cacheDir = join(tmpdir(), 'quire-exports'),
): Promise<DatasetExport> {
  const absolute = resolve(path);
  const info = await stat(absolute).catch(() => {
    throw new Error(
      `[content] The dataset export "${absolute}" does not exist. Set SANITY_EXPORT to a folder or .tar.gz written by \`sanity dataset export\`.`,
    );
  });
  const folder = info.isDirectory()
    ? await findDataFolder(absolute)
    : await findDataFolder(await unpackArchive(absolute, cacheDir));
  const raw = parseNdjson(await readFile(join(folder, 'data.ndjson'), 'utf8'), absolute);
  const published = raw.filter((doc) => !/^(drafts|versions)\./.test(doc._id));
  const assets = await createAssetDocuments(published, folder);
  const documents = published.map((doc) => replaceSanityAssets(doc, assets));
  const ids = new Set(documents.map((doc) => doc._id));
  const assetDocuments = [...assets.values()].filter((asset) => !ids.has(asset._id));
  return { folder, documents: [...documents, ...assetDocuments] };
}

async function unpackArchive(archive: string, cacheDir: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(archive), hash);
  const target = join(cacheDir, hash.digest('hex').slice(0, 16));
  if (await exists(target)) return target;
  // Unpack beside the target and rename, so a crash never leaves a half-unpacked cache entry.
  const partial = `${target}.${process.pid}.partial`;
  await mkdir(partial, { recursive: true });
  try {
    await extractTar({ file: archive, cwd: partial, strict: true });
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw new Error(
      `[content] Cannot unpack the dataset export "${archive}": ${(error as Error).message}. Use a .tar.gz written by \`sanity dataset export\`.`,
    );
  }
  await rename(partial, target).catch(() => rm(partial, { recursive: true, force: true }));
  return target;
}

// `sanity dataset export` wraps everything in one top-level folder; accept either layout.
async function findDataFolder(folder: string): Promise<string> {
  if (await exists(join(folder, 'data.ndjson'))) return folder;
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isDirectory())) {
    if (await exists(join(folder, entry.name, 'data.ndjson'))) return join(folder, entry.name);
  }
  throw new Error(
    `[content] No data.ndjson in the dataset export "${folder}". Point SANITY_EXPORT at the folder or archive written by \`sanity dataset export\`.`,
  );
}

function parseNdjson(text: string, source: string): SanityDocument[] {
  const documents: SanityDocument[] = [];
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
  });
  return documents;
}

function isDocument(value: unknown): value is SanityDocument {
  if (typeof value !== 'object' || value === null) return false;
  const { _id, _type } = value as Record<string, unknown>;
  return typeof _id === 'string' && typeof _type === 'string';
}

/** Finds every `_sanityAsset` in the documents and builds one asset document per file. */
async function createAssetDocuments(
  documents: SanityDocument[],
  folder: string,
): Promise<Map<string, AssetDocument>> {
  const owners = new Map<string, string>();
  for (const doc of documents) {
    walk(doc, (node) => {
      if (typeof node._sanityAsset === 'string' && !owners.has(node._sanityAsset)) {
        owners.set(node._sanityAsset, doc._id);
      }
    });
  }
  const entries = await Promise.all(
    [...owners].map(async ([reference, ownerId]) => {
      const match = SANITY_ASSET.exec(reference);
      if (!match?.[1] || !match[2]) {
        throw new Error(
          `[content] Document "${ownerId}" has the asset "${reference}", which is not a file inside the export. Re-export the dataset with its assets (without --no-assets).`,
        );
      }
      const filePath = join(folder, match[2]);
      if (!(await exists(filePath))) {
        throw new Error(
          `[content] Document "${ownerId}" uses "${match[2]}", which is missing from the export "${folder}". Re-export the dataset with its assets.`,
        );
      }
      const asset =
        match[1] === 'image'
          ? await createImageAssetDocument(filePath)
          : await createFileAssetDocument(filePath);
      return [reference, asset] as const;
    }),
  );
  return new Map(entries);
}

/** Returns a copy of `value` with each `_sanityAsset` swapped for a reference to its asset. */
function replaceSanityAssets<T>(value: T, assets: Map<string, AssetDocument>): T {
  if (Array.isArray(value)) return value.map((item) => replaceSanityAssets(item, assets)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const { _sanityAsset, ...fields } = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    result[key] = replaceSanityAssets(field, assets);
  }
  const asset = typeof _sanityAsset === 'string' ? assets.get(_sanityAsset) : undefined;
  if (asset) result.asset = { _type: 'reference', _ref: asset._id };
  return result as T;
}

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (typeof value === 'object' && value !== null) {
    visit(value as Record<string, unknown>);
    for (const field of Object.values(value)) walk(field, visit);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
