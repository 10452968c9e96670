import { describe, expect, it } from 'vitest';
import {
  type BlogPostingInput,
  blogPostingJsonLd,
  creativeWorkSeriesJsonLd,
  serializeJsonLd,
} from '../../src/lib/seo/json-ld.ts';

describe('serializeJsonLd', () => {
  it.each([
    { name: 'a closing script tag', text: '</script><script>alert(1)</script>' },
    { name: 'an HTML comment opener', text: '<!-- hidden' },
    { name: 'an ampersand entity', text: 'A &amp; B' },
    { name: 'line and paragraph separators', text: 'one\u2028two\u2029three' },
    { name: 'C1 control characters', text: 'a\u0085b\u009fc' },
    { name: 'CDATA end', text: ']]>' },
  ])('escapes $name so it cannot end the script element, and keeps the value', ({ text }) => {
    const json = serializeJsonLd({ headline: text });
    expect(json).not.toMatch(/[<>&\u2028\u2029\u0080-\u009f]/);
    expect(JSON.parse(json)).toEqual({ headline: text });
  });

  it('writes < as \\u003c', () => {
    expect(serializeJsonLd({ a: '</script>' })).toBe('{"a":"\\u003c/script\\u003e"}');
  });
});

const POST: BlogPostingInput = {
  url: 'https://example.org/posts/part-two/',
  headline: 'Training, licensure, and the rules of the room',
  description: 'Who regulates therapists and coaches.',
  datePublished: '2026-06-09T14:00:00Z',
  author: { name: 'Jordan Reyes', url: 'https://example.org/about/', credentials: 'LCSW' },
  publisher: { name: 'The Examined Shift', url: 'https://example.org/' },
  categories: ['Coaching'],
  wordCount: 803,
};

describe('blogPostingJsonLd', () => {
  it('describes a post with its author, and no series fields outside a series', () => {
    // As the page writes it: JSON leaves out the fields a post outside a series lacks.
    const data = JSON.parse(serializeJsonLd(blogPostingJsonLd(POST)));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: POST.headline,
      datePublished: POST.datePublished,
      dateModified: POST.datePublished,
      author: { '@type': 'Person', name: 'Jordan Reyes', honorificSuffix: 'LCSW' },
      publisher: { '@type': 'Organization', name: 'The Examined Shift' },
      articleSection: ['Coaching'],
    });
    expect(data).not.toHaveProperty('isPartOf');
    expect(data).not.toHaveProperty('position');
    expect(data).not.toHaveProperty('image');
  });

  it('puts a series part in a CreativeWorkSeries, with its position on the part', () => {
    const data = blogPostingJsonLd({
      ...POST,
      dateModified: '2026-06-16T18:00:00Z',
      series: {
        name: 'How coaching and psychotherapy differ',
        url: 'https://example.org/series/c/',
        position: 2,
      },
    });
    expect(data).toMatchObject({
      dateModified: '2026-06-16T18:00:00Z',
      position: 2,
      isPartOf: {
        '@type': 'CreativeWorkSeries',
        name: 'How coaching and psychotherapy differ',
        url: 'https://example.org/series/c/',
      },
    });
  });
});

describe('creativeWorkSeriesJsonLd', () => {
  it('lists the published parts with their positions', () => {
    const data = creativeWorkSeriesJsonLd({
      url: 'https://example.org/series/c/',
      name: 'Series',
      parts: [{ url: 'https://example.org/posts/one/', headline: 'One', position: 1 }],
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWorkSeries',
      url: 'https://example.org/series/c/',
      name: 'Series',
      hasPart: [
        { '@type': 'BlogPosting', url: 'https://example.org/posts/one/', headline: 'One', position: 1 },
      ],
    });
  });
});
