import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { LiaisonCore } from '../../src-main/core/app';
import { newId, nowIso } from '../../src-main/core/ids';
import type { CallInput, LiaisonEvent } from '../../src-shared/contract';
import { eventsByUid, fixture, importIcs, participantsOf, preview } from './fixtures/ics/helpers';
import { call, callError, openTestApp } from './helpers';
import { ExportText } from '../../src-main/core/ics/export-text';

const exportIcs = (core: LiaisonCore, scope: CallInput<'ics.export'>) => call(core, 'ics.export', scope);

/** The VEVENTs of an exported file, read back with ical.js, by UID. */
function vevents(text: string): Map<string, ICAL.Component> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return new Map(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v]));
}

const all = { filter: {} };

describe('ics export', () => {
  it('writes VTIMEZONE, ORGANIZER, ATTENDEE, CATEGORIES, STATUS and SEQUENCE, folded, with CRLF line endings', async () => {
    const core = await openTestApp();
    await importIcs(core, fixture('outlook.ics'));
    await importIcs(core, fixture('thunderbird.ics'));
    const { text, count, fileName } = await exportIcs(core, all);
    expect(count).toBe(10);
    expect(fileName).toMatch(/^liaison-events-\d{4}-\d{2}-\d{2}\.ics$/);

    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'PRODID:-//Liaison//Liaison 0.1//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual([
      'Europe/Berlin',
      'Europe/Bucharest',
      'Europe/Istanbul',
      'Europe/Ljubljana',
    ]);
    const bucharest = calendar.getAllSubcomponents('vtimezone').find((z) => z.getFirstPropertyValue('tzid') === 'Europe/Bucharest')!;
    expect(bucharest.getAllSubcomponents().map((c) => [c.name, String(c.getFirstPropertyValue('rrule'))]).sort()).toEqual([
      ['daylight', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'],
      ['standard', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'],
    ]);

    const events = vevents(text);
    const ninth = events.get('040000008200E00074C5B7101A82E00800000000D0A1C2B3C4D5E601000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90')!;
    const raw = ninth.toString();
    expect(raw).toContain('DTSTART;TZID=Europe/Bucharest:20240521T093000\r\n');
    expect(raw).toContain('DTEND;TZID=Europe/Bucharest:20240521T170000\r\n');
    expect(raw).toContain('LOCATION:SELEC HQ\\, Bucharest\\, Romania\r\n');
    expect(raw).toContain('STATUS:TENTATIVE\r\n');
    expect(raw).toContain('SEQUENCE:0\r\n');
    expect(ninth.getFirstPropertyValue('description')).toBe('Agenda:\n1. Opening by the chair\n2. Threat assessment, regional overview; national reports\n3. Conclusions');
    const organizer = ninth.getFirstProperty('organizer')!;
    expect([organizer.getParameter('cn'), organizer.getFirstValue()]).toEqual(['Romulus Ungureanu', 'mailto:r.ungureanu@selec.example.org']);
    const attendees = ninth.getAllProperties('attendee').map((a) => ({
      cn: a.getParameter('cn'),
      role: a.getParameter('role'),
      partstat: a.getParameter('partstat'),
      rsvp: a.getParameter('rsvp') ?? null,
      address: a.getFirstValue(),
    }));
    expect(attendees).toContainEqual({ cn: 'Ayşe Yılmaz', role: 'CHAIR', partstat: 'NEEDS-ACTION', rsvp: 'TRUE', address: 'mailto:ayse.yilmaz@egm.example.tr' });
    expect(attendees).toContainEqual({ cn: 'Petar Petrovic', role: 'OPT-PARTICIPANT', partstat: 'DECLINED', rsvp: null, address: 'mailto:p.petrovic@mup.example.rs' });
    // No email: a urn:uuid address naming the person, never an invented mailbox.
    expect(attendees.find((a) => a.cn === 'Secretariat of the Task Force')!.address).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);

    const workshop = [...events.values()].find((v) => v.getFirstPropertyValue('summary') === 'Workshop on electronic evidence')!;
    expect(workshop.getFirstProperty('categories')!.getValues().sort()).toEqual(['Cybercrime', 'Electronic evidence']);
    expect(workshop.toString()).toContain('STATUS:CONFIRMED\r\n');
    expect(workshop.getFirstPropertyValue('sequence')).toBe(2);

    const cancelled = events.get('6f1d3a2e-1b7c-4c3a-9d55-0a9e2b6c1f01')!;
    expect(cancelled.toString()).toContain('STATUS:CANCELLED\r\n');
    expect(cancelled.getFirstPropertyValue('summary')).toBe('Радна група за сајбер криминал — састанак');
    expect(cancelled.getFirstPropertyValue('description')).toBe('Points: a, b; c\nSecond line: “quoted” \\ backslash');

    const training = [...events.values()].find((v) => String(v.getFirstPropertyValue('summary')).startsWith('Training'))!;
    expect(training.toString()).toContain('DTSTART;VALUE=DATE:20240612\r\nDTEND;VALUE=DATE:20240615\r\n');
  });

  it('gives back the same events when exported and imported into an empty database', async () => {
    const source = await openTestApp();
    for (const name of ['outlook.ics', 'google.ics', 'thunderbird.ics']) await importIcs(source, fixture(name));
    // What the calendars above do not show: held and postponed, a city without a venue, a venue with commas, finer roles.
    const held = await call(source, 'events.create', {
      kind: 'general_assembly',
      title: 'SEPCA General Assembly',
      when: { allDay: false, start: '2024-09-17T10:00', end: '2024-09-18T13:00', timeZone: 'Europe/Sarajevo' },
      venueCity: 'Banja Luka',
      venueCountryCode: 'BA',
      status: 'held',
      tags: ['SEPCA', 'Presidency'],
      links: [{ label: 'Minutes', url: 'https://sepca.example.org/ga-2024' }],
      notes: 'Handover of the presidency, from Romania to Republic of Srpska.',
    });
    const postponed = await call(source, 'events.create', {
      kind: 'roundtable',
      title: 'Meeting on migrant smuggling',
      when: { allDay: true, start: '2025-02-03', end: '2025-02-04', timeZone: 'Europe/Skopje' },
      venueName: 'Hotel Continental, Conference hall',
      venueCity: 'Skopje',
      status: 'postponed',
    });
    const speaker = await call(source, 'people.create', { fullName: 'Ioana Popescu', emails: ['ioana.popescu@politiaromana.example.ro'] });
    const interpreter = await call(source, 'people.create', { fullName: 'Marija Jovanović' });
    const add = source.db.prepare(
      'INSERT INTO participations (id, event_id, person_id, role, invitation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    add.run(newId(), held.id, speaker.id, 'speaker', 'confirmed', nowIso(), nowIso());
    add.run(newId(), held.id, interpreter.id, 'interpreter', 'invited', nowIso(), nowIso());
    add.run(newId(), postponed.id, speaker.id, 'head_of_delegation', 'declined', nowIso(), nowIso());

    const exported = await exportIcs(source, all);
    expect(exported.count).toBe(20);
    const target = await openTestApp();
    const result = await importIcs(target, exported.text);
    expect(result).toMatchObject({ created: 20, updated: 0, skipped: 0 });

    const shape = (core: LiaisonCore, e: LiaisonEvent) => ({
      title: e.title,
      kind: e.kind,
      status: e.status,
      when: e.when,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      tags: [...e.tags].sort(),
      venue: [e.venueName, e.venueCity, e.venueCountryCode],
      notes: e.notes,
      links: e.links.slice(0, 1).map((l) => l.url),
      icalSequence: e.icalSequence,
      participants: participantsOf(core, e.id).map((p) => ({ ...p, emails: p.emails.slice(0, 1) })),
    });
    const before = await eventsByUid(source);
    const after = await eventsByUid(target);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [uid, event] of before) expect(shape(target, after.get(uid)!), uid).toEqual(shape(source, event));
    expect(shape(target, after.get(held.icalUid!)!)).toMatchObject({ status: 'held', venue: ['', 'Banja Luka', 'BA'] });

    // The same file into the database it came from: nothing to do.
    expect((await preview(source, exported.text)).counts).toEqual({ create: 0, update: 0, skip: 20 });
  });

  it('exports the SEQUENCE raised by an edit, one event under its own name, a series under its name, a filtered range', async () => {
    const core = await openTestApp();
    await importIcs(core, fixture('google.ics'));
    const events = await eventsByUid(core);
    const conference = events.get('1a2b3c4d5e6f7g8h9i0j@google.com')!;
    expect(conference.icalSequence).toBe(1);
    await call(core, 'events.update', { id: conference.id, kind: conference.kind, title: conference.title, when: conference.when, status: 'confirmed', tags: conference.tags });
    const one = await exportIcs(core, { eventIds: [conference.id] });
    expect(one).toMatchObject({ count: 1, fileName: 'danube-project-annual-conference.ics' });
    expect(vevents(one.text).get('1a2b3c4d5e6f7g8h9i0j@google.com')!.getFirstPropertyValue('sequence')).toBe(2);
    expect(one.text).toContain('STATUS:CONFIRMED\r\n');
    // All-day events carry no zone; Liaison's own property keeps theirs.
    expect(one.text).toContain('X-LIAISON-TZID:Europe/Bucharest\r\n');

    const body = await call(core, 'bodies.create', { name: 'SELEC Anti-Terrorism Task Force', acronym: 'ATTF' });
    const series = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the SELEC Anti-Terrorism Task Force' });
    for (const day of ['2024-05-21', '2024-11-12']) {
      await call(core, 'events.create', { seriesId: series.id, when: { allDay: false, start: `${day}T09:30`, end: `${day}T17:00`, timeZone: 'Europe/Bucharest' } });
    }
    const bySeries = await exportIcs(core, { seriesId: series.id });
    expect(bySeries).toMatchObject({ count: 2, fileName: 'meeting-of-the-selec-anti-terrorism-task-force.ics' });
    expect([...vevents(bySeries.text).values()].map((v) => v.getFirstPropertyValue('summary'))).toEqual([
      '1st meeting of the SELEC Anti-Terrorism Task Force',
      '2nd meeting of the SELEC Anti-Terrorism Task Force',
    ]);

    const ranged = await exportIcs(core, { filter: { kinds: ['call'] }, from: '2024-04-01T00:00:00.000Z', to: '2024-05-01T00:00:00.000Z' });
    expect(ranged.count).toBe(4);

    expect((await callError(core, 'ics.export', { seriesId: newId() })).code).toBe('not_found');
    expect((await callError(core, 'ics.export', { eventIds: [newId()] })).code).toBe('not_found');
  });

  it('gathers the text it is given unchanged, in any script, a lone surrogate (which UTF-8 would not keep) included', () => {
    const pieces = ['BEGIN:VCALENDAR\r\n', 'SUMMARY:Συνάντηση εργασίας — Радна група 🚓\r\n', 'x'.repeat(5_000), 'URL:https://example.org/\uD800a\r\n', 'END:VCALENDAR\r\n'];
    for (const upTo of [2, pieces.length]) {
      const text = new ExportText(16);
      for (const piece of pieces.slice(0, upTo)) text.push(piece);
      expect(text.text()).toBe(pieces.slice(0, upTo).join(''));
    }
  });

  it('writes each event the same whether most of the calendar is exported (whole tables read) or only that event', async () => {
    const core = await openTestApp();
    for (const name of ['outlook.ics', 'google.ics', 'thunderbird.ics']) await importIcs(core, fixture(name));
    const veventsOf = (text: string) => text.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:').match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g) ?? [];
    const exported = await exportIcs(core, all);
    const whole = veventsOf(exported.text);
    expect(whole.length).toBe(exported.count);
    const ids = [...(await eventsByUid(core)).values()].map((e) => e.id);
    const one = await Promise.all(ids.map(async (id) => veventsOf((await exportIcs(core, { eventIds: [id] })).text)[0]!));
    expect(one.sort()).toEqual([...whole].sort());
    expect(whole.some((v) => v.includes('\r\nATTENDEE;')) && whole.some((v) => v.includes('\r\nCATEGORIES:'))).toBe(true);
  });
});
