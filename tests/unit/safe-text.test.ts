import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/lib/portable-text/safe-href.ts';
import {
  cleanText,
  escapeHtml,
  presentText,
  stripIllegalCharacters,
} from '../../src/lib/text/sanitize-text.ts';

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

describe('cleanText', () => {
  it.each([
    ['a right-to-left override', 'txt.\u202Eexe', 'txt.exe'],
    ['every bidi embedding and override', '\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee', 'abcde'],
    ['bidi isolates', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['a zero-width space', 'pass\u200Bword', 'password'],
    ['a soft hyphen', 'thera\u00ADpy', 'therapy'],
    ['a byte-order mark', '\uFEFFTitle', 'Title'],
    ['a word joiner and an invisible operator', 'a\u2060b\u2062c', 'abc'],
    ['interlinear annotation hiding text', 'shown\uFFF9hidden\uFFFA\uFFFB', 'shownhidden'],
    ['a C0 control, as before', 'bell\u0007', 'bell'],
  ])('strips %s', (_, input, expected) => expect(cleanText(input)).toBe(expected));

  it.each([
    ['an emoji sequence joined by ZWJ', '\u{1F469}\u200D\u{1F4BB}'],
    ['Persian spelled with ZWNJ', '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'],
    ['a right-to-left mark placing punctuation', '\u05E9\u05DC\u05D5\u05DD!\u200F'],
    ['a left-to-right mark', 'C++\u200E'],
    ['an emoji with a variation selector', '\u2764\uFE0F'],
  ])('keeps %s', (_, input) => expect(cleanText(input)).toBe(input));
});

describe('presentText', () => {
  it.each([
    ['text made only of invisible characters', '\u200B\u202E\uFEFF', undefined],
    ['blank text', '  ', undefined],
    ['null', null, undefined],
    ['a title with an override in it', 'Hello \u202Edlrow', 'Hello dlrow'],
  ])('%s → %j', (_, input, expected) => expect(presentText(input)).toBe(expected));
});

describe('escapeHtml', () => {
  it('strips characters that reorder text, as cleanText does', () => {
    expect(escapeHtml('<b>\u202Egnp.exe</b>')).toBe('&lt;b&gt;gnp.exe&lt;/b&gt;');
  });

  it('escapes markup and quotes, and strips control characters', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>\u0000`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });
});
