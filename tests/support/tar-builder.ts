import { gzipSync } from 'node:zlib';
import { Header, type HeaderData } from 'tar';

/** One tar entry, written exactly as given: `tar` itself would clean or refuse some of these. */
export interface RawTarEntry {
  path: string;
  type?: HeaderData['type'];
  body?: string | Buffer;
  linkpath?: string;
}

/**
 * A `.tar.gz` holding exactly `entries` in order, headers unsanitised (absolute paths, `..`,
 * links, devices), to test what unpacking does with archives nobody should trust.
 */
export function buildTarGz(entries: RawTarEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const body = Buffer.from(entry.body ?? '');
    const header = new Header({
      path: entry.path,
      type: entry.type ?? 'File',
      size: body.length,
      mode: 0o644,
      mtime: new Date(0),
      linkpath: entry.linkpath,
    });
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    // Bodies are padded to whole 512-byte blocks; two empty blocks end the archive.
    blocks.push(block, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}
