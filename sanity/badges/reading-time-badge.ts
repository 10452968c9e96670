import type { DocumentBadgeComponent } from 'sanity';
import { countWords, formatReadingTime, readingMinutes } from '../../src/lib/reading-time.ts';

/** "1,240 words · 6 min read" for the post being edited, counted as the site counts it. */
export const readingTimeBadge: DocumentBadgeComponent = ({ draft, published }) => {
  const body = (draft ?? published)?.body;
  if (!Array.isArray(body) || body.length === 0) return null;
  const words = countWords(body);
  return {
    label: `${words.toLocaleString('en-US')} ${words === 1 ? 'word' : 'words'} · ${formatReadingTime(readingMinutes(body))}`,
    title: 'How long the body takes to read, as the site shows it',
    color: 'primary',
  };
};
