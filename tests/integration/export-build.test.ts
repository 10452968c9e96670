import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { baseDocuments, datasetWithPosts, paragraph, post, writeExport } from '../support/dataset-builder.ts';

const postPages = (pages: string[]) => pages.filter((page) => page.startsWith('posts/'));

describe('a build from a dataset export', () => {
  it.each(['folder', 'archive'] as const)(
    'builds a page per published post from an export %s',
    async (form) => {
      const paths = await writeExport(datasetWithPosts(3));
      const build = await buildSite({ SANITY_EXPORT: paths[form] });
      expect(build.exitCode, build.output).toBe(0);
      expect(build.pages).toContain('index.html');
      expect(postPages(build.pages)).toEqual([
        'posts/post-1/index.html',
        'posts/post-2/index.html',
        'posts/post-3/index.html',
      ]);
      expect(await build.read('posts/post-2/index.html')).toContain('Body text of post 2.');
    },
  );

  it('never shows drafts or posts scheduled for later', async () => {
    const paths = await writeExport([
      ...datasetWithPosts(1),
      { ...post(2), _id: 'drafts.post-2', title: 'Draft only' },
      { ...post(1), _id: 'drafts.post-1', title: 'Unpublished edit of post one' },
      post(3, { title: 'From the future', publishedAt: '2999-01-01T00:00:00Z' }),
    ]);
    const build = await buildSite({ SANITY_EXPORT: paths.folder });
    expect(build.exitCode, build.output).toBe(0);
    expect(postPages(build.pages)).toEqual(['posts/post-1/index.html']);
    const home = await build.read('index.html');
    expect(home).toContain('Post number 1');
    expect(home).not.toMatch(/Draft only|Unpublished edit|From the future/);
  });

  it('warns about an unknown block type and renders nothing for it', async () => {
    const body = [
      paragraph('Before.', 'a'),
      { _type: 'pollWidget', _key: 'w', question: 'Secret poll' },
      paragraph('After.', 'b'),
    ];
    const paths = await writeExport([...baseDocuments(), post(1, { body })]);
    const build = await buildSite({ SANITY_EXPORT: paths.folder });
    expect(build.exitCode, build.output).toBe(0);
    expect(build.output).toMatch(
      /\[content\] Document "post-1", field "body": a block of unknown type "pollWidget"/,
    );
    const page = await build.read('posts/post-1/index.html');
    expect(page).toContain('<p>Before.</p><p>After.</p>');
    expect(page).not.toMatch(/pollWidget|Secret poll|display:\s*none/);
  });

  it('escapes or drops hostile text everywhere it lands', async () => {
    const hostileLink = paragraph('click me', 'h', {
      markDefs: [{ _type: 'link', _key: 'l1', href: 'javascript:alert(1)' }],
      children: [{ _type: 'span', _key: 'hs', text: 'click me', marks: ['l1'] }],
    });
    const paths = await writeExport([
      ...baseDocuments(),
      post(1, {
        title: '<script>alert("title")</script> & friends',
        excerpt: '"><script>alert(2)</script>',
        body: [paragraph('<script>alert("body")</script> <img src=x onerror=alert(3)>'), hostileLink],
      }),
    ]);
    const build = await buildSite({ SANITY_EXPORT: paths.folder });
    expect(build.exitCode, build.output).toBe(0);
    for (const page of ['index.html', 'posts/post-1/index.html']) {
      const html = await build.read(page);
      // Inside a quoted attribute "<script>" is inert text; what matters is that quotes are escaped.
      const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
      expect(outsideAttributes).not.toMatch(/<script>alert|<img src=x|javascript:/);
      expect(html).toContain('&lt;script&gt;alert');
    }
    expect(await build.read('posts/post-1/index.html')).toContain('content="&quot;><script>');
    const postPage = await build.read('posts/post-1/index.html');
    expect(postPage).toContain('<p>click me</p>');
    expect(build.output).toMatch(/the link "javascript:alert\(1\)" is not a safe URL/);
  });

  it('strips control characters pasted into any text, on every page and in the feeds', async () => {
    const junk = '\u0001\u000b\u0085\u007f';
    const slug = (current: string) => ({ _type: 'slug', current });
    const paths = await writeExport([
      {
        _id: 'siteSettings',
        _type: 'siteSettings',
        title: `Practice${junk} name`,
        description: `About${junk} us`,
      },
      { _id: 'author-a', _type: 'author', name: `Avery${junk} Test`, slug: slug('avery') },
      { _id: 'category-a', _type: 'category', title: `Burn${junk}out`, slug: slug('burnout') },
      post(1, {
        title: `Title${junk} here`,
        excerpt: `Excerpt${junk} here`,
        body: [paragraph(`Body${junk} text`)],
      }),
    ]);
    const build = await buildSite({ SANITY_EXPORT: paths.folder });
    expect(build.exitCode, build.output).toBe(0);
    const files = [...build.pages, 'rss.xml', 'categories/burnout/rss.xml'];
    for (const file of files) {
      expect(await build.read(file), file).not.toMatch(/[\u0001\u000b\u0085\u007f]/);
    }
    expect(await build.read('posts/post-1/index.html')).toContain('Title here');
  });
});

describe('content the site cannot render fails the build', () => {
  const twoSeries = (id: string) => ({
    _id: id,
    _type: 'series',
    title: `Series ${id}`,
    slug: { _type: 'slug', current: id },
    parts: [{ _type: 'reference', _ref: 'post-1', _key: 'k1' }],
  });
  it.each([
    { problem: 'a post without a slug', docs: [post(1, { slug: undefined })], id: 'post-1', field: 'slug' },
    {
      problem: 'two posts with one slug',
      docs: [post(1), post(2, { slug: { _type: 'slug', current: 'post-1' } })],
      id: 'post-1',
      field: 'slug',
    },
    {
      problem: 'a dangling author reference',
      docs: [post(1, { author: { _type: 'reference', _ref: 'author-gone' } })],
      id: 'post-1',
      field: 'author',
    },
    {
      problem: 'a post in two series',
      docs: [post(1), twoSeries('series-a'), twoSeries('series-b')],
      id: 'post-1',
      field: 'series',
    },
  ])('$problem names the document and field, and writes no page', async ({ docs, id, field }) => {
    const paths = await writeExport([...baseDocuments(), ...docs]);
    const build = await buildSite({ SANITY_EXPORT: paths.folder });
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain(`Document "${id}", field "${field}"`);
    expect(build.pages).toEqual([]);
  });

  it('refuses to publish a site with no published posts unless allowed', async () => {
    const paths = await writeExport(baseDocuments());
    const refused = await buildSite({ SANITY_EXPORT: paths.folder });
    expect(refused.exitCode).not.toBe(0);
    expect(refused.output).toMatch(/has no published posts.*QUIRE_ALLOW_EMPTY_SITE=true/);
    expect(refused.pages).toEqual([]);
    const allowed = await buildSite({ SANITY_EXPORT: paths.folder, QUIRE_ALLOW_EMPTY_SITE: 'true' });
    expect(allowed.exitCode, allowed.output).toBe(0);
    expect(allowed.pages).toContain('index.html');
    expect(postPages(allowed.pages)).toEqual([]);
  });

  it('refuses a build that lost most of its posts since the last one, unless allowed', async () => {
    const cache = join(await mkdtemp(join(tmpdir(), 'quire-shrink-')), 'cache');
    const { folder } = await writeExport(datasetWithPosts(10));
    const shrunk = await writeExport(datasetWithPosts(3));
    const env = { SANITY_EXPORT: folder, QUIRE_CACHE_DIR: cache };
    expect((await buildSite(env)).exitCode).toBe(0);
    // The same source, re-exported with most posts gone (a half-failed export, say).
    await copyFile(join(shrunk.folder, 'data.ndjson'), join(folder, 'data.ndjson'));
    const refused = await buildSite(env);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.output).toMatch(/has 3 published posts; the last build had 10/);
    expect(refused.pages).toEqual([]);
    // Another source is another site: no comparison with the first one's record.
    expect((await buildSite({ ...env, SANITY_EXPORT: shrunk.folder })).exitCode).toBe(0);
    const allowed = await buildSite({ ...env, QUIRE_ALLOW_SHRINK: 'true' });
    expect(allowed.exitCode, allowed.output).toBe(0);
  });
});
