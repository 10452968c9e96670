import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** The Nu HTML Checker shipped inside the `vnu-jar` npm package; it runs offline on any Java ≥ 11. */
const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Runs the Nu HTML Checker over every HTML file under `dir` and returns its errors as
 * `file:line:column: message (extract)` lines, `[]` when there are none. Warnings are ignored.
 * Rejects when Java is missing or the checker's output cannot be read.
 */
export async function findHtmlErrors(dir: string): Promise<string[]> {
  const output = await runJava([
    '-jar',
    VNU_JAR,
    '--skip-non-html',
    '--errors-only',
    '--format',
    'json',
    dir,
  ]);
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(output) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`[html] The Nu HTML Checker printed something other than its JSON report:\n${output}`);
  }
  return messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => {
      const file = message.url ? relative(dir, fileURLToPath(message.url)) : '(unknown file)';
      const extract = message.extract ? ` (near: ${message.extract.replace(/\s+/g, ' ').trim()})` : '';
      return `${file}:${message.lastLine ?? '?'}:${message.firstColumn ?? '?'}: ${message.message}${extract}`;
    });
}

/** Resolves with the checker's report, which it writes to stderr and exits non-zero after errors. */
function runJava(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && 'code' in error && error.code === 'ENOENT') {
        reject(
          new Error('[html] `java` was not found. Install a JRE (apt-get install -y default-jre-headless).'),
        );
        return;
      }
      resolve(stderr);
    });
  });
}
