import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { z } from 'zod';
import { checkTarSize, createEntryCheck, type ExportLimits } from './export-limits.ts';

/** What a folder held when it was written: each file's size and sha256, by `/`-separated path. */
export const FILE_MANIFEST = z.record(z.string(), z.object({ size: z.number(), sha256: z.string() }));
export type FileManifest = z.infer<typeof FILE_MANIFEST>;

// Regular files; a Sanity export holds nothing else worth reading (folders are made as needed).
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

/*
 * Why not `tar.x({ file })`: it reads the archive in 16 MB slices and inflates each slice in one
 * synchronous call, so everything a slice decompresses to is held in memory before any of it is
 * written. A well-compressed 2 GB file fits in one slice and took 2.6 GB of memory. Node's own
 * gunzip stream pauses between output chunks when nobody reads them, so here memory stays at a
 * few chunks, and every limit is checked from the entry's header before its body is written.
 */

/**
 * Streams the `.tar.gz` `archive` into the folder `target` and returns each file written, with
 * its size and sha256. Writes regular files only: links, devices and any path that is absolute
 * or climbs out with `..` are skipped. Throws a `[content]` error as soon as one of `limits` is
 * passed; whatever was written by then is left in `target` for the caller to remove.
 */
export async function extractArchive(archive: string, target: string, limits: ExportLimits) {
  const manifest: FileManifest = {};
  const check = createEntryCheck(archive, limits);
  const stop = new AbortController();
  const fail = (error: unknown) => stop.abort(error);
  const parser = new Parser({ strict: true });
  let writes = Promise.resolve();
  parser.on('error', fail);
  parser.on('entry', (entry: ReadEntry) => {
    try {
      check(entry);
    } catch (error) {
      fail(error);
    }
    // After a failure nothing more is written; a link or device is never written at all.
    const path =
      stop.signal.aborted || !FILE_TYPES.has(entry.type) ? undefined : safeRelativePath(entry.path);
    if (path === undefined) {
      entry.resume();
      return;
    }
    writes = writes.then(async () => {
      manifest[path] = await writeEntry(entry, join(target, path), stop.signal);
    });
    writes.catch(fail);
  });
  try {
    const count = (tarBytes: number) => checkTarSize(archive, tarBytes, limits);
    await pipeline(createReadStream(archive), createGunzip(), (tar) =>
      feedParser(tar, parser, count, stop.signal),
    );
    // Every entry was handed over; the files are done when the writes are.
    await writes;
  } catch (error) {
    stop.abort(error);
    // Let every started write close its file, so the caller can remove `target` for good.
    await writes.catch(() => undefined);
    // The first failure, not an abort that followed from it.
    throw stop.signal.reason;
  }
  return manifest;
}

/**
 * Hands the tar stream to `parser`, calling `count` with the bytes so far before each chunk, and
 * resolves once the parser has handed over every entry. While an entry waits on its file the
 * parser holds back, and so does the stream.
 */
async function feedParser(
  tar: AsyncIterable<Buffer>,
  parser: Parser,
  count: (tarBytes: number) => void,
  signal: AbortSignal,
): Promise<void> {
  let tarBytes = 0;
  for await (const chunk of tar) {
    tarBytes += chunk.length;
    count(tarBytes);
    if (!parser.write(chunk)) await once(parser, 'drain', { signal });
    signal.throwIfAborted();
  }
  const ended = once(parser, 'end', { signal });
  parser.end();
  await ended;
}

/**
 * The entry's path if it stays inside the target: relative, no `..` step, no backslash (a
 * separator on Windows) and no NUL. Tar's own extractor strips or refuses these too; this one
 * never asks it to.
 */
function safeRelativePath(path: string): string | undefined {
  if (path.startsWith('/') || /^[a-z]:/i.test(path) || /[\\\0]/.test(path)) return undefined;
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  return parts.length === 0 || parts.includes('..') ? undefined : parts.join('/');
}

/** Writes the entry's body to `file` and returns its size and sha256, counted on the way. */
async function writeEntry(entry: ReadEntry, file: string, signal: AbortSignal) {
  await mkdir(dirname(file), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  // A failed archive never finishes this entry's body: the signal closes the file instead.
  await pipeline(
    entry,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        size += chunk.length;
        hash.update(chunk);
        yield chunk;
      }
    },
    createWriteStream(file),
    { signal },
  );
  return { size, sha256: hash.digest('hex') };
}
