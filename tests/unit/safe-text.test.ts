import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/lib/portable-text/safe-href.ts';
import { escapeHtml, stripIllegalCharacters } from '../../src/lib/text/sanitize-text.ts';

describe('safeHref', () => {
  it.each([
    ['https://988lifeline.org/', 'https://988lifeline.org/'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['mailto:hello@example.org', 'mailto:hello@example.org'],
    ['tel:+13035550100', 'tel:+13035550100'],
    ['/posts/x/', '/posts/x/'],
    ['#section', '#section'],
    ['  https://example.org/  ', 'https://example.org/'],
  ])('keeps %j', (href, expected) => expect(safeHref(href)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/path',
    '/\\evil.example/path',
    '\\\\evil.example/path',
    '/\t/evil.example/path',
    'not a url',
    '',
    undefined,
    42,
  ])('drops %j', (href) => expect(safeHref(href)).toBeUndefined());
});

describe('stripIllegalCharacters', () => {
  it.each([
    ['plain text', 'plain text'],
    ['tab\tnewline\ncr\r', 'tab\tnewline\ncr\r'],
    ['bell\u0007 null\u0000 esc\u001b', 'bell null esc'],
    ['c1\u0085 del\u007f', 'c1 del'],
    ['lone \ud800 surrogate', 'lone  surrogate'],
    ['emoji 🌿 stays', 'emoji 🌿 stays'],
    ['nonchar \uffff', 'nonchar '],
  ])('%j → %j', (input, expected) => expect(stripIllegalCharacters(input)).toBe(expected));
});

describe('escapeHtml', () => {
  it('escapes markup and quotes, and strips control characters', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>\u0000`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });
});
