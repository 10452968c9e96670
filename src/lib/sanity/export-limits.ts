import { posix } from 'node:path';

const MB = 1024 * 1024;

/**
 * How much of a dataset export a build agrees to unpack and read. A practitioner's blog exports a
 * few MB of text and some hundreds of MB of photos; each bound sits well above that, so only a
 * wrong or hostile file reaches it, while keeping a build's disk use and memory predictable.
 */
export const EXPORT_LIMITS = Object.freeze({
  // One file (an image, a PDF). A camera original is 5–30 MB; larger is a video or a disk image.
  maxFileBytes: 100 * MB,
  // Every entry's size, summed. Ten years of weekly posts with several full-size photos each is under 2 GB.
  maxTotalBytes: 2048 * MB,
  // Entries of any kind (files, folders, skipped links). 4,000 posts with three images each is 12,000
  // files, plus the folders.
  maxEntries: 20_000,
  // data.ndjson, read whole to be parsed. 4,000 long posts are about 100 MB of JSON; V8 cannot hold
  // a string much over 512 MB anyway.
  maxDataBytes: 256 * MB,
});

/** Limits of the shape of {@link EXPORT_LIMITS}; tests pass smaller ones. */
export type ExportLimits = Record<keyof typeof EXPORT_LIMITS, number>;

// Every tar entry adds a 512-byte header and pads its body to 512 bytes; long names and pax
// headers add a little more. This allowance per entry bounds the whole tar stream.
const TAR_BYTES_PER_ENTRY = 4096;

/** The most bytes the tar stream (the archive once gunzipped) may have within `limits`. */
function maxTarBytes(limits: ExportLimits): number {
  return limits.maxTotalBytes + limits.maxEntries * TAR_BYTES_PER_ENTRY;
}

/**
 * Returns a checker to call with every archive entry, in order: it throws a `[content]` error
 * naming the archive, the entry and the limit as soon as one is passed, before the entry's
 * contents are written anywhere. Sizes are the ones the tar headers declare, which is exactly
 * how many bytes the parser hands over for each entry.
 */
export function createEntryCheck(archive: string, limits: ExportLimits) {
  let entries = 0;
  let total = 0;
  return ({ path, size }: { path: string; size: number }): void => {
    entries += 1;
    total += size;
    if (entries > limits.maxEntries) {
      throw limitError(archive, `has more than ${limits.maxEntries} entries, the limit for one export`);
    }
    if (posix.basename(path) === 'data.ndjson') {
      checkDataSize(`the dataset export "${archive}" (at "${path}")`, size, limits);
    }
    if (size > limits.maxFileBytes) {
      throw limitError(
        archive,
        `holds "${path}" of ${formatBytes(size)}, over the limit of ${formatBytes(limits.maxFileBytes)} for one file`,
      );
    }
    if (total > limits.maxTotalBytes) {
      throw limitError(
        archive,
        `holds more than ${formatBytes(limits.maxTotalBytes)} of files, the limit for one export`,
      );
    }
  };
}

/** Throws when an archive is larger than its contents may be in total, before any of it is read. */
export function checkArchiveSize(archive: string, size: number, limits: ExportLimits): void {
  if (size > maxTarBytes(limits)) {
    throw limitError(
      archive,
      `is ${formatBytes(size)}, more than its files may hold in total (${formatBytes(limits.maxTotalBytes)})`,
    );
  }
}

/** Throws when the decompressed tar stream grows past what the limits allow. */
export function checkTarSize(archive: string, bytes: number, limits: ExportLimits): void {
  if (bytes > maxTarBytes(limits)) {
    throw limitError(
      archive,
      `decompresses to more than ${formatBytes(maxTarBytes(limits))}, the limit for one export`,
    );
  }
}

/** Throws when data.ndjson (in `where`: "the dataset export …") is larger than the limit. */
export function checkDataSize(where: string, size: number, limits: ExportLimits): void {
  if (size <= limits.maxDataBytes) return;
  throw new Error(
    `[content] data.ndjson in ${where} is ${formatBytes(size)}, over the limit of ${formatBytes(limits.maxDataBytes)}. Check that SANITY_EXPORT points at this site's export; if the site really has that much text, raise EXPORT_LIMITS in src/lib/sanity/export-limits.ts.`,
  );
}

function limitError(archive: string, problem: string): Error {
  return new Error(
    `[content] The dataset export "${archive}" ${problem}, so it was not unpacked. Check that SANITY_EXPORT points at a \`sanity dataset export\` of this site and remove what does not belong in it; if the site really needs more, raise EXPORT_LIMITS in src/lib/sanity/export-limits.ts.`,
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  return `${bytes} bytes`;
}
