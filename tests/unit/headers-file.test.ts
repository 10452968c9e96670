import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaContentSecurityPolicy, parseHeadersFile } from '../../src/lib/security/headers-file.ts';

const SHIPPED = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

describe('parseHeadersFile', () => {
  it('reads path patterns and their indented headers, skipping comments and blank lines', () => {
    const rules = parseHeadersFile('# note\n/*\n  X-One: 1\n  X-Two: a: b\n\n/posts/*\n  X-Three: 3\n');
    expect(Object.fromEntries(rules)).toEqual({
      '/*': { 'X-One': '1', 'X-Two': 'a: b' },
      '/posts/*': { 'X-Three': '3' },
    });
  });

  it.each([
    ['a header before any path', '  X-One: 1\n', /line 1/],
    ['an indented line that is not a header', '/*\n  nonsense\n', /line 2.*nonsense/],
  ])('refuses %s, naming the line', (_name, text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });
});

describe('the shipped public/_headers', () => {
  const headers = parseHeadersFile(SHIPPED).get('/*') ?? {};

  it('sets the security headers a static host should send for every path', () => {
    expect(headers).toMatchObject({
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': expect.stringContaining('camera=()'),
    });
  });

  it('has a strict policy: no unsafe-inline or unsafe-eval, nothing from other origins, no framing', () => {
    const policy = headers['Content-Security-Policy'] ?? '';
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });
});

describe('metaContentSecurityPolicy', () => {
  it('keeps the policy but the directives a <meta> tag cannot carry', () => {
    const rules = parseHeadersFile(
      "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'; report-uri /r; sandbox; img-src 'self'\n",
    );
    expect(metaContentSecurityPolicy(rules)).toBe("default-src 'self'; img-src 'self'");
  });

  it('fails when the file sets no policy for every path', () => {
    expect(() => metaContentSecurityPolicy(parseHeadersFile('/*\n  X-One: 1\n'))).toThrow(
      /\[headers\].*no Content-Security-Policy/,
    );
  });
});
