import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { c as createTar } from 'tar';
import { removeAfterFile } from './temp-dirs.ts';

export type TestDocument = { _id: string; _type: string; [field: string]: unknown };

const IMAGE_FILE = 'f00dfeed0000000000000000000000000000beef-640x360.png';

/** A Portable Text paragraph with the given text (and optional marks and markDefs). */
export function paragraph(
  text: string,
  key = 'p1',
  extra: Record<string, unknown> = {},
): TestDocument['body'] {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
    ...extra,
  };
}

/** A figure in export form: `_sanityAsset` pointing at the fixture's image, or at `file` in images/. */
export function figure(alt = 'A calm abstract shape', file = IMAGE_FILE): Record<string, unknown> {
  return { _type: 'figure', _sanityAsset: `image@file://./images/${file}`, alt, caption: 'A caption' };
}

/** The documents every valid dataset needs: settings, one author, one category. */
export function baseDocuments(): TestDocument[] {
  return [
    { _id: 'siteSettings', _type: 'siteSettings', title: 'Test Practice', description: 'A test site.' },
    { _id: 'author-a', _type: 'author', name: 'Avery Test', slug: { _type: 'slug', current: 'avery' } },
    { _id: 'category-a', _type: 'category', title: 'Burnout', slug: { _type: 'slug', current: 'burnout' } },
  ];
}

/** A published post; `overrides` replace fields (set one to `undefined` to remove it). */
export function post(n: number, overrides: Record<string, unknown> = {}): TestDocument {
  const day = String((n % 28) + 1).padStart(2, '0');
  const doc: TestDocument = {
    _id: `post-${n}`,
    _type: 'post',
    title: `Post number ${n}`,
    slug: { _type: 'slug', current: `post-${n}` },
    publishedAt: `2025-${String((n % 12) + 1).padStart(2, '0')}-${day}T09:00:00Z`,
    excerpt: `The excerpt of post ${n}.`,
    author: { _type: 'reference', _ref: 'author-a' },
    categories: [{ _type: 'reference', _ref: 'category-a', _key: 'c1' }],
    mainImage: figure(),
    body: [paragraph(`Body text of post ${n}.`)],
    ...overrides,
  };
  for (const [key, value] of Object.entries(doc)) if (value === undefined) delete doc[key];
  return doc;
}

/** A dataset of `count` published posts plus the base documents. */
export function datasetWithPosts(count: number): TestDocument[] {
  return [...baseDocuments(), ...Array.from({ length: count }, (_, i) => post(i + 1))];
}

/**
 * Writes documents as a `sanity dataset export` folder (data.ndjson + images/, holding the
 * fixture's image and `images`, by file name) in a new folder inside `parent`, and also as a
 * .tar.gz beside it. Returns both paths. Without a `parent`, the new folder is made in the system
 * temp folder and removed once the calling test file is done.
 */
export async function writeExport(
  documents: TestDocument[],
  { images = {}, parent }: { images?: Record<string, Buffer>; parent?: string } = {},
): Promise<{ folder: string; archive: string }> {
  const root = await mkdtemp(join(parent ?? tmpdir(), 'quire-fixture-'));
  if (!parent) removeAfterFile(root);
  const folder = join(root, 'production-export');
  await mkdir(join(folder, 'images'), { recursive: true });
  await writeFile(join(folder, 'data.ndjson'), `${documents.map((doc) => JSON.stringify(doc)).join('\n')}\n`);
  await sharp({ create: { width: 640, height: 360, channels: 3, background: '#7a9e9f' } })
    .png()
    .toFile(join(folder, 'images', IMAGE_FILE));
  for (const [file, bytes] of Object.entries(images)) await writeFile(join(folder, 'images', file), bytes);
  const archive = join(root, 'production.tar.gz');
  await createTar({ gzip: true, file: archive, cwd: root }, ['production-export']);
  return { folder, archive };
}
