import { describe, expect, it } from 'vitest';
import { ContentIssues } from '../../src/lib/content/content-issues.ts';
import { normalizeBlockContent } from '../../src/lib/content/normalize-blocks.ts';
import { RAW_POST } from '../../src/lib/content/response.ts';

/** Normalises raw rich text as the query returns it; returns the blocks and the warnings' fields. */
function normalize(raw: unknown[]) {
  const issues = new ContentIssues();
  const body = RAW_POST.parse({ _id: 'post-1', body: raw }).body ?? [];
  const blocks = normalizeBlockContent(body, 'post-1', 'body', issues);
  return { blocks, warned: issues.warnings.map((warning) => warning.field) };
}

const span = (text: unknown) => ({ _type: 'span', _key: 's', text, marks: [] });

describe('normalizeBlockContent', () => {
  it('keeps text, its spans and the links the site renders; drops what it cannot', () => {
    const { blocks, warned } = normalize([
      {
        _type: 'block',
        _key: 'b',
        style: 'normal',
        markDefs: [
          { _type: 'link', _key: 'l', href: 'https://example.org' },
          { _type: 'internalLink', _key: 'i', reference: { _type: 'reference', _ref: 'post-2' } },
          { _type: 'comment', _key: 'c', text: 'an annotation the site does not render' },
        ],
        children: [span('kept'), span(null), { _type: 'inlineWidget', _key: 'w' }],
      },
    ]);
    expect(blocks).toEqual([
      {
        _type: 'block',
        _key: 'b',
        style: 'normal',
        markDefs: [
          { _type: 'link', _key: 'l', href: 'https://example.org' },
          { _type: 'internalLink', _key: 'i', reference: { _ref: 'post-2' } },
        ],
        children: [{ _type: 'span', _key: 's', text: 'kept', marks: [] }],
      },
    ]);
    expect(warned).toEqual([]);
  });

  it.each([
    ['an unknown block type', { _type: 'poll', _key: 'p', question: 'Q?' }, []],
    [
      'a text block whose style is not text',
      { _type: 'block', _key: 'b', style: 42, children: [] },
      ['body[_key=="b"]'],
    ],
    ['a figure without an image', { _type: 'figure', _key: 'f', alt: 'x', asset: null }, ['body[_key=="f"]']],
  ])('leaves out %s', (_name, member, warned) => {
    expect(normalize([member])).toEqual({ blocks: [], warned });
  });

  it('gives a callout a known tone and keeps only its text blocks', () => {
    const { blocks } = normalize([
      {
        _type: 'callout',
        _key: 'c',
        tone: 'shout',
        body: [
          { _type: 'block', _key: 'b', children: [span('Careful')] },
          { _type: 'figure', _key: 'f' },
          'junk',
        ],
      },
    ]);
    expect(blocks).toEqual([
      {
        _type: 'callout',
        _key: 'c',
        tone: 'note',
        body: [{ _type: 'block', _key: 'b', markDefs: [], children: [span('Careful')] }],
      },
    ]);
  });
});
