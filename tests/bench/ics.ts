import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { openBenchApp } from './vault';
import { generateDirectory, prng } from './generate';

/**
 * iCalendar benchmark: preview and import of a 5,000-event file with ~15,000 attendees (Outlook,
 * Google and Thunderbird conventions mixed) into a fresh store, as the renderer does it (preview,
 * then import of the same bytes), the same file again, and an export of 15,000 events. Every
 * import call includes the backup made before it; that backup is also timed on its own.
 * `directoryPeople` fills the directory first, to time matching attendees against a large one.
 */

export interface IcsBenchOptions {
  importEvents: number;
  exportEvents: number;
  /** People already in the directory before the import (0: a fresh store). */
  directoryPeople: number;
  seed: number;
}

export interface IcsBenchResult {
  options: IcsBenchOptions;
  fileBytes: number;
  previewMs: number;
  /** The import that follows the preview (the file is read once, by the preview). */
  importMs: number;
  /** The same file again, every event unchanged, as the renderer sends it after a preview. */
  reimportMs: number;
  /** The same again with the file read afresh (as a later session would), preview and import. */
  reimportFreshMs: number;
  /** One backup of the store as it is before the re-import: part of every import call. */
  backupMs: number;
  exportMs: number;
  exportBytes: number;
  counts: { imported: number; attendees: number; peopleCreated: number; exported: number };
  targets: typeof ICS_TARGETS_MS;
}

/** Issue 12's targets. */
export const ICS_TARGETS_MS = { preview: 500, import: 500, reimport: 300, export: 500 };

const ZONES: ReadonlyArray<{ tzid: string; definition: string | null }> = [
  { tzid: 'Europe/Bucharest', definition: 'Europe/Bucharest' },
  { tzid: 'Europe/Ljubljana', definition: 'Europe/Ljubljana' },
  { tzid: 'GTB Standard Time', definition: 'Europe/Bucharest' },
  { tzid: 'W. Europe Standard Time', definition: 'Europe/Berlin' },
  { tzid: 'Turkey Standard Time', definition: 'Europe/Istanbul' },
  { tzid: 'America/New_York', definition: 'America/New_York' },
  { tzid: 'UTC', definition: null },
];

const TITLES = ['Meeting of the Anti-Terrorism Task Force', 'Workshop on electronic evidence', 'Bilateral meeting', 'Regional conference', 'Training on surveillance', 'SPOC call', 'Συνάντηση εργασίας', 'Радна група'];
const CITIES = ['SELEC HQ, Bucharest, Romania', 'Hotel Regina, Vienna, Austria', 'Ljubljana', 'Ankara, Türkiye', ''];

/** A calendar file of `count` events, written with ical.js so escaping and folding are those of a real file. */
export function generateIcs(count: number, seed: number, people = 3_000): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', '-//Liaison//Bench//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('x-wr-timezone', 'Europe/Bucharest');
  // Outlook-style definitions for the Windows names; IANA names rely on the zone database.
  for (const { tzid } of ZONES.filter((z) => z.tzid.includes('Standard Time'))) {
    const tz = new ICAL.Component('vtimezone');
    tz.addPropertyWithValue('tzid', tzid);
    const std = new ICAL.Component('standard');
    std.addPropertyWithValue('dtstart', ICAL.Time.fromDateTimeString('1601-01-01T00:00:00'));
    std.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(7200));
    std.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(7200));
    tz.addSubcomponent(std);
    calendar.addSubcomponent(tz);
  }
  for (let i = 0; i < count; i++) {
    const v = new ICAL.Component('vevent');
    v.addPropertyWithValue('uid', `bench-${seed}-${i}@example.org`);
    v.addPropertyWithValue('dtstamp', ICAL.Time.fromDateTimeString('2024-01-01T00:00:00Z'));
    v.addPropertyWithValue('summary', `${pick(TITLES)} #${i}`);
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000);
    const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    if (random() < 0.1) {
      v.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(date));
      const end = new Date(day.getTime() + (1 + Math.floor(random() * 3)) * 86_400_000);
      v.addPropertyWithValue('dtend', ICAL.Time.fromDateString(`${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`));
    } else {
      const zone = pick(ZONES);
      const hour = 8 + Math.floor(random() * 9);
      const utc = zone.tzid === 'UTC' ? 'Z' : '';
      for (const [name, h] of [['dtstart', hour], ['dtend', hour + 1 + Math.floor(random() * 3)]] as const) {
        const prop = new ICAL.Property(name);
        if (!utc) prop.setParameter('tzid', zone.tzid);
        prop.setValue(ICAL.Time.fromDateTimeString(`${date}T${pad(h)}:30:00${utc}`));
        v.addProperty(prop);
      }
    }
    const location = pick(CITIES);
    if (location) v.addPropertyWithValue('location', location);
    v.addPropertyWithValue('status', pick(['CONFIRMED', 'TENTATIVE', 'CONFIRMED', 'CANCELLED']));
    if (random() < 0.5) {
      const categories = new ICAL.Property('categories');
      categories.setValues([pick(['Drugs', 'Cybercrime', 'Terrorism']), pick(['Workshop', 'Danube project', 'SELEC'])]);
      v.addProperty(categories);
    }
    // Two events in three have two to seven attendees: ~15,000 ATTENDEE lines in 5,000 events.
    if (random() < 0.67) {
      const organiser = new ICAL.Property('organizer');
      organiser.setParameter('cn', 'Secretariat');
      organiser.setValue('mailto:secretariat@selec.example.org');
      v.addProperty(organiser);
      const n = 2 + Math.floor(random() * 6);
      for (let k = 0; k < n; k++) {
        const p = Math.floor(random() * people);
        const attendee = new ICAL.Property('attendee');
        attendee.setParameter('cn', `Delegate ${p}, Officer`);
        attendee.setParameter('role', pick(['REQ-PARTICIPANT', 'OPT-PARTICIPANT', 'CHAIR']));
        attendee.setParameter('partstat', pick(['ACCEPTED', 'DECLINED', 'NEEDS-ACTION']));
        attendee.setValue(`mailto:delegate.${p}@police.example.org`);
        v.addProperty(attendee);
      }
    }
    calendar.addSubcomponent(v);
  }
  return `${calendar.toString()}\r\n`;
}

const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await run();
  return [result, Math.round(performance.now() - start)];
};

export async function runIcsBench(options: Partial<IcsBenchOptions> = {}, log: (line: string) => void = console.log): Promise<IcsBenchResult> {
  const o: IcsBenchOptions = { importEvents: 5_000, exportEvents: 15_000, directoryPeople: 0, seed: 20_241_015, ...options };
  const dir = mkdtempSync(join(tmpdir(), 'liaison-ics-bench-'));
  const core = await openBenchApp(dir);
  if (o.directoryPeople) {
    generateDirectory(core.db, { people: o.directoryPeople, organisations: Math.ceil(o.directoryPeople / 30), events: 0, participantsPerEvent: 0, seed: o.seed });
  }
  const ok = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as T;
  };
  try {
    const text = generateIcs(o.importEvents, o.seed);
    // The file's bytes in base64, as the renderer sends them.
    const file = { base64: Buffer.from(text).toString('base64'), fileName: 'bench.ics' };
    const [preview, previewMs] = await time(() => ok<{ counts: { create: number } }>('ics.preview', file));
    const [imported, importMs] = await time(() => ok<{ created: number; peopleCreated: number }>('ics.import', file));
    const [, backupMs] = await time(() => ok('backups.create', {}));
    const [, reimportMs] = await time(() => ok('ics.import', file));
    // A zone answer for a TZID the file does not use: the same events, but not the bytes last read.
    const fresh = { ...file, zoneFor: { 'Bench/Unused': 'UTC' } };
    const [, reimportFreshMs] = await time(async () => {
      await ok('ics.preview', fresh);
      return ok('ics.import', fresh);
    });
    if (preview.counts.create !== imported.created) throw new Error('The preview and the import disagree');
    log(`ics: preview ${o.importEvents} events ${previewMs} ms, import ${importMs} ms, re-import ${reimportMs} ms (read afresh ${reimportFreshMs} ms; backup ${backupMs} ms)`);

    // Fill the store up to the export size with more files (not timed).
    for (let have = imported.created, k = 1; have < o.exportEvents; k++) {
      const more = Math.min(o.exportEvents - have, 5_000);
      have += (await ok<{ created: number }>('ics.import', { base64: Buffer.from(generateIcs(more, o.seed + k)).toString('base64') })).created;
    }
    const [exported, exportMs] = await time(() => ok<{ text: string; count: number }>('ics.export', { filter: {} }));
    log(`ics: export ${exported.count} events ${exportMs} ms (${Math.round(exported.text.length / 1024)} KB)`);
    return {
      options: o,
      fileBytes: Buffer.byteLength(text),
      previewMs,
      importMs,
      reimportMs,
      reimportFreshMs,
      backupMs,
      exportMs,
      exportBytes: Buffer.byteLength(exported.text),
      counts: { imported: imported.created, attendees: (text.match(/^ATTENDEE/gm) ?? []).length, peopleCreated: imported.peopleCreated, exported: exported.count },
      targets: ICS_TARGETS_MS,
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
