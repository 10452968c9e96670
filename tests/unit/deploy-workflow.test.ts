import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RAW = parse(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8'));

// The parts of a workflow these tests read; a shape the file no longer has fails here, by name.
const envSchema = z.record(z.string(), z.union([z.string(), z.number()]));
const stepSchema = z.object({
  id: z.string().optional(),
  if: z.unknown().optional(),
  'continue-on-error': z.unknown().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  env: envSchema.optional(),
});
const jobSchema = z.object({
  needs: z.string().optional(),
  if: z.unknown().optional(),
  'timeout-minutes': z.number().optional(),
  permissions: z.record(z.string(), z.string()).optional(),
  environment: z.object({ name: z.string(), url: z.string() }).optional(),
  env: envSchema.optional(),
  steps: z.array(stepSchema),
});
const WORKFLOW = z
  .object({
    on: z.record(z.string(), z.unknown()),
    permissions: z.record(z.string(), z.string()),
    concurrency: z.unknown(),
    jobs: z.object({ build: jobSchema, deploy: jobSchema }).catchall(jobSchema),
  })
  .parse(RAW);
const BUILD = WORKFLOW.jobs.build;
type Step = z.infer<typeof stepSchema>;

/** The position of the build job's step that matches, failing the test when there is none. */
function stepIndex(label: string, matches: (step: Step) => boolean): number {
  const index = BUILD.steps.findIndex(matches);
  if (index < 0) throw new Error(`deploy.yml: the build job has no step that ${label}.`);
  return index;
}
const STEPS = {
  install: stepIndex('runs npm ci', (step) => step.run === 'npm ci'),
  cache: stepIndex('uses actions/cache', (step) => step.uses?.startsWith('actions/cache@') === true),
  test: stepIndex('runs npm test', (step) => step.run === 'npm test'),
  pages: stepIndex('configures Pages', (step) => step.uses?.startsWith('actions/configure-pages@') === true),
  build: stepIndex('runs npm run build', (step) => step.run === 'npm run build'),
  guard: stepIndex('runs the drop guard', (step) => step.run === 'npm run deploy:guard'),
  upload: stepIndex(
    'uploads dist',
    (step) => step.uses?.startsWith('actions/upload-pages-artifact@') === true,
  ),
};
const step = (name: keyof typeof STEPS): Step => BUILD.steps[STEPS[name]] as Step;

/** A GitHub Actions expression as the workflow spells it: `${{ body }}`. */
const gh = (body: string): string => `\${{ ${body} }}`;

const ALLOW_DROP = "inputs.allow_content_drop && 'true' || 'false'";

/** Every key and string value in a parsed YAML tree, with the path that leads to it. */
function* strings(node: unknown, path = ''): Generator<[string, string]> {
  if (typeof node === 'string') yield [path, node];
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    yield [`${path}.${key}`, key];
    yield* strings(value, `${path}.${key}`);
  }
}

describe('deploy.yml triggers', () => {
  it('has exactly the four triggers', () => {
    expect(Object.keys(WORKFLOW.on).sort()).toEqual([
      'push',
      'repository_dispatch',
      'schedule',
      'workflow_dispatch',
    ]);
  });

  it.each([
    ['push', { branches: ['main'] }],
    ['repository_dispatch', { types: ['sanity-publish'] }],
    ['schedule', [{ cron: '*/30 * * * *' }]],
    [
      'workflow_dispatch',
      { inputs: { allow_content_drop: expect.objectContaining({ type: 'boolean', default: false }) } },
    ],
  ])('%s is configured', (trigger, expected) => {
    expect(WORKFLOW.on[trigger]).toEqual(expected);
  });
});

describe('deploy.yml permissions and concurrency', () => {
  it('grants only read access to contents at the top level', () => {
    expect(WORKFLOW.permissions).toEqual({ contents: 'read' });
  });

  // Only the job that publishes may write, and only to Pages (plus the OIDC token it proves itself with).
  const WRITE_SCOPES: Record<string, string[]> = { deploy: ['id-token', 'pages'] };
  it.each(Object.keys(WORKFLOW.jobs))('job %s writes only where it must', (name) => {
    const permissions = WORKFLOW.jobs[name]?.permissions ?? {};
    const writes = Object.keys(permissions).filter((scope) => permissions[scope] === 'write');
    expect(writes.sort()).toEqual(WRITE_SCOPES[name] ?? []);
  });

  it('runs one deploy at a time and never cancels one midway', () => {
    expect(WORKFLOW.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it.each(Object.keys(WORKFLOW.jobs))('job %s has a timeout', (name) => {
    expect(WORKFLOW.jobs[name]?.['timeout-minutes']).toBeGreaterThan(0);
  });
});

describe('deploy.yml build job', () => {
  it('takes Node from package.json engines and caches npm downloads', () => {
    const setupNode = BUILD.steps.find((candidate) => candidate.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with).toEqual({ 'node-version-file': 'package.json', cache: 'npm' });
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node).toBeTruthy();
  });

  it('restores and saves the folder the build keeps its caches in', () => {
    expect(BUILD.env?.QUIRE_CACHE_DIR).toBe('.quire-cache');
    const cache = step('cache').with ?? {};
    expect(String(cache.path).split('\n')).toContain('.quire-cache');
    expect(cache.key).toBe(`quire-build-${gh('runner.os')}-${gh('github.run_id')}`);
    expect(String(cache['restore-keys']).trim()).toBe(`quire-build-${gh('runner.os')}-`);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.quire-cache/');
  });

  it.each([
    ['install', 'test'],
    ['cache', 'build'],
    ['test', 'build'],
    ['pages', 'build'],
    ['build', 'guard'],
    ['guard', 'upload'],
  ] as const)('runs %s before %s', (first, then) => {
    expect(STEPS[first]).toBeLessThan(STEPS[then]);
  });

  it('tests on every trigger, and a failure stops the run', () => {
    // A condition or continue-on-error anywhere here could let a scheduled run deploy untested code.
    expect(BUILD.if).toBeUndefined();
    for (const { if: condition, 'continue-on-error': tolerated } of BUILD.steps) {
      expect(condition).toBeUndefined();
      expect(tolerated).toBeUndefined();
    }
  });

  it('runs the browser tests with the Chrome the runner ships', () => {
    expect(step('test').env?.CHROMIUM_PATH).toBe('/usr/bin/google-chrome');
  });

  it.each(['build', 'guard'] as const)('%s falls back to the Pages URL when SITE_URL is unset', (name) => {
    expect(step('pages').id).toBe('pages');
    expect(step(name).env?.SITE_URL).toBe(gh('vars.SITE_URL || steps.pages.outputs.base_url'));
  });

  it('passes the override and the threshold to the guard', () => {
    expect(step('guard').env).toMatchObject({
      QUIRE_ALLOW_CONTENT_DROP: gh(ALLOW_DROP),
      QUIRE_MAX_CONTENT_DROP: gh('vars.QUIRE_MAX_CONTENT_DROP'),
    });
    expect(step('upload').with).toEqual({ path: 'dist' });
  });

  it("lets the same override lift the build's own shrink guard", () => {
    // Otherwise a drop of over half the posts fails the build before the override is consulted.
    expect(step('build').env?.QUIRE_ALLOW_SHRINK).toBe(gh(ALLOW_DROP));
  });

  it('hands the read token, from secrets, to the build step alone', () => {
    const mentions = [...strings(RAW)].filter(
      ([, text]) => text.includes('secrets.') || text.includes('SANITY_API_READ_TOKEN'),
    );
    const buildEnv = `.jobs.build.steps.${STEPS.build}.env.SANITY_API_READ_TOKEN`;
    expect(mentions).toEqual([
      [buildEnv, 'SANITY_API_READ_TOKEN'],
      [buildEnv, gh('secrets.SANITY_API_READ_TOKEN')],
    ]);
  });
});

describe('deploy.yml deploy job', () => {
  it('deploys the uploaded build to the github-pages environment', () => {
    const deploy = WORKFLOW.jobs.deploy;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment).toEqual({
      name: 'github-pages',
      url: gh('steps.deployment.outputs.page_url'),
    });
    expect(deploy.steps).toEqual([{ id: 'deployment', uses: 'actions/deploy-pages@v4' }]);
  });
});
