import { DEFAULT_TIME_ZONE, toDisplayDate } from '../../src/lib/dates.ts';

/*
 * A post's publication date as the Studio states it, and when publishing stamps it. Dates are
 * shown in the site's time zone and format (src/lib/dates.ts), so the Studio and the site agree.
 */

/** How long after a draft's creation a `publishedAt` still counts as the Studio's own default. */
const UNTOUCHED_WINDOW_MS = 5 * 60 * 1000;

/** What a post's date means right now. */
export interface PublicationState {
  kind: 'undated' | 'scheduled' | 'published';
  /** "October 18, 2026", "Scheduled — goes live October 18, 2026", or what an undated post gets. */
  text: string;
}

/**
 * Describes `publishedAt` at `now` in `timeZone`: undated posts are dated when published, a
 * future date is a schedule (the site shows the post at the first build after it), else a date.
 */
export function describePublication(
  publishedAt: string | undefined,
  timeZone: string = DEFAULT_TIME_ZONE,
  now: number = Date.now(),
): PublicationState {
  const display = toDisplayDate(publishedAt, timeZone);
  if (!publishedAt || !display) return { kind: 'undated', text: 'Not dated yet: dated when you publish' };
  if (Date.parse(publishedAt) > now)
    return { kind: 'scheduled', text: `Scheduled — goes live ${display.text}` };
  return { kind: 'published', text: display.text };
}

/** The parts of a post's draft and published versions that decide its publication date. */
export interface DatedVersions {
  draft: { publishedAt?: unknown; _createdAt?: unknown } | null;
  published: { publishedAt?: unknown } | null;
}

/**
 * Whether publishing now should set `publishedAt` to the moment of publishing: true when the
 * post was never published and the editor left the date empty or at the value it was given when
 * the draft was created (within minutes of `_createdAt`). A date the editor chose (back-dated or
 * in the future) and the date of a post already published are kept.
 */
export function shouldStampPublishDate({ draft, published }: DatedVersions): boolean {
  if (!draft || published?.publishedAt) return false;
  if (typeof draft.publishedAt !== 'string' || !draft.publishedAt) return true;
  const chosen = Date.parse(draft.publishedAt);
  const created = typeof draft._createdAt === 'string' ? Date.parse(draft._createdAt) : Number.NaN;
  return Number.isNaN(chosen) || Math.abs(chosen - created) <= UNTOUCHED_WINDOW_MS;
}
