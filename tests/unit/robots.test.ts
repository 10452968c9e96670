import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/lib/seo/robots.ts';

describe('robotsTxt', () => {
  it('allows every crawler and points at the absolute sitemap index', () => {
    expect(robotsTxt('https://example.org/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
  });
});
