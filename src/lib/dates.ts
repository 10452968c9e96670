/*
 * Dates as readers see them: in the practice's time zone (site settings), so a post published
 * at 8 pm in Denver is dated that day, not the next. Calendar dates without a time (a planned
 * part's "expected") are not instants and are shown as written.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The zone used when the site settings name none: the same text on any build machine. */
export const DEFAULT_TIME_ZONE = 'UTC';

const formatters = new Map<string, Intl.DateTimeFormat>();

// One formatter per style and zone: building one is far slower than formatting with it (and
// toLocaleDateString builds one on every call). en-US "long" reads "April 14, 2026"; en-CA's
// default is YYYY-MM-DD, which sorts as text.
function formatter(locale: 'en-US' | 'en-CA', timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    const style = locale === 'en-US' ? ({ dateStyle: 'long' } as const) : {};
    found = new Intl.DateTimeFormat(locale, { ...style, timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** Whether `name` is an IANA time zone this runtime knows ("America/Denver", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    formatter('en-US', name);
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns an ISO date ("2027-01-15") or date-time into `<time datetime="…">text</time>` parts:
 * text "April 14, 2026", the day in `timeZone` (a date-time) or as written (a date); `undefined`
 * for missing or unparseable input (a hand-edited export can hold anything), so callers show nothing.
 */
export function toDisplayDate(value: string | undefined, timeZone: string = DEFAULT_TIME_ZONE) {
  if (!value) return undefined;
  const dateOnly = DATE_ONLY.test(value);
  const parsed = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) return undefined;
  return {
    datetime: dateOnly ? value : parsed.toISOString(),
    text: formatter('en-US', dateOnly ? 'UTC' : timeZone).format(parsed),
  };
}

/**
 * Whether an update is worth showing beside the publication date: true only when `updated`
 * falls on a later calendar day in `timeZone` than `published`; a same-day fix is not news.
 */
export function isLaterDay(
  published: string,
  updated: string | undefined,
  timeZone: string = DEFAULT_TIME_ZONE,
): boolean {
  const day = (value: string | undefined) => {
    const time = value ? Date.parse(value) : Number.NaN;
    return Number.isNaN(time) ? undefined : formatter('en-CA', timeZone).format(time);
  };
  // Most posts were never updated: then there is no second day to compare, and no work to do.
  const to = day(updated);
  const from = to === undefined ? undefined : day(published);
  return from !== undefined && to !== undefined && to > from;
}
