import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { isProcessAlive } from '../files/process-alive.ts';
import { checkArchiveSize, type ExportLimits } from './export-limits.ts';
import { extractArchive, FILE_MANIFEST } from './unpack-archive.ts';

/** How many unpacked archives the cache keeps: the current one and a couple to switch back to. */
export const KEEP_UNPACKED_EXPORTS = 3;

// Each cache entry is `<cacheDir>/<first 16 hex of the archive's sha256>/` holding the archive's
// files in `export/` and, beside them, the manifest they are checked against.
const CONTENT = 'export';
const MANIFEST = 'quire-manifest.json';
const ENTRY_NAME = /^[0-9a-f]{16}$/;
const PARTIAL_NAME = /^[0-9a-f]{16}\.(\d+)\.partial$/;

const CACHE_MANIFEST = z.object({ archiveSha256: z.string(), files: FILE_MANIFEST });

/**
 * Returns a folder holding the files of the `.tar.gz` `archive`, unpacked into `cacheDir` with
 * `limits`, or reused from there when an earlier unpack of the same archive (by sha256) still
 * matches its manifest file for file. A copy that does not match (edited, added to, damaged) is
 * unpacked again. After a fresh unpack only the KEEP_UNPACKED_EXPORTS most recently used
 * entries stay. Throws a `[content]` error naming the archive when it cannot be unpacked.
 */
export async function unpackArchive(archive: string, cacheDir: string, limits: ExportLimits) {
  checkArchiveSize(archive, (await stat(archive)).size, limits);
  const archiveSha256 = await hashFile(archive);
  const entry = join(cacheDir, archiveSha256.slice(0, 16));
  if (await isIntact(entry, archiveSha256)) {
    // Marks it as recently used, so pruning keeps it.
    const now = new Date();
    await utimes(entry, now, now);
  } else {
    await rm(entry, { recursive: true, force: true });
    await unpackInto(entry, archive, archiveSha256, limits);
    await pruneCache(cacheDir);
  }
  return join(entry, CONTENT);
}

/**
 * Whether `entry` holds an unpack of the archive `archiveSha256` exactly as its manifest lists it:
 * no file missing, changed or added (an added data.ndjson could be read instead of the real one),
 * and nothing but files and folders. Reads every file once.
 */
async function isIntact(entry: string, archiveSha256: string): Promise<boolean> {
  const manifest = await readFile(join(entry, MANIFEST), 'utf8')
    .then((text) => CACHE_MANIFEST.parse(JSON.parse(text)))
    // Missing or unreadable: the entry is unpacked again, which is always safe.
    .catch(() => undefined);
  if (manifest?.archiveSha256 !== archiveSha256) return false;
  const folder = join(entry, CONTENT);
  const found = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => undefined);
  const files = found?.filter((file) => !file.isDirectory());
  if (!files || files.some((file) => !file.isFile())) return false;
  if (files.length !== Object.keys(manifest.files).length) return false;
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    const expected = manifest.files[relative(folder, path).split(sep).join('/')];
    // The size check is free and catches a truncated or appended file without reading it.
    if (!expected || expected.size !== (await stat(path)).size) return false;
    if (expected.sha256 !== (await hashFile(path))) return false;
  }
  return true;
}

/** The sha256 of a file's contents, as lowercase hex; read as a stream, so any size is fine. */
async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Unpacks beside `entry` and renames, so a crash never leaves a half-unpacked entry. */
async function unpackInto(entry: string, archive: string, archiveSha256: string, limits: ExportLimits) {
  const partial = `${entry}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(join(partial, CONTENT), { recursive: true });
  try {
    const files = await extractArchive(archive, join(partial, CONTENT), limits);
    await writeFile(join(partial, MANIFEST), `${JSON.stringify({ archiveSha256, files }, null, 2)}\n`);
    await rename(partial, entry);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    // Another build unpacking the same archive got there first: its copy is as good as ours.
    if (await isIntact(entry, archiveSha256)) return;
    throw explainFailure(error, archive);
  }
}

// zlib and tar name what broke, not what it means for the file; say that first.
const CAUSES: Record<string, string> = {
  Z_DATA_ERROR: 'it is not gzip-compressed',
  Z_BUF_ERROR: 'it ends early, as an interrupted download or copy does',
  TAR_BAD_ARCHIVE: 'it is not a complete tar archive',
};

function explainFailure(error: unknown, archive: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('[content]')) return error as Error;
  const { code, tarCode } = error as { code?: unknown; tarCode?: unknown };
  const cause = CAUSES[String(tarCode ?? code)];
  return new Error(
    `[content] Cannot unpack the dataset export "${archive}": ${cause ? `${cause} (${message})` : message}. Export the dataset again with \`sanity dataset export\` and point SANITY_EXPORT at the new .tar.gz.`,
    { cause: error },
  );
}

/**
 * Removes all but the KEEP_UNPACKED_EXPORTS most recently used entries of `cacheDir`, and
 * half-unpacked folders whose build is no longer running (one killed mid-unpack leaves its folder).
 */
async function pruneCache(cacheDir: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const entries = await Promise.all(
    names
      .filter((name) => ENTRY_NAME.test(name))
      // Another build may remove an entry meanwhile; it then no longer needs pruning.
      .map(async (name) => ({
        name,
        used: (await stat(join(cacheDir, name)).catch(() => undefined))?.mtimeMs ?? 0,
      })),
  );
  const stale = entries
    .sort((a, b) => b.used - a.used)
    .slice(KEEP_UNPACKED_EXPORTS)
    .map((entry) => entry.name);
  const abandoned = names.filter((name) => {
    const pid = PARTIAL_NAME.exec(name)?.[1];
    return pid !== undefined && !isProcessAlive(Number(pid));
  });
  for (const name of [...stale, ...abandoned]) {
    await rm(join(cacheDir, name), { recursive: true, force: true });
  }
}
