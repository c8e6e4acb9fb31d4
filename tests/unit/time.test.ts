import { describe, expect, it } from 'vitest';
import { englishOrdinal } from '../../src-main/core/ordinal';
import { allDayToUtc, localToUtc, utcToAllDay, utcToLocal } from '../../src-main/core/time';

describe('time zones', () => {
  it('turns wall-clock times into instants on both sides of a DST change', () => {
    // Romania moves to summer time on the last Sunday of March (2024-03-31).
    expect(localToUtc('2024-03-28T09:30', 'Europe/Bucharest')).toBe('2024-03-28T07:30:00.000Z');
    expect(localToUtc('2024-04-04T09:30', 'Europe/Bucharest')).toBe('2024-04-04T06:30:00.000Z');
    // ...and back on the last Sunday of October.
    expect(localToUtc('2024-10-31T09:30', 'Europe/Bucharest')).toBe('2024-10-31T07:30:00.000Z');
    expect(utcToLocal('2024-05-21T06:30:00.000Z', 'Europe/Bucharest')).toBe('2024-05-21T09:30');
    expect(utcToLocal('2024-05-21T06:30:00.000Z', 'Europe/Istanbul')).toBe('2024-05-21T09:30');
    expect(utcToLocal('2024-05-21T06:30:00.000Z', 'America/New_York')).toBe('2024-05-21T02:30');
  });

  it('moves a time skipped by the spring change forward, as calendars do', () => {
    expect(localToUtc('2024-03-31T03:30', 'Europe/Bucharest')).toBe('2024-03-31T01:30:00.000Z');
    expect(utcToLocal('2024-03-31T01:30:00.000Z', 'Europe/Bucharest')).toBe('2024-03-31T04:30');
  });

  it('stores all-day events from midnight to the midnight after the last day, and reads them back inclusive', () => {
    const span = allDayToUtc('2022-12-12', '2022-12-14', 'Europe/Bucharest');
    expect(span).toEqual({ startsAt: '2022-12-11T22:00:00.000Z', endsAt: '2022-12-14T22:00:00.000Z' });
    expect(utcToAllDay(span.startsAt, span.endsAt, 'Europe/Bucharest')).toEqual({ start: '2022-12-12', end: '2022-12-14' });
    // A day that is 23 hours long still counts as one day.
    const short = allDayToUtc('2024-03-31', '2024-03-31', 'Europe/Bucharest');
    expect(Date.parse(short.endsAt) - Date.parse(short.startsAt)).toBe(23 * 3600_000);
    expect(utcToAllDay(short.startsAt, short.endsAt, 'Europe/Bucharest')).toEqual({ start: '2024-03-31', end: '2024-03-31' });
  });
});

describe('English ordinals', () => {
  it('numbers meetings as people write them', () => {
    expect([1, 2, 3, 4, 9, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(englishOrdinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '9th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th',
    ]);
  });
});
