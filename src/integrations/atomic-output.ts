import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { acquireOutputLock, type OutputLock } from '../lib/build/output-lock.ts';
import { removeLeftovers, replaceOutput, stagingDirFor } from '../lib/build/staged-output.ts';

/**
 * Makes `astro build` all-or-nothing for its output folder (DESIGN.md failure policy): the
 * build writes into `dist.staging-<pid>`, and `dist/` is replaced only once every page, image,
 * feed and search file is written. A failed build leaves `dist/` untouched and removes its
 * staging folder. Builds of one output folder take turns (`dist.lock`). Must be the last
 * integration, so its `astro:build:done` runs after every other one has written its files.
 */
export function quireAtomicOutput(): AstroIntegration {
  let outDir = '';
  let staging = '';
  let lock: OutputLock | undefined;
  return {
    name: 'quire-atomic-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        lock = await acquireOutputLock(`${outDir}.lock`, {
          onWait: (holder) => logger.info(`Waiting for the build in progress (pid ${holder.pid}) to finish…`),
        });
        await removeLeftovers(outDir);
        staging = stagingDirFor(outDir);
        // Runs on every exit, failures included; after a success the folder is already gone.
        process.once('exit', () => {
          rmSync(staging, { recursive: true, force: true });
          lock?.release();
        });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': async ({ logger }) => {
        if (!staging) return;
        await replaceOutput(staging, outDir);
        lock?.release();
        logger.info(`Replaced ${outDir} with the complete build.`);
      },
    },
  };
}
