import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { MAX_SOURCE_PIXELS } from '../images/decode-limits.ts';

export interface AssetDocument {
  _id: string;
  _type: 'sanity.imageAsset' | 'sanity.fileAsset';
  /** A file: URL of the export's own file. */
  url: string;
  [field: string]: unknown;
}

// Sanity's low-quality placeholder is a tiny image inlined as a data URL; 20 px wide matches it.
const LQIP_WIDTH = 20;

const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
};

function mimeTypeOf(extension: string): string {
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/**
 * Builds the `sanity.imageAsset` document the Content Lake would hold for an image file:
 * same id scheme (`image-<sha1>-<w>x<h>-<ext>`), `url` (a file: URL), size, dimensions and
 * lqip. Like Sanity, it reports the size as shown, after EXIF orientation (a portrait photo
 * stored sideways is portrait). Decodes the whole image once (for the lqip), so a damaged or
 * oversized file rejects here, before any page is written, with sharp's reason.
 */
export async function createImageAssetDocument(filePath: string): Promise<AssetDocument> {
  const bytes = await readFile(filePath);
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  const image = sharp(bytes, { limitInputPixels: MAX_SOURCE_PIXELS });
  const { autoOrient, format, hasAlpha } = await image.metadata();
  const { width, height } = autoOrient;
  if (!width || !height) throw new Error('it has no width or height');
  const extension = format === 'jpeg' ? 'jpg' : (format ?? extname(filePath).slice(1));
  const placeholder = await image.clone().autoOrient().resize(LQIP_WIDTH).jpeg({ quality: 60 }).toBuffer();
  return {
    _id: `image-${sha1}-${width}x${height}-${extension}`,
    _type: 'sanity.imageAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType: mimeTypeOf(extension),
    size: bytes.byteLength,
    originalFilename: basename(filePath),
    url: pathToFileURL(filePath).href,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      lqip: `data:image/jpeg;base64,${placeholder.toString('base64')}`,
      hasAlpha: Boolean(hasAlpha),
      isOpaque: !hasAlpha,
    },
  };
}

/** Builds the `sanity.fileAsset` document for a non-image file (`file-<sha1>-<ext>`). */
export async function createFileAssetDocument(filePath: string): Promise<AssetDocument> {
  const bytes = await readFile(filePath);
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  const extension = extname(filePath).slice(1).toLowerCase();
  return {
    _id: `file-${sha1}-${extension}`,
    _type: 'sanity.fileAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType: mimeTypeOf(extension),
    size: bytes.byteLength,
    originalFilename: basename(filePath),
    url: pathToFileURL(filePath).href,
  };
}
