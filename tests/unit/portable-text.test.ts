import { describe, expect, it } from 'vitest';
import type { BodyBlock, TextBlock } from '../../src/lib/portable-text/blocks.ts';
import {
  type PortableTextContext,
  renderPortableText,
} from '../../src/lib/portable-text/render-portable-text.ts';
import { calloutBlock, figureBlock } from '../support/blocks.ts';

type Span = TextBlock['children'][number];
const span = (text: string, marks: string[] = []): Span => ({
  _type: 'span',
  _key: text.slice(0, 8),
  text,
  marks,
});
const block = (children: Span[], extra: Partial<TextBlock> = {}): TextBlock => ({
  _type: 'block',
  _key: Math.random().toString(36).slice(2),
  style: 'normal',
  markDefs: [],
  children,
  ...extra,
});

function render(blocks: BodyBlock[], overrides: Partial<PortableTextContext> = {}) {
  const warnings: string[] = [];
  const html = renderPortableText(blocks, {
    documentId: 'post-1',
    resolveReference: (id) => (id === 'post-2' ? '/posts/second/' : undefined),
    toUrl: (path) => path,
    renderFigure: (figure) => `<figure>${figure.alt}</figure>`,
    warn: (message) => warnings.push(message),
    headingAnchors: true,
    ...overrides,
  });
  return { html, warnings };
}

describe('renderPortableText', () => {
  it.each<[string, BodyBlock[], string]>([
    ['001 paragraph', [block([span('Hello')])], '<p>Hello</p>'],
    [
      '002 marks',
      [block([span('a', ['strong']), span('b', ['em']), span('c', ['code'])])],
      '<p><strong>a</strong><em>b</em><code>c</code></p>',
    ],
    [
      '003 headings with unique anchors',
      [block([span('Why it matters')], { style: 'h2' }), block([span('Why it matters')], { style: 'h3' })],
      '<h2 id="why-it-matters">Why it matters<a class="heading-anchor" data-pagefind-ignore href="#why-it-matters" tabindex="-1" aria-hidden="true">#</a></h2>' +
        '<h3 id="why-it-matters-2">Why it matters<a class="heading-anchor" data-pagefind-ignore href="#why-it-matters-2" tabindex="-1" aria-hidden="true">#</a></h3>',
    ],
    [
      '004 blockquote',
      [block([span('Quoted')], { style: 'blockquote' })],
      '<blockquote><p>Quoted</p></blockquote>',
    ],
    [
      '005 nested lists',
      [
        block([span('one')], { listItem: 'number', level: 1 }),
        block([span('one.a')], { listItem: 'bullet', level: 2 }),
        block([span('two')], { listItem: 'number', level: 1 }),
      ],
      '<ol><li>one<ul><li>one.a</li></ul></li><li>two</li></ol>',
    ],
    [
      '006 callout',
      [calloutBlock([block([span('Careful')])], 'warning')],
      '<aside class="callout callout-warning" aria-label="Warning"><p class="callout-label">Warning</p><p>Careful</p></aside>',
    ],
    ['007 figure delegates to the caller', [figureBlock('A hill')], '<figure>A hill</figure>'],
    ['009 unknown style falls back to a paragraph', [block([span('Big')], { style: 'h1' })], '<p>Big</p>'],
  ])('%s', (_, blocks, expected) => {
    expect(render(blocks).html).toBe(expected);
  });

  it('010 external links get rel="noopener noreferrer"', () => {
    const markDefs: TextBlock['markDefs'] = [{ _type: 'link', _key: 'l', href: 'https://988lifeline.org' }];
    expect(render([block([span('988', ['l'])], { markDefs })]).html).toBe(
      '<p><a href="https://988lifeline.org" rel="noopener noreferrer">988</a></p>',
    );
  });

  it('003b headings keep their ids but lose the "#" link where anchors are off (feeds)', () => {
    const { html } = render([block([span('Why it matters')], { style: 'h2' })], { headingAnchors: false });
    expect(html).toBe('<h2 id="why-it-matters">Why it matters</h2>');
  });

  it('011 internal links resolve to our URLs, through toUrl', () => {
    const markDefs: TextBlock['markDefs'] = [
      { _type: 'internalLink', _key: 'i', reference: { _ref: 'post-2' } },
    ];
    const { html } = render([block([span('next', ['i'])], { markDefs })], {
      toUrl: (path) => `https://example.org${path}`,
    });
    expect(html).toBe('<p><a href="https://example.org/posts/second/">next</a></p>');
  });

  it('012 an internal link to something unpublished is plain text, with a warning', () => {
    const markDefs: TextBlock['markDefs'] = [
      { _type: 'internalLink', _key: 'i', reference: { _ref: 'drafts.post-9' } },
    ];
    const { html, warnings } = render([block([span('later', ['i'])], { markDefs })]);
    expect(html).toBe('<p>later</p>');
    expect(warnings).toEqual([
      expect.stringMatching(/Document "post-1".*"drafts\.post-9", which is not published/),
    ]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD4='],
  ])('013 drops the unsafe href %j, keeping the text', (href) => {
    const markDefs: TextBlock['markDefs'] = [{ _type: 'link', _key: 'l', href }];
    const { html, warnings } = render([block([span('click', ['l'])], { markDefs })]);
    expect(html).toBe('<p>click</p>');
    expect(warnings).toHaveLength(1);
  });

  it('014 escapes markup in text and strips control characters', () => {
    const { html } = render([block([span('<script>alert("x")</script>\u0000 & \u001b')])]);
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; </p>');
  });

  it('015 emits no inline style for anything it does not know', () => {
    const { html } = render([block([span('u', ['underline']), span('x', ['mystery'])])]);
    expect(html).not.toMatch(/style=/);
    expect(html).toBe('<p><u>u</u>x</p>');
  });
});
