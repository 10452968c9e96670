import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { z } from 'zod';
import { digestFiles } from '../lib/build/folder-digest.ts';
import { pathExists } from '../lib/files/path-exists.ts';
// The search page loads its script from the same folder (PATHS.pagefindScript).
import { PAGEFIND_DIR } from '../lib/urls.ts';

/**
 * Quire's search index: after a static build, indexes the written HTML with Pagefind's Node API
 * (a bundled binary, so it runs offline) into `dist/pagefind/`. Only elements marked
 * `data-pagefind-body` are indexed once any page carries one, which keeps listings out of results.
 * Pagefind cannot update an index, so the whole bundle is kept in Astro's cache folder under a
 * digest of every page (and Pagefind's version): a build whose pages are all unchanged copies it
 * instead of indexing again. Fails the build with a `[search]` error when Pagefind reports one or
 * indexes no page.
 */
export function quirePagefind(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'quire-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'quire-pagefind');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const output = join(outDir, PAGEFIND_DIR);
        const version = await pagefindVersion();
        const kept = join(
          cacheDir,
          `${version}-${await digestFiles(outDir, (name) => name.endsWith('.html'))}`,
        );
        if (await pathExists(kept)) {
          await cp(kept, output, { recursive: true });
          logger.fork('search').info('Pages unchanged: reused the search index of the last build.');
          return;
        }
        try {
          const pageCount = await writeIndex(outDir);
          logger.fork('search').info(`Pagefind indexed ${pageCount} pages into /${PAGEFIND_DIR}/`);
        } finally {
          // The service is a child process; left running, it would keep the build process alive.
          await close();
        }
        // Only the newest bundle is kept: an index of older pages will not be asked for again.
        await rm(cacheDir, { recursive: true, force: true });
        await mkdir(cacheDir, { recursive: true });
        await cp(output, kept, { recursive: true });
      },
    },
  };
}

async function pagefindVersion(): Promise<string> {
  const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
  return z.object({ version: z.string() }).parse(JSON.parse(await readFile(manifest, 'utf8'))).version;
}

async function writeIndex(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) throw searchError('could not start its indexer', errors);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw searchError(`could not index ${outDir}`, added.errors);
  if (added.page_count === 0) {
    throw new Error(
      `[search] Pagefind found no page to index in ${outDir}. Check that the build wrote HTML pages and that post, series and page layouts mark their content with data-pagefind-body.`,
    );
  }
  const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) });
  if (written.errors.length > 0) throw searchError('could not write the search bundle', written.errors);
  return added.page_count;
}

function searchError(what: string, errors: string[]): Error {
  return new Error(
    `[search] Pagefind ${what}: ${errors.join('; ') || 'no reason given'}. Run the build again; if it persists, reinstall the pagefind package (npm ci).`,
  );
}
