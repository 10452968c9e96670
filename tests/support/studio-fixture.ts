import { fileURLToPath } from 'node:url';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import type { StoredDocument } from './standin-store.ts';

/*
 * The sample content (sanity/seed/) as the Content Lake would hold it after `npm run seed`: image
 * fields reference asset documents, and those assets live on the project's CDN, which the
 * stand-in serves from the seed's own files.
 */

const SEED_DIR = fileURLToPath(new URL('../../sanity/seed/', import.meta.url));

/** Documents for the stand-in and the image files behind their assets. */
export interface StudioFixture {
  documents: StoredDocument[];
  /** CDN file name (`<sha1>-<w>x<h>.<ext>`) → path on disk. */
  images: Map<string, string>;
}

// `image-<sha1>-<w>x<h>-<ext>` is an image asset's id; its CDN file is `<sha1>-<w>x<h>.<ext>`.
const IMAGE_ASSET_ID = /^image-([0-9a-f]+-\d+x\d+)-(\w+)$/;

/**
 * The seed's documents for project `projectId`, dataset `dataset`, each asset's `url` pointing at
 * the CDN as after a real import. Every call returns fresh copies, safe to change.
 */
export async function loadSeedFixture(projectId: string, dataset = 'production'): Promise<StudioFixture> {
  const { documents } = await readDatasetExport(SEED_DIR);
  const images = new Map<string, string>();
  const stored = documents.map((doc): StoredDocument => {
    const id = IMAGE_ASSET_ID.exec(doc._id);
    if (!id || typeof doc.url !== 'string') return doc;
    const file = `${id[1]}.${id[2]}`;
    images.set(file, fileURLToPath(doc.url));
    const url = `https://cdn.sanity.io/images/${projectId}/${dataset}/${file}`;
    return { ...doc, url, path: `images/${projectId}/${dataset}/${file}` };
  });
  return { documents: stored, images };
}
