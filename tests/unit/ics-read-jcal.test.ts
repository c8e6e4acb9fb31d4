import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { decodeIcs } from '../../src-main/core/ics/bytes';
import { parseIcs } from '../../src-main/core/ics/parse';
import { readProperty } from '../../src-main/core/ics/read-jcal';
import { generateIcs } from '../bench/ics';

// The line reader must give what ical.js gives, line for line, and the file reader what ICAL.parse gives.

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/interop/ics');
const FIXTURES = join(ROOT, 'tests/unit/fixtures/ics');
const files = [
  ...(existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.ics')).map((f) => join(CORPUS, f)) : []),
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.ics')).map((f) => join(FIXTURES, f)),
];

/** What ical.js makes of a line: its jCal (as JSON, so the order of parameters counts too) or its error. */
const icalOf = (line: string) => {
  try {
    return JSON.stringify(ICAL.parse.property(line));
  } catch (e) {
    return `error: ${e instanceof Error ? e.message : String(e)}`;
  }
};
const oursOf = (line: string) => {
  try {
    return JSON.stringify(readProperty(line));
  } catch (e) {
    return `error: ${e instanceof Error ? e.message : String(e)}`;
  }
};

const TRICKY = [
  'SUMMARY:plain',
  'SUMMARY:',
  'SUMMARY;LANGUAGE=en:with\\, escapes\\; and\\nlines',
  'DTSTART;TZID=Europe/Bucharest:20240521T093000',
  'DTSTART;TZID="W. Europe Standard Time":20240521T093000',
  'DTSTART;TZID="a:b":20240521T093000',
  'DTSTART;VALUE=DATE:20240521',
  'DTSTART;value=date;TZID=X:20240521',
  'DTSTART;VALUE=DATE;VALUE=DATE-TIME:20240521T000000',
  'DTSTART:20240521',
  'ATTENDEE;CN="Doe, John";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:john@example.org',
  'ATTENDEE;CN=John^\'s;RSVP=TRUE:mailto:john@example.org',
  'ATTENDEE;CN="a"junk;ROLE=CHAIR:mailto:a@b.c',
  'ATTENDEE;MEMBER="mailto:a@b.c","mailto:d@e.f":mailto:x@y.z',
  'ATTENDEE;DELEGATED-TO="mailto:a@b.c":mailto:x@y.z',
  'ATTENDEE;CN=a\\,b:mailto:x@y.z',
  'ATTENDEE;CN=:mailto:x@y.z',
  'ATTENDEE;=x:mailto:x@y.z',
  'ATTENDEE;CN:mailto:x@y.z',
  'ATTENDEE;CN=x',
  'ATTENDEE;CN="x:mailto:x@y.z',
  'ATTENDEE;CN=a;B:c=d',
  'X-FOO;X-P=1;X-Q="2":v;w:x',
  'CATEGORIES:a,b\\,c,d',
  'CATEGORIES;LANGUAGE=en:one',
  'RRULE:FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20241231T000000Z',
  'EXDATE;TZID=Europe/Berlin:20240521T093000,20240528T093000',
  'RDATE;VALUE=PERIOD:20240521T093000Z/PT1H',
  'GEO:1.5;2.5',
  'REQUEST-STATUS:2.0;Success',
  'DURATION:PT1H30M',
  'TZOFFSETFROM:+0200',
  'ATTACH;ENCODING=BASE64;VALUE=BINARY:aGVsbG8=',
  'SEQUENCE:3',
  'X-WR-CALNAME:Cal',
  'constructor:x',
  'X-A;constructor=1:y',
  'URL:https://example.org/a;b:c',
  'ORGANIZER;CN=Secretariat:mailto:secretariat@selec.example.org',
];

describe('the jCal line reader', () => {
  it('reads tricky lines as ical.js does', () => {
    for (const line of TRICKY) expect(oursOf(line), line).toBe(icalOf(line));
  });

  it('reads every line of the corpus, the fixtures and the bench file as ical.js does', () => {
    const texts = [...files.map((f) => readFileSync(f)), Buffer.from(generateIcs(300, 7))];
    let compared = 0;
    for (const bytes of texts) {
      let lines;
      try {
        lines = decodeIcs(bytes).lines;
      } catch {
        continue;
      }
      for (const { text } of lines) {
        if (/^(BEGIN|END):/i.test(text)) continue;
        expect(oursOf(text), text).toBe(icalOf(text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('reads whole files into the jCal ICAL.parse makes', () => {
    const texts = [...files.map((f) => readFileSync(f)), Buffer.from(generateIcs(300, 7))];
    let read = 0;
    for (const bytes of texts) {
      let file;
      try {
        file = parseIcs(bytes);
      } catch {
        continue;
      }
      // The lines as the file reader sees them (no repairs in these files change a line ical.js reads alone).
      const joined = decodeIcs(bytes).lines.map((l) => l.text).join('\r\n');
      let expected: unknown;
      try {
        expected = ICAL.parse(joined);
      } catch {
        continue;
      }
      const roots = Array.isArray(expected) && Array.isArray(expected[0]) ? expected : [expected];
      if (file.warnings.some((w) => /read as|further line|quote|spaces/.test(w.message))) continue;
      expect(JSON.stringify(file.calendars.map((c) => c.calendar.jCal))).toBe(JSON.stringify(roots));
      read++;
    }
    expect(read).toBeGreaterThan(30);
  });
});
