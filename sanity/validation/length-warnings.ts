import type { StringRule } from 'sanity';
import { EXCERPT_MAX, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from '../../src/lib/shared-settings.ts';

/** Warning (not an error) for an SEO title that search results will truncate. */
export function seoTitleLength(rule: StringRule): StringRule {
  return rule
    .max(SEO_TITLE_MAX)
    .warning(`Over ${SEO_TITLE_MAX} characters: search results will cut this title off mid-sentence.`);
}

/** Warning for a meta description that search results will truncate. */
export function seoDescriptionLength(rule: StringRule): StringRule {
  return rule
    .max(SEO_DESCRIPTION_MAX)
    .warning(
      `Over ${SEO_DESCRIPTION_MAX} characters: search results will show only the first part of this description.`,
    );
}

/** Warning for an excerpt too long for post cards, feeds and the default meta description. */
export function excerptLength(rule: StringRule): StringRule {
  return rule
    .max(EXCERPT_MAX)
    .warning(
      `Over ${EXCERPT_MAX} characters: post cards and feed readers will truncate it, and search results ` +
        'show only its start when there is no SEO description.',
    );
}
