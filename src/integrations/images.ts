import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { z } from 'zod';
import { contentPlan, shareImageCache } from '../lib/build/build-state.ts';
import { createImageMiddleware } from '../lib/images/dev-middleware.ts';
import { type EncodeRun, finishEncoding, startEncoding } from '../lib/images/generate.ts';
import { checkLinkedImages } from '../lib/images/linked-images.ts';

/** Options of {@link quireImages}, each default stated here once. */
const OPTIONS = z.strictObject({
  /** The persistent cache, relative to the project root; CI should keep it between builds. */
  cacheDir: z.string().min(1).default('node_modules/.cache/quire-images/'),
  /** Derivatives encoded at once; each takes about one core. */
  concurrency: z.number().int().min(1).max(64).default(2),
});

/** What `quireImages()` accepts; every field is optional. */
export type QuireImagesOptions = z.input<typeof OPTIONS>;

/**
 * Quire's image pipeline. In a static build it starts encoding every file the content plans
 * (src/lib/images/site-images.ts) as soon as the build starts, beside page rendering, reusing a
 * persistent cache; when the pages are written it copies the files into `dist/_images/` and
 * checks that no page links to an image it did not plan. In `astro dev` it serves them on
 * demand. Throws an `[images]` error on invalid options.
 */
export function quireImages(options: QuireImagesOptions = {}): AstroIntegration {
  const parsed = OPTIONS.safeParse(options);
  if (!parsed.success) {
    throw new Error(
      `[images] Invalid options for quireImages(): ${z.prettifyError(parsed.error)}. Fix them in astro.config.mjs.`,
    );
  }
  const { concurrency } = parsed.data;
  let cacheDir = '';
  let base = '/';
  let run: EncodeRun | undefined;
  return {
    name: 'quire-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        cacheDir = resolve(fileURLToPath(config.root), parsed.data.cacheDir);
        base = config.base;
        shareImageCache(cacheDir);
      },
      // Content loads before this hook, so the plan is complete: encoding overlaps rendering.
      'astro:build:start': () => {
        run = startEncoding(contentPlan().images, { cacheDir, concurrency });
        shareImageCache(cacheDir, run.files);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(
          createImageMiddleware({ cacheDir, base, onError: (message) => logger.error(message) }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!run)
          throw new Error('[images] The build ended without starting. This is a bug in quireImages().');
        const outDir = fileURLToPath(dir);
        const stats = await finishEncoding(run, outDir);
        await checkLinkedImages(outDir, base, new Set(run.derivatives.keys()));
        // Forked so the line reads "[images] …" like the subsystem's errors.
        logger
          .fork('images')
          .info(`${stats.total} derivatives: ${stats.encoded} encoded, ${stats.fromCache} from cache`);
      },
    },
  };
}
