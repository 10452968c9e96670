import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PoolImage } from './image-pool.ts';
import type { Block, Span, SyntheticPost } from './synthetic-posts.ts';

function inline(spans: readonly Span[]): string {
  return spans
    .map((span) => {
      if (span.href) return `[${span.text}](${span.href})`;
      if (span.postIndex !== undefined) return `[${span.text}](/blog/post-${span.postIndex + 1}/)`;
      return span.text;
    })
    .join('');
}

function toMarkdown(block: Block): string {
  switch (block.kind) {
    case 'h2':
      return `## ${inline(block.spans)}`;
    case 'h3':
      return `### ${inline(block.spans)}`;
    case 'quote':
      return `> ${inline(block.spans)}`;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    default:
      return inline(block.spans);
  }
}

/** One post as the starter's Markdown: front matter (JSON strings are valid YAML), then the body. */
export function postMarkdown(post: SyntheticPost, image: PoolImage | undefined): string {
  const front = [
    `title: ${JSON.stringify(post.title)}`,
    `description: ${JSON.stringify(post.excerpt)}`,
    `pubDate: ${JSON.stringify(post.publishedAt)}`,
    ...(image ? [`heroImage: ${JSON.stringify(`../../assets/pool/${image.file}`)}`] : []),
  ];
  return `---\n${front.join('\n')}\n---\n\n${post.body.map(toMarkdown).join('\n\n')}\n`;
}

/**
 * Replaces the starter project's posts (`src/content/blog/`) and image pool (`src/assets/pool/`)
 * with these, named `post-<n>.md` as Quire names the same posts' slugs.
 */
export async function writeStarterContent(
  starter: string,
  posts: readonly SyntheticPost[],
  images: readonly PoolImage[],
): Promise<void> {
  const blog = join(starter, 'src', 'content', 'blog');
  const pool = join(starter, 'src', 'assets', 'pool');
  await Promise.all([blog, pool].map((folder) => rm(folder, { recursive: true, force: true })));
  await Promise.all([blog, pool].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(images.map((image) => writeFile(join(pool, image.file), image.bytes)));
  for (const post of posts) {
    await writeFile(join(blog, `post-${post.index + 1}.md`), postMarkdown(post, images[post.image]));
  }
}
