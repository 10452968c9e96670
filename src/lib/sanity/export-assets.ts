import { join } from 'node:path';
import { ContentError, ContentIssues } from '../content/content-issues.ts';
import { visitObjects } from '../content/field-paths.ts';
import { pathExists } from '../files/path-exists.ts';
import { explainDecodeFailure } from '../images/decode-limits.ts';
import { type AssetDocument, createFileAssetDocument, createImageAssetDocument } from './asset-documents.ts';

type Node = Record<string, unknown>;

/** The first document and field that use an asset: what an error about the asset names. */
type AssetUse = { documentId: string; field: string };

const SANITY_ASSET = /^(image|file)@file:\/\/\.\/((?:images|files)\/[^/\\]+)$/;

/**
 * Finds every `_sanityAsset` in the documents and builds one asset document per file, keyed by
 * the `_sanityAsset` text. Rejects with a `ContentError` listing every reference that is not a
 * file of the export, a missing file, and an image that cannot be decoded (damaged, truncated,
 * too large), each naming the first document and field that use it.
 */
export async function createAssetDocuments(
  documents: ReadonlyArray<{ _id: string }>,
  folder: string,
): Promise<Map<string, AssetDocument>> {
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
  if (!(await pathExists(filePath))) {
    const problem = `the file "${file}" is missing from the export "${folder}"`;
    issues.error(documentId, field, problem, 'Re-export the dataset with its assets.');
    return undefined;
  }
  try {
    return kind === 'image'
      ? await createImageAssetDocument(filePath)
      : await createFileAssetDocument(filePath);
  } catch (error) {
    const problem = `the image "${file}" in the export cannot be used: ${explainDecodeFailure(error)}`;
    const fix = `Replace ${file} in the export with a working image (or upload the image again in the Studio and re-export the dataset).`;
    issues.error(documentId, field, problem, fix);
    return undefined;
  }
}

/** Returns a copy of `value` with each `_sanityAsset` swapped for a reference to its asset. */
export function replaceSanityAssets<T>(value: T, assets: ReadonlyMap<string, AssetDocument>): T {
  if (Array.isArray(value)) return value.map((item) => replaceSanityAssets(item, assets)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const { _sanityAsset, ...fields } = value as Node;
  const result: Node = {};
  for (const [key, field] of Object.entries(fields)) {
    result[key] = replaceSanityAssets(field, assets);
  }
  const asset = typeof _sanityAsset === 'string' ? assets.get(_sanityAsset) : undefined;
  if (asset) result.asset = { _type: 'reference', _ref: asset._id };
  return result as T;
}
