import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * A digest of every file under `folder` whose name passes `include`: their paths and bytes, in
 * path order, so it changes exactly when one of them is added, removed, renamed or edited.
 */
export async function digestFiles(folder: string, include: (name: string) => boolean): Promise<string> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && include(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${relative(folder, file)}\0`);
    hash.update(await readFile(file));
    hash.update('\0');
  }
  return hash.digest('base64url');
}
