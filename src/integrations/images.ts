import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { z } from 'zod';
import { createImageMiddleware } from '../lib/images/dev-middleware.ts';
import { shareImageCacheDir } from '../lib/images/encode-now.ts';
import { generateDerivatives } from '../lib/images/generate.ts';
import { clearDerivatives, listDerivatives } from '../lib/images/registry.ts';

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
 * Quire's image pipeline: after a static build, writes every derivative the pages planned
 * (through `planImage`/`renderPicture`) into `dist/_images/`, reusing a persistent cache; in
 * `astro dev`, serves them on demand. Throws an `[images]` error on invalid options.
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
  return {
    name: 'quire-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (config.experimental.incrementalBuild) {
          throw new Error(
            '[images] experimental.incrementalBuild is on, but pages it restores from its cache do not plan their images, so those images would be missing. Turn it off in astro.config.mjs.',
          );
        }
        cacheDir = resolve(fileURLToPath(config.root), parsed.data.cacheDir);
        base = config.base;
        // Feeds measure enclosures while pages render, long before build:done; they encode into this cache.
        shareImageCacheDir(cacheDir);
      },
      // One process may build more than once (tests, programmatic builds): start each empty.
      'astro:build:start': () => clearDerivatives(),
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(
          createImageMiddleware({ cacheDir, base, onError: (message) => logger.error(message) }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await generateDerivatives(listDerivatives(), {
          outDir: fileURLToPath(dir),
          cacheDir,
          concurrency,
        });
        // Forked so the line reads "[images] …" like the subsystem's errors.
        logger
          .fork('images')
          .info(`${stats.total} derivatives: ${stats.encoded} encoded, ${stats.fromCache} from cache`);
      },
    },
  };
}
