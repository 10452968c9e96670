import type { DocumentBadgeComponent } from 'sanity';
import { ContentIssues } from '../../src/lib/content/content-issues.ts';
import { normalizeBlockContent } from '../../src/lib/content/normalize-blocks.ts';
import { countWords, formatReadingTime, readingMinutes } from '../../src/lib/portable-text/reading-time.ts';

/** "1,240 words · 6 min read" for the post being edited, counted as the site counts it. */
export const readingTimeBadge: DocumentBadgeComponent = ({ id, draft, published }) => {
  const raw = (draft ?? published)?.body;
  if (!Array.isArray(raw) || raw.length === 0) return null;
  // The site counts the checked blocks; what the check would warn about is for the build to say.
  const body = normalizeBlockContent(raw, id, 'body', new ContentIssues());
  const words = countWords(body);
  return {
    label: `${words.toLocaleString('en-US')} ${words === 1 ? 'word' : 'words'} · ${formatReadingTime(readingMinutes(body))}`,
    title: 'How long the body takes to read, as the site shows it',
    color: 'primary',
  };
};
