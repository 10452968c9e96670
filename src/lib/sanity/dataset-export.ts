import { open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { pathExists } from '../files/path-exists.ts';
import { createAssetDocuments, replaceSanityAssets } from './export-assets.ts';
import { unpackArchive } from './export-cache.ts';
import { checkDataSize, EXPORT_LIMITS, type ExportLimits } from './export-limits.ts';

const DOCUMENT = z.looseObject({ _id: z.string(), _type: z.string() });
export type SanityDocument = z.infer<typeof DOCUMENT>;

// Enough to find the pattern (a file concatenated twice repeats every id); the rest are alike.
const MAX_LISTED_IDS = 10;

/**
 * Reads a dataset export as `sanity dataset export` writes it — a `.tar.gz` archive or its
 * unpacked folder — into the documents the published perspective shows: drafts and release
 * versions are dropped, and every `_sanityAsset` becomes a reference to a synthesised asset
 * document, as `sanity dataset import` would have made it (replacing any asset document of the
 * same id in data.ndjson). An archive is unpacked into `cacheDir` (required for one), within
 * `limits`, and reused while it is unchanged. Returns the documents, the folder holding
 * data.ndjson, and the `assets` made from its files: the only ones whose `url` is trusted.
 */
export async function readDatasetExport(
  path: string,
  cacheDir?: string,
  limits: ExportLimits = EXPORT_LIMITS,
) {
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
  // Two references to one file (or to two files with the same bytes) make one asset document.
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

/** The documents of data.ndjson; blank lines are skipped but still counted in line numbers. */
function parseNdjson(text: string, source: string): SanityDocument[] {
  const byLine = text
    .split('\n')
    .map((line, index) => (line.trim() ? parseLine(line, index + 1, source) : undefined));
  assertUniqueIds(
    byLine.map((doc) => doc?._id),
    source,
  );
  return byLine.filter((doc) => doc !== undefined);
}

function parseLine(line: string, number: number, source: string): SanityDocument {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new Error(
      `[content] Line ${number} of data.ndjson in "${source}" is not valid JSON (${(error as Error).message}). Re-export the dataset.`,
    );
  }
  const parsed = DOCUMENT.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new Error(
    `[content] Line ${number} of data.ndjson in "${source}" is not a document (it needs string _id and _type). Re-export the dataset.`,
  );
}

/**
 * Throws a `[content]` error naming every `_id` that appears on more than one line (`idsByLine[i]`
 * is line i + 1; undefined for a blank line), with its line numbers: the Content Lake holds one
 * document per `_id`, so a query over the export would otherwise show one copy and silently drop
 * the other. `drafts.x` and `x` are different ids.
 */
export function assertUniqueIds(idsByLine: readonly (string | undefined)[], source: string): void {
  const lines = idsByLine.flatMap((id, index) => (id === undefined ? [] : [{ id, line: index + 1 }]));
  const repeated = [...Map.groupBy(lines, ({ id }) => id)].filter(([, uses]) => uses.length > 1);
  if (repeated.length === 0) return;
  const listed = repeated.slice(0, MAX_LISTED_IDS).map(([id, uses]) => {
    const numbers = uses.map(({ line }) => line);
    return `"${id}" on lines ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  });
  const more = repeated.length > MAX_LISTED_IDS ? `; and ${repeated.length - MAX_LISTED_IDS} more` : '';
  throw new Error(
    `[content] data.ndjson in "${source}" holds more than one document with the same _id, so one would silently replace the other: ${listed.join('; ')}${more}. Keep one document per _id (remove the extra copies, or give a copy its own _id) and export again.`,
  );
}
