import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baseDocuments, figure, post, type TestDocument } from '../../tests/support/dataset-builder.ts';
import type { PoolImage } from './image-pool.ts';
import type { Block, Span, SyntheticSite } from './synthetic-posts.ts';

/** The `_id` (and slug) of the synthetic post at `index`, as tests' `post()` names it. */
export const postId = (index: number): string => `post-${index + 1}`;

function toBlock(block: Exclude<Block, { kind: 'list' }>, key: string): Record<string, unknown> {
  const style = { h2: 'h2', h3: 'h3', paragraph: 'normal', quote: 'blockquote' }[block.kind];
  const markDefs: Record<string, unknown>[] = [];
  const children = block.spans.map((span: Span, i) => {
    const mark = `${key}m${i}`;
    if (span.href) markDefs.push({ _type: 'link', _key: mark, href: span.href });
    if (span.postIndex !== undefined) {
      const reference = { _type: 'reference', _ref: postId(span.postIndex) };
      markDefs.push({ _type: 'internalLink', _key: mark, reference });
    }
    const linked = span.href || span.postIndex !== undefined;
    return { _type: 'span', _key: `${key}s${i}`, text: span.text, marks: linked ? [mark] : [] };
  });
  return { _type: 'block', _key: key, style, markDefs, children };
}

/** A synthetic body as Portable Text: one block per paragraph or heading, one per list item. */
export function toPortableText(blocks: readonly Block[]): Record<string, unknown>[] {
  return blocks.flatMap((block, b) =>
    block.kind === 'list'
      ? block.items.map((text, i) => ({
          ...toBlock({ kind: 'paragraph', spans: [{ text }] }, `b${b}i${i}`),
          listItem: 'bullet',
          level: 1,
        }))
      : [toBlock(block, `b${b}`)],
  );
}

/** The synthetic site as the documents of a Sanity dataset (export form: `_sanityAsset` images). */
export function toDocuments(site: SyntheticSite, images: readonly PoolImage[]): TestDocument[] {
  const [settings] = baseDocuments();
  const authors = site.authors.map((name, i) => ({
    _id: `author-${i}`,
    _type: 'author',
    name,
    slug: { _type: 'slug', current: `author-${i}` },
  }));
  const categories = site.categories.map((title, i) => ({
    _id: `category-${i}`,
    _type: 'category',
    title,
    slug: { _type: 'slug', current: title.toLowerCase() },
  }));
  const posts = site.posts.map((entry) =>
    post(entry.index + 1, {
      title: entry.title,
      excerpt: entry.excerpt,
      publishedAt: entry.publishedAt,
      author: { _type: 'reference', _ref: `author-${entry.author}` },
      categories: entry.categories.map((c) => ({ _type: 'reference', _ref: `category-${c}`, _key: `c${c}` })),
      mainImage: figure(`Abstract image ${entry.image + 1}`, images[entry.image]?.file),
      body: toPortableText(entry.body),
    }),
  );
  const series = site.series.map((entry) => ({
    _id: `series-${entry.index + 1}`,
    _type: 'series',
    title: entry.title,
    slug: { _type: 'slug', current: `series-${entry.index + 1}` },
    status: 'complete',
    parts: entry.parts.map((index) => ({ _type: 'reference', _ref: postId(index), _key: `p${index}` })),
  }));
  return [...(settings ? [settings] : []), ...authors, ...categories, ...series, ...posts];
}

/** Writes documents and images as an unpacked `sanity dataset export` folder (data.ndjson + images/). */
export async function writeExportFolder(
  folder: string,
  documents: readonly TestDocument[],
  images: readonly PoolImage[],
): Promise<void> {
  await mkdir(join(folder, 'images'), { recursive: true });
  await writeDataFile(folder, documents);
  await Promise.all(images.map((image) => writeFile(join(folder, 'images', image.file), image.bytes)));
}

/** (Re)writes only data.ndjson: what an edit in the Studio changes in a fresh export. */
export async function writeDataFile(folder: string, documents: readonly TestDocument[]): Promise<void> {
  await writeFile(join(folder, 'data.ndjson'), `${documents.map((doc) => JSON.stringify(doc)).join('\n')}\n`);
}
