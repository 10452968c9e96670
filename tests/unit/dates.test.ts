import { describe, expect, it } from 'vitest';
import { isLaterDay, isTimeZone, toDisplayDate } from '../../src/lib/dates.ts';

describe('toDisplayDate', () => {
  it.each([
    ['2026-04-14T14:00:00Z', '2026-04-14T14:00:00.000Z', 'April 14, 2026'],
    ['2027-01-15', '2027-01-15', 'January 15, 2027'],
    // Shown in UTC, so the text does not depend on the build machine's time zone.
    ['2026-02-17T23:30:00-05:00', '2026-02-18T04:30:00.000Z', 'February 18, 2026'],
    ['2026-12-31T23:59:59.999Z', '2026-12-31T23:59:59.999Z', 'December 31, 2026'],
  ])('%s → <time datetime="%s">%s</time>', (value, datetime, text) => {
    expect(toDisplayDate(value)).toEqual({ datetime, text });
  });

  it.each([undefined, '', 'soon', '2027-13-45', 'next spring'])('gives nothing for %j', (value) => {
    expect(toDisplayDate(value)).toBeUndefined();
  });

  it.each([
    // 8 pm in Denver is already the next day in UTC: readers there see the day it was written.
    ['2026-10-19T02:00:00Z', 'America/Denver', 'October 18, 2026'],
    ['2026-10-19T02:00:00Z', 'Europe/Berlin', 'October 19, 2026'],
    ['2026-10-18T23:30:00Z', 'Asia/Tokyo', 'October 19, 2026'],
    // A calendar date has no time to shift: it reads as written in every zone.
    ['2027-01-15', 'Pacific/Honolulu', 'January 15, 2027'],
  ])('%s in %s reads %s, keeping the exact instant in datetime', (value, zone, text) => {
    expect(toDisplayDate(value, zone)?.text).toBe(text);
    expect(toDisplayDate(value, zone)?.datetime).toBe(toDisplayDate(value)?.datetime);
  });
});

describe('isTimeZone', () => {
  it.each([
    ['America/Denver', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%j → %s', (name, expected) => expect(isTimeZone(name)).toBe(expected));
});

describe('isLaterDay', () => {
  it.each([
    ['2026-04-14T09:00:00Z', '2026-04-20T16:25:00Z', true],
    ['2026-04-14T09:00:00Z', '2026-04-14T18:00:00Z', false],
    ['2026-04-14T09:00:00Z', '2026-04-01T00:00:00Z', false],
    ['2026-04-14T09:00:00Z', undefined, false],
    ['2026-04-14T09:00:00Z', 'garbage', false],
  ])('published %s, updated %s → %s', (published, updated, expected) => {
    expect(isLaterDay(published, updated)).toBe(expected);
  });

  it('compares calendar days in the site time zone', () => {
    // 10 am and 11 pm UTC on one day are two days in Tokyo.
    expect(isLaterDay('2026-04-14T10:00:00Z', '2026-04-14T23:00:00Z', 'Asia/Tokyo')).toBe(true);
    expect(isLaterDay('2026-04-14T10:00:00Z', '2026-04-14T23:00:00Z', 'UTC')).toBe(false);
  });
});
