import { spawn } from 'node:child_process';
import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baseDocuments, post, writeExport } from '../support/dataset-builder.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

/*
 * The promise of one content contract, kept end to end: a field added to the query, its
 * normaliser and its entry schema (and a page that prints it) reaches the built page. The site
 * is copied, edited in those places and built with `astro build` from an export on disk.
 */

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const NOTE = 'Read part one first';
const tempDir = useTempDirs();

/** Copies what `astro build` reads into a new folder, sharing this project's node_modules. */
async function copyProject(): Promise<string> {
  const root = await tempDir('quire-contract-');
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  }
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Puts `added` after `anchor` in the copy's `file`; fails, naming both, if the anchor has moved. */
async function addAfter(root: string, file: string, anchor: string, added: string): Promise<void> {
  const path = join(root, file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(anchor))
    throw new Error(`${file} no longer holds ${JSON.stringify(anchor)}: update this test`);
  await writeFile(path, text.replace(anchor, `${anchor}${added}`));
}

/** `astro build` in `root`, with only the environment given (the copy has no .env to read). */
async function build(
  root: string,
  env: Record<string, string>,
): Promise<{ exitCode: number | null; output: string }> {
  const child = spawn(process.execPath, [ASTRO_BIN, 'build'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? root,
      ASTRO_TELEMETRY_DISABLED: '1',
      DO_NOT_TRACK: '1',
      QUIRE_CACHE_DIR: join(root, 'cache'),
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  return { exitCode, output };
}

describe('one content contract', () => {
  it('shows on the page a field added to the query, its normaliser and its entry', async () => {
    const root = await copyProject();
    // TypeGen would add the field to RawPost (npm run typegen); the build does not type-check.
    await addAfter(root, 'src/lib/sanity/queries.ts', 'updatedAt, excerpt,', ' subtitleNote,');
    await addAfter(
      root,
      'src/lib/content/normalize-post.ts',
      'excerpt: presentText(raw.excerpt),',
      ' subtitleNote: presentText(raw.subtitleNote),',
    );
    await addAfter(
      root,
      'src/lib/content/entries.ts',
      'excerpt: z.string().optional(),',
      ' subtitleNote: z.string().optional(),',
    );
    await addAfter(
      root,
      'src/pages/posts/[slug].astro',
      '<h1>{data.title}</h1>',
      '{data.subtitleNote && <p class="subtitle-note">{data.subtitleNote}</p>}',
    );
    const { folder } = await writeExport([...baseDocuments(), post(1, { subtitleNote: NOTE })], {
      parent: root,
    });

    const result = await build(root, { SANITY_EXPORT: folder });
    expect(result.exitCode, result.output).toBe(0);
    const page = await readFile(join(root, 'dist', 'posts', 'post-1', 'index.html'), 'utf8');
    expect(page).toContain(`<h1>Post number 1</h1><p class="subtitle-note">${NOTE}</p>`);
  });
});
