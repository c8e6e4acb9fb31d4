import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { vtimezoneFor } from '../../src-main/core/ics/vtimezone';
import { ianaForTzid, ianaZone } from '../../src-main/core/ics/zones';
import { localToUtc, utcToLocal } from '../../src-main/core/time';

const ZONES = [
  'Europe/Bucharest',
  'Europe/Ljubljana',
  'Europe/Istanbul',
  'Europe/Dublin',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'UTC',
];

/** A repeatable spread of instants over the years given. */
function instants(fromYear: number, toYear: number, count: number): number[] {
  const from = Date.UTC(fromYear, 0, 1);
  const span = Date.UTC(toYear + 1, 0, 1) - from;
  const minute = 60_000;
  return Array.from({ length: count }, (_, i) => from + Math.floor((((i * 7919) % count) * (span / count)) / minute) * minute + (i % 60) * minute);
}

describe('ics time zones', () => {
  it('maps the TZIDs Outlook and Thunderbird write to IANA zones', () => {
    expect(ianaForTzid('GTB Standard Time')).toBe('Europe/Bucharest');
    expect(ianaForTzid('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(ianaForTzid('Turkey Standard Time')).toBe('Europe/Istanbul');
    expect(ianaForTzid('"Central European Standard Time"')).toBe('Europe/Warsaw');
    expect(ianaForTzid('/mozilla.org/20050126_1/Europe/Ljubljana')).toBe('Europe/Ljubljana');
    expect(ianaForTzid('Europe/Belgrade')).toBe('Europe/Belgrade');
    expect(ianaForTzid('UTC')).toBe('UTC');
    expect(ianaForTzid('Etc/GMT')).toBe('UTC');
    expect(ianaForTzid('Customized Time Zone')).toBeNull();
  });

  it('converts like time.ts (Temporal), through skipped and repeated hours', () => {
    for (const zone of ZONES) {
      const z = ianaZone(zone);
      for (const ms of instants(1990, 2040, 400)) {
        const iso = new Date(ms).toISOString();
        const w = z.toWall(ms);
        const local = `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}T${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
        expect(local, `${zone} ${iso}`).toBe(utcToLocal(iso, zone));
        expect(new Date(z.toEpoch(w)).toISOString(), `${zone} ${local}`).toBe(localToUtc(local, zone));
      }
    }
    // 02:30 does not exist in Bucharest on 31 March 2024 (moves on to 04:30 EEST); 03:30 on 27 October happens twice (the first counts).
    const bucharest = ianaZone('Europe/Bucharest');
    expect(new Date(bucharest.toEpoch({ year: 2024, month: 3, day: 31, hour: 3, minute: 30, second: 0 })).toISOString()).toBe(localToUtc('2024-03-31T03:30', 'Europe/Bucharest'));
    expect(new Date(bucharest.toEpoch({ year: 2024, month: 10, day: 27, hour: 3, minute: 30, second: 0 })).toISOString()).toBe('2024-10-27T00:30:00.000Z');
  });

  it('writes VTIMEZONEs that ical.js reads back to the same offsets as the tz database', () => {
    for (const zone of ZONES.filter((z) => z !== 'UTC')) {
      const component = vtimezoneFor(zone, 2014, 2027);
      const tz = new ICAL.Timezone({ component, tzid: zone });
      // The exporter starts a zone a year before its first event: times before the first observance are undefined.
      for (const ms of instants(2015, 2027, 300)) {
        const t = new ICAL.Time({ year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false }, ICAL.Timezone.utcTimezone);
        t.fromUnixTime(ms / 1000);
        const expected = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1e9;
        expect(tz.utcOffset(t.convertToZone(tz)), `${zone} ${new Date(ms).toISOString()}`).toBe(expected);
      }
    }
    // Türkiye left daylight time in 2016: the rule ends there, a fixed +03:00 follows.
    const istanbul = vtimezoneFor('Europe/Istanbul', 2014, 2018).getAllSubcomponents();
    expect(istanbul.at(-1)!.toString()).toContain('TZOFFSETTO:+0300');
    expect(istanbul.at(-1)!.hasProperty('rrule')).toBe(false);
    expect(istanbul.filter((c) => c.name === 'daylight' && c.hasProperty('rrule')).every((c) => String(c.getFirstPropertyValue('rrule')).includes('UNTIL='))).toBe(true);
  });
});
