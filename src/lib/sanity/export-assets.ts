import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { ContentError, ContentIssues } from '../content/content-issues.ts';
import { visitObjects } from '../content/field-paths.ts';
import { explainDecodeFailure, MAX_SOURCE_PIXELS } from '../images/decode-limits.ts';

/** The asset document `sanity dataset import` would make for one of the export's files. */
export interface AssetDocument {
  _id: string;
  _type: 'sanity.imageAsset' | 'sanity.fileAsset';
  /** A file: URL of the export's own file. */
  url: string;
  [field: string]: unknown;
}

type Node = Record<string, unknown>;

/** The first document and field that use an asset: what an error about the asset names. */
type AssetUse = { documentId: string; field: string };

const SANITY_ASSET = /^(image|file)@file:\/\/\.\/((?:images|files)\/[^/\\]+)$/;

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

/**
 * Finds every `_sanityAsset` in the documents and builds one asset document per file, keyed by
 * the `_sanityAsset` text. Rejects with a `ContentError` listing every reference that is not a
 * file of the export, a missing file, and an image that cannot be decoded (damaged, truncated,
 * too large), each naming the first document and field that use it.
 */
export async function createAssetDocuments(documents: ReadonlyArray<{ _id: string }>, folder: string) {
  const uses = new Map<string, AssetUse>();
  for (const doc of documents) {
    visitObjects(doc, (node, field) => {
      const reference = node._sanityAsset;
      if (typeof reference === 'string' && !uses.has(reference)) {
        uses.set(reference, { documentId: doc._id, field: field() || '(document)' });
      }
    });
  }
  const issues = new ContentIssues();
  const entries = await Promise.all(
    [...uses].map(async ([reference, use]) => {
      const asset = await createAssetDocument(reference, use, folder, issues);
      return asset ? ([reference, asset] as const) : undefined;
    }),
  );
  if (issues.errors.length) throw new ContentError(issues.errors);
  return new Map(entries.filter((entry) => entry !== undefined));
}

async function createAssetDocument(
  reference: string,
  { documentId, field }: AssetUse,
  folder: string,
  issues: ContentIssues,
): Promise<AssetDocument | undefined> {
  const [, kind, file] = SANITY_ASSET.exec(reference) ?? [];
  if (!kind || !file) {
    const problem = `the asset "${reference}" is not a file inside the export`;
    issues.error(documentId, field, problem, 'Re-export the dataset with its assets (without --no-assets).');
    return undefined;
  }
  const filePath = join(folder, file);
  try {
    return kind === 'image' ? await createImageAsset(filePath) : await createFileAsset(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      const problem = `the file "${file}" is missing from the export "${folder}"`;
      issues.error(documentId, field, problem, 'Re-export the dataset with its assets.');
    } else {
      const problem = `the image "${file}" in the export cannot be used: ${explainDecodeFailure(error)}`;
      const fix = `Replace ${file} in the export with a working image (or upload the image again in the Studio and re-export the dataset).`;
      issues.error(documentId, field, problem, fix);
    }
    return undefined;
  }
}

/**
 * The `sanity.imageAsset` document the Content Lake would hold for an image file: same id scheme
 * (`image-<sha1>-<w>x<h>-<ext>`), `url` (a file: URL), size, dimensions and lqip. Like Sanity, it
 * reports the size as shown, after EXIF orientation (a portrait photo stored sideways is
 * portrait). Decodes the whole image once (for the lqip), so a damaged or oversized file rejects
 * here, before any page is written, with sharp's reason.
 */
async function createImageAsset(filePath: string): Promise<AssetDocument> {
  const bytes = await readFile(filePath);
  const image = sharp(bytes, { limitInputPixels: MAX_SOURCE_PIXELS });
  const { autoOrient, format, hasAlpha } = await image.metadata();
  const { width, height } = autoOrient;
  if (!width || !height) throw new Error('it has no width or height');
  const extension = format === 'jpeg' ? 'jpg' : (format ?? extname(filePath).slice(1));
  const fields = assetFields(filePath, bytes, extension);
  const placeholder = await image.clone().autoOrient().resize(LQIP_WIDTH).jpeg({ quality: 60 }).toBuffer();
  return {
    _id: `image-${fields.sha1hash}-${width}x${height}-${extension}`,
    _type: 'sanity.imageAsset',
    ...fields,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      lqip: `data:image/jpeg;base64,${placeholder.toString('base64')}`,
      hasAlpha: Boolean(hasAlpha),
      isOpaque: !hasAlpha,
    },
  };
}

/** The `sanity.fileAsset` document for a non-image file (`file-<sha1>-<ext>`). */
async function createFileAsset(filePath: string): Promise<AssetDocument> {
  const extension = extname(filePath).slice(1).toLowerCase();
  const fields = assetFields(filePath, await readFile(filePath), extension);
  return { _id: `file-${fields.sha1hash}-${extension}`, _type: 'sanity.fileAsset', ...fields };
}

/** The fields every asset document has, as the Content Lake fills them in. */
function assetFields(filePath: string, bytes: Buffer, extension: string) {
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  return {
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType: MIME_TYPES[extension] ?? 'application/octet-stream',
    size: bytes.byteLength,
    originalFilename: basename(filePath),
    url: pathToFileURL(filePath).href,
  };
}

/** Returns a copy of `value` with each `_sanityAsset` swapped for a reference to its asset. */
export function replaceSanityAssets<T>(value: T, assets: ReadonlyMap<string, AssetDocument>): T {
  if (Array.isArray(value)) return value.map((item) => replaceSanityAssets(item, assets)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const { _sanityAsset, ...fields } = value as Node;
  const result: Node = Object.fromEntries(
    Object.entries(fields).map(([key, field]) => [key, replaceSanityAssets(field, assets)]),
  );
  const asset = typeof _sanityAsset === 'string' ? assets.get(_sanityAsset) : undefined;
  if (asset) result.asset = { _type: 'reference', _ref: asset._id };
  return result as T;
}
