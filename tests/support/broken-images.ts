import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** Image files that fail in each of the ways a real upload or download can, and one that works. */
export interface ImageSamples {
  /** A 400×300 JPEG that decodes. */
  good: Buffer;
  /** Not an image at all. */
  garbage: Buffer;
  /** The first half of `good`: the header is fine, the pixels stop early. */
  truncated: Buffer;
  /** The first 200 bytes of `good`: not even a whole header. */
  headerOnly: Buffer;
  /** A PNG whose header says 20000×20000, past the pixel limit (the file itself is tiny). */
  huge: Buffer;
}

/** Builds {@link ImageSamples} with sharp. */
export async function imageSamples(): Promise<ImageSamples> {
  const good = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#c63' } })
    .jpeg()
    .toBuffer();
  return {
    good,
    garbage: Buffer.from('this is a text file, saved with a .jpg name'),
    truncated: good.subarray(0, Math.floor(good.length / 2)),
    headerOnly: good.subarray(0, 200),
    huge: await pngClaiming(20_000, 20_000),
  };
}

// A 1×1 PNG with its IHDR width and height rewritten (and the chunk's CRC fixed to match).
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer(),
  );
  // Signature (8) + IHDR length (4) + "IHDR" (4), then width and height; CRC covers type + data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}
