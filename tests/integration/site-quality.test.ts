import { beforeAll, describe, expect, it } from 'vitest';
import { findInlineCode, findStructureProblems, findThirdPartyResources } from '../support/html-checks.ts';
import { type BuiltPage, readBuiltPages } from '../support/html-dom.ts';
import { findBrokenReferences, type SiteOutput } from '../support/link-check.ts';
import { findHtmlErrors } from '../support/nu-checker.ts';
import { getSampleSite } from '../support/sample-site.ts';

/*
 * Reads the sample site's dist/ the way validators, crawlers and a strict CSP would
 * (issue 4 acceptance). Each check prints one line per problem: page, what, element.
 */

let output: SiteOutput;
let buildWarnings: string[];

beforeAll(async () => {
  const site = await getSampleSite();
  output = { ...site, pages: await readBuiltPages(site.outDir) };
  buildWarnings = site.warnings;
});

const paths = (pages: BuiltPage[]) => pages.map((page) => page.path);

describe('the built sample site', () => {
  it('builds without a single content or Astro warning (the sample is the example to follow)', () => {
    expect(buildWarnings).toEqual([]);
  });

  it("has every page of DESIGN.md's URL list", () => {
    expect(paths(output.pages)).toEqual(
      expect.arrayContaining([
        '/',
        '/404.html',
        '/about/',
        '/archive/',
        '/categories/therapy/',
        '/contact/',
        '/contact/thanks/',
        '/posts/coaching-vs-therapy-part-1/',
        '/search/',
        '/series/',
        '/series/coaching-vs-therapy/',
      ]),
    );
  });

  it('is valid HTML by the Nu HTML Checker', async () => {
    expect(await findHtmlErrors(output.outDir)).toEqual([]);
  });

  it('has no broken internal link, image, srcset candidate, stylesheet url() or #fragment', async () => {
    expect(await findBrokenReferences(output)).toEqual([]);
  });

  it('has no script outside /search/, no inline script or style, no event-handler attribute', () => {
    expect(findInlineCode(output.pages)).toEqual([]);
  });

  it('loads nothing from a third-party origin', async () => {
    expect(await findThirdPartyResources(output)).toEqual([]);
  });

  it('has one h1, the header/main/footer landmarks, and images with alt, width and height', () => {
    expect(findStructureProblems(output.pages)).toEqual([]);
  });

  it('loads the search script from a file on /search/', () => {
    const search = output.pages.find((page) => page.path === '/search/');
    const scripts = search?.elements.filter((element) => element.tagName === 'script') ?? [];
    expect(scripts.map((script) => script.attrs.find((a) => a.name === 'src')?.value)).toEqual([
      expect.stringMatching(/^\/_astro\/.+\.js$/),
    ]);
  });
});
