import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findAxeViolations,
  launchBrowser,
  openGuardedContext,
  recordPageProblems,
  SITE_CSP,
} from '../support/browser.ts';
import { findInlineCode, findStructureProblems, findThirdPartyResources } from '../support/html-checks.ts';
import { type BuiltPage, readBuiltPages } from '../support/html-dom.ts';
import { findBrokenReferences } from '../support/link-check.ts';
import { findHtmlErrors } from '../support/nu-checker.ts';
import { type StaticServer, startStaticServer } from '../support/static-server.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

/*
 * The checks in site-quality.test.ts and tests/e2e/ pass on a good site; these show that each
 * one also fails on a bad one, naming the page and the element, so a pass means something.
 */

const ORIGIN = 'https://quire.test';
const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const GOOD_BODY = '<header>h</header><main><h1 id="top-title">Title</h1></main><footer>f</footer>';

const FIXTURE: Record<string, string> = {
  'index.html': page('<link rel="stylesheet" href="/site.css">', GOOD_BODY),
  'site.css': 'body { background: url("/missing.png"); } /* url(/in-comment.png) */',
  'ok/index.html': page(
    '',
    `${GOOD_BODY}<a href="/#top-title">home</a><a href="https://example.org/">out</a>`,
  ),
  'broken/index.html': page(
    '',
    `${GOOD_BODY}<a href="/nowhere/">a</a><a href="/ok/#no-such-id">b</a><a href="/ok">c</a><a href="#">d</a>` +
      '<a href="javascript:alert(1)">e</a><img src="/ok.png" srcset="/ok.png 1x, /gone.png 2x" alt="" width="1" height="1">',
  ),
  'ok.png': 'not really a png',
  'search/index.html': page('<script type="module" src="/s.js"></script>', GOOD_BODY),
  'inline/index.html': page(
    '<style>p{}</style><script type="application/ld+json">{"a": </script>',
    `${GOOD_BODY}<p style="color:red" onclick="x()">p</p><script src="/s.js"></script>`,
  ),
  'remote/index.html': page(
    '<link rel="stylesheet" href="https://fonts.example.com/css">',
    `${GOOD_BODY}<img src="https://cdn.example.com/a.png" alt="" width="1" height="1"><a href="https://example.org/">fine</a>`,
  ),
  'structure/index.html': page('', '<main><h1>a</h1><h1>b</h1><img src="/ok.png"></main>'),
  'invalid/index.html':
    '<!doctype html><html lang="en"><head><title>t</title></head><body><p><div></p></body></html>',
  '404.html': page('', GOOD_BODY),
};

const tempDir = useTempDirs();
let dir: string;
let pages: BuiltPage[];

beforeAll(async () => {
  dir = await tempDir('quire-checks-');
  for (const [file, content] of Object.entries(FIXTURE)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), content);
  }
  pages = await readBuiltPages(dir);
});

const on = (path: string, problems: string[]) => problems.filter((problem) => problem.startsWith(`${path}:`));

describe('the dist/ checks', () => {
  it('find every kind of broken reference, and pass good ones', async () => {
    const problems = await findBrokenReferences({ outDir: dir, pages, siteOrigin: ORIGIN });
    expect(on('/ok/', problems)).toEqual([]);
    expect(on('/broken/', problems).map((problem) => problem.split(', in ')[0])).toEqual([
      '/broken/: "/nowhere/" points at nowhere/index.html, which the build did not write',
      '/broken/: "/ok/#no-such-id" points at #no-such-id, but /ok/ has no element with that id',
      '/broken/: "/ok" points at a folder without its trailing slash (a redirect on most hosts)',
      '/broken/: "#" has an empty #fragment, which goes nowhere',
      '/broken/: "javascript:alert(1)" is a javascript: URL',
      '/broken/: "/gone.png" points at gone.png, which the build did not write',
    ]);
    expect(on('/site.css', problems)).toEqual([
      '/site.css: "/missing.png" points at missing.png, which the build did not write, in url(/missing.png)',
    ]);
  });

  it('find inline code and scripts outside /search/', () => {
    const problems = findInlineCode(pages);
    expect(on('/search/', problems)).toEqual([]);
    expect(on('/inline/', problems)).toEqual([
      expect.stringMatching(/^\/inline\/: <style> element/),
      expect.stringMatching(/^\/inline\/: JSON-LD that does not parse as JSON: \{"a":/),
      expect.stringMatching(/^\/inline\/: style attribute on <p style="color:red"/),
      expect.stringMatching(/^\/inline\/: inline event handler onclick= on <p/),
      expect.stringMatching(/^\/inline\/: script on a page that needs no JavaScript: <script src="\/s.js">/),
    ]);
  });

  it('find third-party resources in pages and stylesheets, not outbound links', async () => {
    const problems = await findThirdPartyResources({ outDir: dir, pages, siteOrigin: ORIGIN });
    expect(problems.map((problem) => problem.split(' from ')[0])).toEqual([
      '/remote/: loads https://fonts.example.com/css',
      '/remote/: loads https://cdn.example.com/a.png',
    ]);
  });

  it('find pages without one h1 or landmarks, and images without alt or size', () => {
    expect(on('/structure/', findStructureProblems(pages))).toEqual([
      '/structure/: has 2 <h1> elements, not one',
      '/structure/: has no page-level <header> (one outside main, article, aside, nav and section)',
      '/structure/: has no page-level <footer> (one outside main, article, aside, nav and section)',
      '/structure/: image without alt, width, height: <img src="/ok.png">',
    ]);
  });

  it('report the Nu HTML Checker errors of a bad page with its file', async () => {
    const errors = await findHtmlErrors(dir);
    expect(errors.some((error) => error.startsWith('invalid/index.html:'))).toBe(true);
    expect(errors.some((error) => error.startsWith('ok/index.html:'))).toBe(false);
  });
});

describe('the browser harness', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(dir, { 'x-test': 'yes' });
  });
  afterAll(() => server.close());

  it('serves folders, redirects a missing slash, answers 404.html with 404, refuses ../', async () => {
    const fetchStatus = async (path: string) => {
      const response = await fetch(server.origin + path, { redirect: 'manual' });
      return [response.status, response.headers.get('location'), response.headers.get('x-test')];
    };
    expect(await fetchStatus('/ok/')).toEqual([200, null, 'yes']);
    expect(await fetchStatus('/ok')).toEqual([301, '/ok/', 'yes']);
    expect(await fetchStatus('/nowhere/')).toEqual([404, null, 'yes']);
    expect(await fetchStatus('/..%2f..%2f..%2f..%2fetc%2fpasswd')).toEqual([404, null, 'yes']);
  });

  it('blocks and records requests to other origins, and axe reports a real violation', async () => {
    await writeFile(
      join(dir, 'a11y.html'),
      page('', '<main><img src="https://cdn.example.com/x.png"></main>'),
    );
    const browser = await launchBrowser();
    try {
      const { context, blocked } = await openGuardedContext(browser, server.origin);
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/a11y.html`);
      await tab.waitForFunction(() => document.images[0]?.complete);
      expect(blocked).toEqual(['https://cdn.example.com/x.png']);
      const violations = await findAxeViolations(tab);
      expect(violations.some((violation) => violation.startsWith('image-alt (critical)'))).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('turns what SITE_CSP refuses (inline style and script) into recorded problems', async () => {
    await writeFile(join(dir, 'csp.html'), page('<style>p{}</style>', '<p>x</p><script>1</script>'));
    const strict = await startStaticServer(dir, { 'content-security-policy': SITE_CSP });
    const browser = await launchBrowser();
    try {
      const { context } = await openGuardedContext(browser, strict.origin);
      const tab = await context.newPage();
      const problems = recordPageProblems(tab, strict.origin);
      await tab.goto(`${strict.origin}/csp.html`, { waitUntil: 'load' });
      expect(problems).toEqual([
        expect.stringMatching(/Content Security Policy.*style-src/),
        expect.stringMatching(/Content Security Policy.*script-src/),
      ]);
    } finally {
      await browser.close();
      await strict.close();
    }
  });
});
