/*
 * Dates as readers see them. Everything is shown in UTC so a build gives the same text on
 * any machine, whatever its time zone.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** A date ready for `<time datetime="…">text</time>`. */
export interface DisplayDate {
  /** A valid HTML date or global date-time string. */
  datetime: string;
  /** "April 14, 2026" */
  text: string;
}

/**
 * Turns an ISO date ("2027-01-15") or date-time into a `<time>`-ready date; `undefined` for
 * missing or unparseable input (a hand-edited export can hold anything), so callers show nothing.
 */
export function toDisplayDate(value: string | undefined): DisplayDate | undefined {
  if (!value) return undefined;
  const parsed = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) return undefined;
  return {
    datetime: DATE_ONLY.test(value) ? value : parsed.toISOString(),
    text: LONG_DATE.format(parsed),
  };
}

/**
 * Whether an update is worth showing beside the publication date: true only when `updated`
 * falls on a later calendar day (UTC) than `published`; a same-day fix is not news.
 */
export function isLaterDay(published: string, updated: string | undefined): boolean {
  const from = toDisplayDate(published);
  const to = toDisplayDate(updated);
  if (!from || !to) return false;
  return to.datetime.slice(0, 10) > from.datetime.slice(0, 10);
}
