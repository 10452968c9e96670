import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { parseHeadersFile } from '../../src/lib/security/headers-file.ts';

/** Debian's Chromium (`apt-get install chromium`); Playwright's own browser downloads are not used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from phoning home, so the only traffic is the test's own. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The headers `public/_headers` sets for every path, a strict Content-Security-Policy among them
 * (DESIGN.md: no inline scripts or styles, no third-party requests). The test servers send them,
 * as Netlify or Cloudflare Pages would, so a page that breaks the policy logs a violation and fails.
 */
export const SITE_HEADERS: Record<string, string> =
  parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')).get('/*') ?? {};

/** The policy of {@link SITE_HEADERS}. */
export const SITE_CSP = SITE_HEADERS['Content-Security-Policy'] ?? '';

/**
 * Launches Debian's Chromium headless; throws a message naming the fix when it is missing.
 * `extraArgs` go after the defaults (the Studio tests add host mapping and certificate flags).
 */
export async function launchBrowser({ extraArgs = [] }: { extraArgs?: string[] } = {}): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
  } catch (error) {
    throw new Error(
      `[e2e] Could not start Chromium at ${CHROMIUM_PATH}: ${String(error)}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  }
}

export interface GuardedContext {
  context: BrowserContext;
  /** Every request the page tried to make to anywhere but `origin`, in order. */
  blocked: string[];
}

/**
 * A browser context that lets requests reach `origin` only: anything else is aborted and
 * recorded in `blocked`, so a test can fail on it (DESIGN.md: no third-party requests).
 * `data:` and `blob:` URLs never leave the page and are not routed.
 */
export async function openGuardedContext(
  browser: Browser,
  origin: string,
  options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: 'block',
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}

/** The tags issue 4 asks for: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core in `page` with {@link AXE_TAGS} and returns its violations as readable text,
 * one block per rule and element; an empty array means none. axe is evaluated through the
 * DevTools protocol rather than added as a `<script>`, which the page's CSP would rightly refuse.
 */
export async function findAxeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async (tags) => {
    // axe-core's global, present once the script tag above has run.
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } })
      .axe;
    // resultTypes: only violations are read, so axe skips the detail of every passing node.
    const options = { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] };
    const results = (await axe.run(document, options)) as {
      violations: unknown;
    };
    return results.violations;
  }, AXE_TAGS);
  return (violations as AxeViolation[]).flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
        `  at ${node.target.join(' ')}\n  ${node.html}\n` +
        `  ${(node.failureSummary ?? '').replace(/\n/g, '\n  ')}`,
    ),
  );
}

/**
 * Starts recording what goes wrong in `page`: uncaught exceptions, console errors (CSP
 * violations among them) and subresources on `origin` that fail or answer 400 or more.
 * The returned array fills as the page runs; the document's own status is the caller's to check.
 */
export function recordPageProblems(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught ${error.name}: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are reported below with their URL, which this message lacks.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error on ${page.url()}: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    const request = response.request();
    if (response.status() >= 400 && request.resourceType() !== 'document') {
      problems.push(`${response.status()} for ${request.resourceType()} ${response.url()} on ${page.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is the browser cancelling a load it no longer needs (a srcset candidate swapped
    // for a better one, say); a real failure shows up as another error or an error status above.
    const cancelled = request.failure()?.errorText === 'net::ERR_ABORTED';
    if (!cancelled && new URL(request.url()).origin === origin) {
      problems.push(`failed ${request.resourceType()} ${request.url()}: ${request.failure()?.errorText}`);
    }
  });
  return problems;
}
