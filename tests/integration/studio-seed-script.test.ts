import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.ts';

/*
 * `npm run seed` as an editor meets it when something is off. Neither case reaches the network:
 * one stops before the CLI starts, the other has no CLI to start.
 */

const SEED = 'sanity/scripts/seed.ts';
// Set, so a developer's .env cannot change what the script sees.
const PROJECT = { SANITY_STUDIO_PROJECT_ID: 'abc123xy', SANITY_STUDIO_DATASET: '' };

describe('npm run seed', () => {
  it('--replace with nobody to ask lists what it would overwrite and imports nothing', async () => {
    const { exitCode, stdout, stderr } = await runScript(
      SEED,
      ['--replace', '--dataset', 'staging'],
      PROJECT,
    );
    expect(exitCode).toBe(1);
    expect(stderr).toContain('overwrites these documents in project abc123xy, dataset "staging"');
    expect(stderr).toContain('- Site settings "The Examined Shift" (siteSettings)');
    expect(stderr).toContain('- Author "Jordan Reyes" (author-jordan-reyes)');
    expect(stderr).toContain('Add --yes to overwrite them anyway.');
    expect(stdout).not.toContain('Importing');
  });

  it('says why when the Sanity CLI cannot be started', async () => {
    const { exitCode, stderr } = await runScript(SEED, [], { ...PROJECT, PATH: '/nonexistent' });
    expect(exitCode).toBe(1);
    expect(stderr).toMatch(
      /\[seed\] Could not start the Sanity CLI \(`sanity`\): spawnSync sanity ENOENT\. Run `npm ci`/,
    );
  });

  it('refuses a flag without its value, naming it', async () => {
    const { exitCode, stderr } = await runScript(SEED, ['--dataset'], PROJECT);
    expect(exitCode).toBe(1);
    expect(stderr).toContain('[seed] --dataset needs a value, e.g. `npm run seed -- --dataset staging`.');
  });
});
