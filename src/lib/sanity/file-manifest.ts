import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** What a folder held when it was written: each file's size and sha256, by `/`-separated path. */
export type FileManifest = Record<string, { size: number; sha256: string }>;

/** The sha256 of a file's contents, as lowercase hex; read as a stream, so any size is fine. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/**
 * Whether `folder` holds exactly the files of `manifest` with the same contents: no file
 * missing, changed or added (an added data.ndjson could be read instead of the real one), and
 * nothing but files and folders. Reads every file once.
 */
export async function matchesManifest(folder: string, manifest: FileManifest): Promise<boolean> {
  const found = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!found) return false;
  const files = found.filter((entry) => !entry.isDirectory());
  if (files.some((entry) => !entry.isFile()) || files.length !== Object.keys(manifest).length) return false;
  for (const entry of files) {
    const path = join(entry.parentPath, entry.name);
    const expected = manifest[relative(folder, path).split(sep).join('/')];
    // The size check is free and catches a truncated or appended file without reading it.
    if (!expected || expected.size !== (await stat(path)).size) return false;
    if (expected.sha256 !== (await hashFile(path))) return false;
  }
  return true;
}
