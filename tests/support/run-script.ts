import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ScriptResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's `scripts/*.ts` in a child Node (the one running the tests, so the
 * project's Node 24), from the project root, with only PATH, HOME and the given environment.
 * Variables the script must not pick up from a developer's `.env` should be passed as "".
 */
export async function runScript(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<ScriptResult> {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? PROJECT_ROOT, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  return { exitCode, stdout, stderr };
}
