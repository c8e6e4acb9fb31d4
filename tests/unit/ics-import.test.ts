import { describe, expect, it } from 'vitest';
import { eventsByUid, fixture, importIcs, lineOf, participantsOf, preview, tableCounts, veventLine } from './fixtures/ics/helpers';
import { call, callError, openTestApp, snapshot } from './helpers';

const OUTLOOK_9TH = '040000008200E00074C5B7101A82E00800000000D0A1C2B3C4D5E601000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90';
const SPOC = '5m2k8q1v0n7r3t6y9u4i@google.com';
const GREEK = 'b7e4c1d2-8a9f-4e3b-b6c5-d4e3f2a1b0c9';

const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');

describe('ics import: reading what Outlook, Google and Thunderbird write', () => {
  it('reads Outlook: Windows zone names, a custom VTIMEZONE, folded lines, quoted CN with a comma', async () => {
    const core = await openTestApp();
    const text = fixture('outlook.ics');
    const result = await preview(core, text);
    expect(result.counts).toEqual({ create: 5, update: 0, skip: 0 });
    const byTitle = new Map(result.rows.map((r) => [r.title, r]));

    expect(byTitle.get('9th Meeting of the SELEC Anti-Terrorism Task Force')).toMatchObject({
      uid: OUTLOOK_9TH,
      startsAt: '2024-05-21T06:30:00.000Z',
      endsAt: '2024-05-21T14:00:00.000Z',
      timeZone: 'Europe/Bucharest',
      allDay: false,
      status: 'planned',
      action: 'create',
      attendees: 5,
      line: veventLine(text, '9th Meeting'),
    });
    expect(byTitle.get('Workshop on electronic evidence')).toMatchObject({ startsAt: '2024-10-15T07:00:00.000Z', timeZone: 'Europe/Berlin', status: 'confirmed' });
    expect(byTitle.get('Bilateral meeting TNP – Romanian Police')).toMatchObject({ startsAt: '2024-03-28T07:00:00.000Z', timeZone: 'Europe/Istanbul' });
    // "Customized Time Zone" is no zone name: its own rules give the instant, a zone with the same offsets shows it.
    expect(byTitle.get('Videoconference of the operational partners')).toMatchObject({ startsAt: '2024-11-05T12:00:00.000Z', timeZone: 'Europe/Bucharest' });
    expect(result.warnings).toEqual([
      { line: lineOf(text, 'DTSTART;TZID="Customized Time Zone"'), message: expect.stringContaining('“Customized Time Zone” is not a known zone name') },
    ]);
    expect(byTitle.get('Training course on cross-border surveillance')).toMatchObject({
      allDay: true,
      startsAt: '2024-06-12T00:00:00.000Z',
      endsAt: '2024-06-15T00:00:00.000Z',
      timeZone: 'UTC',
    });
    expect(result.newPeople).toBe(6);

    await importIcs(core, text);
    const events = await eventsByUid(core);
    const ninth = events.get(OUTLOOK_9TH)!;
    expect(ninth).toMatchObject({
      title: '9th Meeting of the SELEC Anti-Terrorism Task Force',
      kind: 'task_force_meeting',
      when: { allDay: false, start: '2024-05-21T09:30', end: '2024-05-21T17:00', timeZone: 'Europe/Bucharest' },
      venueName: 'SELEC HQ',
      venueCity: 'Bucharest',
      venueCountryCode: 'RO',
      notes: 'Agenda:\n1. Opening by the chair\n2. Threat assessment, regional overview; national reports\n3. Conclusions',
      icalSequence: 0,
      participantCount: 5,
    });
    expect(events.get('040000008200E00074C5B7101A82E00800000000DDEEFF001122334400000000000000001000000055')!.when).toEqual({
      allDay: true,
      start: '2024-06-12',
      end: '2024-06-14',
      timeZone: 'UTC',
    });
    const workshop = [...events.values()].find((e) => e.title.startsWith('Workshop'))!;
    expect(workshop).toMatchObject({ kind: 'workshop', tags: expect.arrayContaining(['Cybercrime', 'Electronic evidence']), icalSequence: 2, venueCountryCode: 'AT' });
    expect([...events.values()].find((e) => e.title.startsWith('Bilateral'))!.kind).toBe('bilateral_meeting');
    expect([...events.values()].find((e) => e.title.startsWith('Videoconference'))!.kind).toBe('call');
    expect([...events.values()].find((e) => e.title.startsWith('Training'))!.kind).toBe('training');
  });

  it('converts 09:30 Europe/Bucharest to 07:30Z before the last Sunday of March and 06:30Z after it, expanding the weekly rule', async () => {
    const core = await openTestApp();
    const text = fixture('google.ics');
    const rows = (await preview(core, text)).rows.filter((r) => r.title === 'Weekly SPOC call');
    // Tuesdays from 19 March to 30 April (UNTIL is the last one, in UTC), without 9 April (EXDATE).
    expect(rows.map((r) => [r.uid, r.startsAt])).toEqual([
      [`${SPOC}/20240319T073000Z`, '2024-03-19T07:30:00.000Z'],
      [`${SPOC}/20240326T073000Z`, '2024-03-26T07:30:00.000Z'],
      [`${SPOC}/20240402T063000Z`, '2024-04-02T06:30:00.000Z'],
      [`${SPOC}/20240416T063000Z`, '2024-04-16T06:30:00.000Z'],
      [`${SPOC}/20240423T063000Z`, '2024-04-23T06:30:00.000Z'],
      [`${SPOC}/20240430T063000Z`, '2024-04-30T06:30:00.000Z'],
    ]);
    expect(new Set(rows.map((r) => r.line))).toEqual(new Set([veventLine(text, 'Weekly SPOC call')]));

    await importIcs(core, text);
    const events = await eventsByUid(core);
    expect(events.get(`${SPOC}/20240326T073000Z`)!.when).toEqual({ allDay: false, start: '2024-03-26T09:30', end: '2024-03-26T10:30', timeZone: 'Europe/Bucharest' });
    expect(events.get(`${SPOC}/20240402T063000Z`)!.when).toEqual({ allDay: false, start: '2024-04-02T09:30', end: '2024-04-02T10:30', timeZone: 'Europe/Bucharest' });
    expect(events.get(`${SPOC}/20240402T063000Z`)).toMatchObject({ kind: 'call', status: 'confirmed', startsAt: '2024-04-02T06:30:00.000Z' });
  });

  it('reads Google: UTC times shown in X-WR-TIMEZONE, an all-day event with an exclusive DTEND, categories', async () => {
    const core = await openTestApp();
    await importIcs(core, fixture('google.ics'));
    const events = await eventsByUid(core);
    expect(events.get('7h6g5f4e3d2c1b0a@google.com')).toMatchObject({
      startsAt: '2024-05-21T12:00:00.000Z',
      when: { allDay: false, start: '2024-05-21T15:00', end: '2024-05-21T16:00', timeZone: 'Europe/Bucharest' },
      kind: 'call',
    });
    const conference = events.get('1a2b3c4d5e6f7g8h9i0j@google.com')!;
    expect(conference).toMatchObject({
      title: 'Danube Project – Annual Conference',
      kind: 'conference',
      status: 'planned',
      when: { allDay: true, start: '2024-12-10', end: '2024-12-12', timeZone: 'Europe/Bucharest' },
      venueName: 'Hotel Chamartin',
      venueCity: 'Madrid',
      venueCountryCode: 'ES',
      links: [{ label: '', url: 'https://danube.example.org/conference-2024' }],
      notes: 'Annual conference of the Danube project on anti-drug trafficking.',
      icalSequence: 1,
    });
    // Split on commas, trimmed, deduplicated whatever the case.
    expect([...conference.tags].sort()).toEqual(['Conference', 'Danube project', 'Drugs']);
  });

  it('reads Thunderbird: a cancelled event, escaped text, Cyrillic and Greek titles, a RECURRENCE-ID override', async () => {
    const core = await openTestApp();
    const text = fixture('thunderbird.ics');
    const result = await preview(core, text);
    expect(result.counts).toEqual({ create: 5, update: 0, skip: 0 });
    const override = result.rows.find((r) => r.uid === `${GREEK}/20241004T120000Z`)!;
    expect(override).toMatchObject({
      title: 'Συνάντηση ομάδας εργασίας για τα ναρκωτικά (μετατέθηκε)',
      startsAt: '2024-10-10T14:00:00.000Z',
      line: veventLine(text, 'Συνάντηση ομάδας εργασίας για τα ναρκωτικά (μετατέθηκε)'),
    });
    // Monthly from 4 September; the 4 November one is in winter time.
    expect(result.rows.filter((r) => r.uid.startsWith(GREEK)).map((r) => r.uid.slice(GREEK.length + 1))).toEqual([
      '20240904T120000Z',
      '20241004T120000Z',
      '20241104T130000Z',
      '20241204T130000Z',
    ]);

    await importIcs(core, text);
    const events = await eventsByUid(core);
    expect(events.get('6f1d3a2e-1b7c-4c3a-9d55-0a9e2b6c1f01')).toMatchObject({
      title: 'Радна група за сајбер криминал — састанак',
      status: 'cancelled',
      kind: 'task_force_meeting',
      when: { allDay: false, start: '2024-06-12T10:00', end: '2024-06-12T12:00', timeZone: 'Europe/Ljubljana' },
      notes: 'Points: a, b; c\nSecond line: “quoted” \\ backslash',
      venueName: 'Ministrstvo za notranje zadeve, Štefanova ulica 2',
      venueCity: 'Ljubljana',
      venueCountryCode: 'SI',
      icalSequence: 3,
    });
    expect(events.get(`${GREEK}/20241004T120000Z`)!.when).toEqual({ allDay: false, start: '2024-10-10T16:00', end: '2024-10-10T17:30', timeZone: 'Europe/Ljubljana' });
    expect([...events.get(`${GREEK}/20240904T120000Z`)!.tags].sort()).toEqual(['Drugs', 'Working group']);
    expect(participantsOf(core, events.get('6f1d3a2e-1b7c-4c3a-9d55-0a9e2b6c1f01')!.id)).toEqual([
      { name: 'Boštjan Kranjc', emails: ['b.kranjc@policija.example.si'], role: 'organiser', invitation: 'confirmed' },
      { name: 'Олена Коваленко', emails: ['olena.kovalenko@npu.example.ua'], role: 'delegate', invitation: 'invited' },
    ]);
  });

  it('matches attendees by email, then by name whatever the diacritics, and creates the others', async () => {
    const core = await openTestApp();
    const bostjan = await call(core, 'people.create', { fullName: 'Boštjan Kranjc', emails: ['B.Kranjc@policija.example.si'] });
    const petar = await call(core, 'people.create', { fullName: 'Petar Petrović', countryCode: 'RS' });
    const text = fixture('outlook.ics');
    // Romulus, Ayşe, the secretariat (no address) and the C-PROC office are new; Boštjan is found twice, Petar by name.
    expect((await preview(core, text)).newPeople).toBe(4);
    expect(tableCounts(core).people).toBe(2);

    expect(await importIcs(core, text)).toEqual({ created: 5, updated: 0, skipped: 0, peopleCreated: 4 });
    const ninth = (await eventsByUid(core)).get(OUTLOOK_9TH)!;
    const rows = core.db
      .prepare('SELECT person_id, role, invitation FROM participations WHERE event_id = ? ORDER BY role')
      .all(ninth.id) as Array<{ person_id: string; role: string; invitation: string }>;
    expect(rows).toContainEqual({ person_id: bostjan.id, role: 'delegate', invitation: 'confirmed' });
    expect(rows).toContainEqual({ person_id: petar.id, role: 'observer', invitation: 'declined' });
    expect(participantsOf(core, ninth.id)).toEqual([
      { name: 'Ayşe Yılmaz', emails: ['ayse.yilmaz@egm.example.tr'], role: 'chair', invitation: 'invited' },
      { name: 'Boštjan Kranjc', emails: ['b.kranjc@policija.example.si'], role: 'delegate', invitation: 'confirmed' },
      { name: 'Petar Petrović', emails: [], role: 'observer', invitation: 'declined' },
      { name: 'Romulus Ungureanu', emails: ['r.ungureanu@selec.example.org'], role: 'organiser', invitation: 'confirmed' },
      { name: 'Secretariat of the Task Force', emails: [], role: 'observer', invitation: 'invited' },
    ]);
    expect(tableCounts(core).people).toBe(6);
  });

  it("imports what its preview planned, unless the store changed in between: a person added since is matched, not created twice", async () => {
    const core = await openTestApp();
    const text = fixture('outlook.ics');
    expect((await preview(core, text)).newPeople).toBe(6);
    const petar = await call(core, 'people.create', { fullName: 'Petar Petrović', countryCode: 'RS' });
    expect(await importIcs(core, text)).toMatchObject({ created: 5, peopleCreated: 5 });
    const ninth = (await eventsByUid(core)).get(OUTLOOK_9TH)!;
    expect(core.db.prepare('SELECT count(*) AS n FROM participations WHERE event_id = ? AND person_id = ?').get(ninth.id, petar.id)).toEqual({ n: 1 });
    expect(tableCounts(core).people).toBe(6);
  });

  it('re-imports the same files without adding anything: every event is skipped and no row changes', async () => {
    const core = await openTestApp();
    for (const name of ['outlook.ics', 'google.ics', 'thunderbird.ics']) await importIcs(core, fixture(name));
    const before = snapshot(core);
    expect(tableCounts(core)).toMatchObject({ events: 18 });
    for (const name of ['outlook.ics', 'google.ics', 'thunderbird.ics']) {
      const again = await preview(core, fixture(name));
      expect(again.counts.create + again.counts.update, name).toBe(0);
      expect(again.newPeople, name).toBe(0);
      expect(again.rows.every((r) => r.reason === 'Unchanged since the last import'), name).toBe(true);
      const result = await importIcs(core, fixture(name));
      expect(result, name).toEqual({ created: 0, updated: 0, skipped: again.counts.skip, peopleCreated: 0 });
    }
    expect(snapshot(core)).toEqual(before);
  });

  it('backs the store up before an import that writes, and not before one that writes nothing', async () => {
    const core = await openTestApp();
    const importBackups = async () => (await call(core, 'backups.list', {})).filter((b) => b.reason === 'import').length;
    await importIcs(core, fixture('outlook.ics'));
    expect(await importBackups()).toBe(1);
    await importIcs(core, fixture('outlook.ics'));
    expect(await importBackups()).toBe(1);
    await importIcs(core, fixture('google.ics'));
    expect(await importBackups()).toBe(2);
  });

  it('updates an event whose SEQUENCE, SUMMARY or answers changed, and leaves the others alone', async () => {
    const core = await openTestApp();
    const text = fixture('outlook.ics');
    await importIcs(core, text);
    const id = (await eventsByUid(core)).get(OUTLOOK_9TH)!.id;

    const renamed = text
      .replace('SUMMARY;LANGUAGE=en-us:9th Meeting of the SELEC', 'SUMMARY;LANGUAGE=en-us:9th Meeting (postponed) of the SELEC')
      .replace(/SEQUENCE:0\r\nSUMMARY;LANGUAGE=en-us:9th/, 'SEQUENCE:1\r\nSUMMARY;LANGUAGE=en-us:9th');
    const p = await preview(core, renamed);
    expect(p.counts).toEqual({ create: 0, update: 1, skip: 4 });
    const row = p.rows.find((r) => r.action === 'update')!;
    expect(row).toMatchObject({ uid: OUTLOOK_9TH, title: '9th Meeting (postponed) of the SELEC Anti-Terrorism Task Force' });
    expect(row.reason).toBe('Changed: title, sequence 0 → 1');
    expect(await importIcs(core, renamed)).toEqual({ created: 0, updated: 1, skipped: 4, peopleCreated: 0 });
    expect(await call(core, 'events.get', { id })).toMatchObject({ title: '9th Meeting (postponed) of the SELEC Anti-Terrorism Task Force', icalSequence: 1 });

    // Google changes the title without raising SEQUENCE: still an update; Liaison's own sequence goes up.
    const again = renamed.replace('9th Meeting (postponed)', '9th Meeting (moved)');
    expect((await importIcs(core, again)).updated).toBe(1);
    expect(await call(core, 'events.get', { id })).toMatchObject({ title: '9th Meeting (moved) of the SELEC Anti-Terrorism Task Force', icalSequence: 2 });

    // Only an answer changed: the participation follows, the event itself is not rewritten.
    const answered = again.replace('PARTSTAT=NEEDS-ACTION:mailto:\r\n ayse', 'PARTSTAT=ACCEPTED:mailto:\r\n ayse');
    const q = await preview(core, answered);
    expect(q.rows.find((r) => r.action === 'update')!.reason).toBe('Changed: participants');
    await importIcs(core, answered);
    expect(participantsOf(core, id).find((x) => x.name === 'Ayşe Yılmaz')!.invitation).toBe('confirmed');
    expect((await call(core, 'events.get', { id })).icalSequence).toBe(2);
    expect((await preview(core, answered)).counts).toEqual({ create: 0, update: 0, skip: 5 });
  });

  it("keeps what Liaison knows and the file does not say (tags, venue, a finer role) on a re-import", async () => {
    const core = await openTestApp();
    const text = fixture('google.ics');
    await importIcs(core, text);
    const events = await eventsByUid(core);
    const call1 = events.get('7h6g5f4e3d2c1b0a@google.com')!;
    await call(core, 'events.update', {
      id: call1.id,
      kind: 'bilateral_meeting',
      title: call1.title,
      when: call1.when,
      status: call1.status,
      tags: ['Europol'],
      venueName: 'Europol HQ',
      venueCity: 'The Hague',
      venueCountryCode: 'NL',
    });
    const spoc = events.get(`${SPOC}/20240319T073000Z`)!;
    core.db.prepare("UPDATE participations SET role = 'head_of_delegation' WHERE event_id = ? AND role = 'delegate'").run(spoc.id);

    const again = await preview(core, text);
    expect(again.counts).toEqual({ create: 0, update: 0, skip: 8 });
    await importIcs(core, text);
    expect(await call(core, 'events.get', { id: call1.id })).toMatchObject({
      kind: 'bilateral_meeting',
      tags: ['Europol'],
      venueName: 'Europol HQ',
      venueCountryCode: 'NL',
    });
    expect(participantsOf(core, spoc.id).map((x) => x.role).sort()).toEqual(['head_of_delegation', 'organiser']);
  });

  it('skips a VEVENT without DTSTART, warns about floating and unknown zones, and caps endless rules', async () => {
    const core = await openTestApp();
    const text = calendar(
      'X-WR-TIMEZONE:Europe/Bucharest',
      'BEGIN:VEVENT',
      'UID:no-start@example.org',
      'SUMMARY:Date to be fixed',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:floating@example.org',
      'DTSTART:20240521T093000',
      'DTEND:20240521T103000',
      'SUMMARY:Floating',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:unknown-zone@example.org',
      'DTSTART;TZID=Mars Standard Time:20240521T093000',
      'SUMMARY:Somewhere',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:daily@example.org',
      'DTSTART;TZID=Europe/Bucharest:20240101T090000',
      'DURATION:PT30M',
      'RRULE:FREQ=DAILY',
      'SUMMARY:Daily stand-up',
      'END:VEVENT',
      'BEGIN:VTODO',
      'UID:todo@example.org',
      'END:VTODO',
    );
    const result = await preview(core, text);
    expect(result.rows.find((r) => r.uid === 'no-start@example.org')).toMatchObject({ action: 'skip', reason: expect.stringContaining('No start (DTSTART)'), line: 5 });
    expect(result.rows.find((r) => r.uid === 'floating@example.org')).toMatchObject({ startsAt: '2024-05-21T06:30:00.000Z', timeZone: 'Europe/Bucharest' });
    // A zone nobody knows: asked about, shown meanwhile in the calendar's zone; a DTSTART alone lasts no time.
    expect(result.rows.find((r) => r.uid === 'unknown-zone@example.org')).toMatchObject({ startsAt: '2024-05-21T06:30:00.000Z', endsAt: '2024-05-21T06:30:00.000Z' });
    expect(result.unknownZones).toEqual([{ tzid: 'Mars Standard Time', line: 17, uses: 1, zone: null }]);
    const daily = result.rows.filter((r) => r.uid.startsWith('daily@example.org/'));
    expect(daily).toHaveLength(500);
    expect(daily[0]).toMatchObject({ uid: 'daily@example.org/20240101T070000Z', endsAt: '2024-01-01T07:30:00.000Z' });
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual(
      expect.arrayContaining([
        [17, expect.stringContaining('“Mars Standard Time” is not known')],
        [20, expect.stringContaining('repeats beyond 3 years or 500 occurrences')],
        [11, expect.stringContaining('no time zone (floating time); read as Europe/Bucharest')],
        [27, 'A VTODO is not an event and was not imported'],
      ]),
    );
    expect(result.counts).toEqual({ create: 502, update: 0, skip: 1 });

    const weekly = calendar('BEGIN:VEVENT', 'UID:weekly@example.org', 'DTSTART:20240101T090000Z', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Weekly', 'END:VEVENT');
    const rows = (await preview(core, weekly)).rows;
    expect(rows).toHaveLength(157);
    expect(rows[rows.length - 1]!.startsAt).toBe('2026-12-28T09:00:00.000Z');

    // No date matches this rule: ical.js would look for one forever; the cap stops it.
    const never = calendar('BEGIN:VEVENT', 'UID:never@example.org', 'DTSTART:20240101T090000Z', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Never', 'END:VEVENT');
    const result2 = await preview(core, never);
    expect(result2.rows.map((r) => r.uid)).toEqual(['never@example.org/20240101T090000Z']);
    expect(result2.warnings).toEqual([{ line: 4, message: expect.stringContaining('repeats beyond 3 years') }]);
  });

  it('reads a custom VTIMEZONE that no zone matches with its own rules, and shows it in UTC', async () => {
    const core = await openTestApp();
    const text = calendar(
      'BEGIN:VTIMEZONE',
      'TZID:Odd Time',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0117',
      'TZOFFSETTO:+0117',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:odd@example.org',
      'DTSTART;TZID=Odd Time:20240521T101700',
      'SUMMARY:Odd',
      'END:VEVENT',
    );
    const result = await preview(core, text);
    expect(result.rows[0]).toMatchObject({ startsAt: '2024-05-21T09:00:00.000Z', timeZone: 'UTC' });
    expect(result.warnings).toEqual([{ line: 14, message: expect.stringContaining('matches none') }]);
  });

  it('gives an all-day event without DTEND one day, and a DURATION its length', async () => {
    const core = await openTestApp();
    const text = calendar(
      'BEGIN:VEVENT',
      'UID:day@example.org',
      'DTSTART;VALUE=DATE:20240601',
      'SUMMARY:One day',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:days@example.org',
      'DTSTART;VALUE=DATE:20240603',
      'DURATION:P3D',
      'SUMMARY:Three days',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:hours@example.org',
      'DTSTART;TZID=Europe/Bucharest:20240330T220000',
      'DURATION:P1DT1H',
      'SUMMARY:Over the change to summer time',
      'END:VEVENT',
    );
    await importIcs(core, text);
    const events = await eventsByUid(core);
    expect(events.get('day@example.org')!.when).toEqual({ allDay: true, start: '2024-06-01', end: '2024-06-01', timeZone: 'UTC' });
    expect(events.get('days@example.org')!.when).toEqual({ allDay: true, start: '2024-06-03', end: '2024-06-05', timeZone: 'UTC' });
    // A day in DURATION is a calendar day (23 hours that night), then one more hour.
    expect(events.get('hours@example.org')!.when).toEqual({ allDay: false, start: '2024-03-30T22:00', end: '2024-03-31T23:00', timeZone: 'Europe/Bucharest' });
  });

  it('marks the events of a METHOD:CANCEL file cancelled, and reads a UID used twice once', async () => {
    const core = await openTestApp();
    const event = (summary: string) => ['BEGIN:VEVENT', 'UID:same@example.org', 'DTSTART:20240521T090000Z', `SUMMARY:${summary}`, 'END:VEVENT'];
    const result = await preview(core, calendar('METHOD:CANCEL', ...event('First'), ...event('Second')));
    expect(result.rows.map((r) => [r.title, r.action, r.status, r.line])).toEqual([
      ['First', 'create', 'cancelled', 5],
      ['Second', 'skip', 'planned', 10],
    ]);
    expect(result.rows[1]!.reason).toContain('used again in this file (first on line 5)');
  });
});

describe('ics import: malformed files', () => {
  const cases: Array<[string, (text: string) => number, string]> = [
    ['broken-missing-end.ics', (t) => lineOf(t, 'BEGIN:VEVENT', lineOf(t, 'BEGIN:VEVENT')), 'END:VEVENT is missing'],
    ['broken-dtstart.ics', (t) => lineOf(t, 'DTSTART;TZID=Europe/Bucharest:21 May'), 'DTSTART cannot be read'],
    ['broken-dtend-before-dtstart.ics', (t) => lineOf(t, 'DTEND'), 'DTEND (20240521T083000) is before DTSTART (20240521T093000)'],
  ];

  it.each(cases)('%s: invalid_input at the right line, nothing written', async (name, expectedLine, what) => {
    const core = await openTestApp();
    await importIcs(core, fixture('google.ics'));
    const before = snapshot(core);
    const text = fixture(name);
    const line = expectedLine(text);
    for (const call of ['ics.preview', 'ics.import'] as const) {
      const error = await callError(core, call, { text });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(new RegExp(`^Line ${line}: `));
      expect(error.message).toContain(what);
      expect(error.details).toMatchObject({ line, issues: [{ path: 'text', message: error.message }] });
    }
    expect(snapshot(core)).toEqual(before);
  });

  it('refuses what is not a calendar, an END that closes nothing, a calendar never closed, an unreadable RRULE', async () => {
    const core = await openTestApp();
    const before = snapshot(core);
    const expectError = async (text: string, line: number, what: string) => {
      const error = await callError(core, 'ics.import', { text });
      expect(error.code, text).toBe('invalid_input');
      expect(error.message, text).toMatch(new RegExp(`^Line ${line}: .*${what}`));
    };
    await expectError('Subject,Start Date\r\nMeeting,21/05/2024\r\n', 1, 'does not start with BEGIN:VCALENDAR');
    await expectError(calendar('END:VEVENT'), 4, 'END:VEVENT without a matching BEGIN');
    await expectError('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n', 1, 'BEGIN:VCALENDAR is never closed');
    await expectError(calendar('BEGIN:VEVENT', 'UID:x', 'DTSTART:20240521T090000Z', 'RRULE:FREQ=SOMETIMES', 'END:VEVENT'), 7, 'RRULE');
    await expectError(calendar('BEGIN:VEVENT', 'UID:x', 'DTSTART:20240231T090000Z', 'END:VEVENT'), 6, 'DTSTART cannot be read');
    // A whole file is refused even when its first events are fine.
    await expectError(calendar('BEGIN:VEVENT', 'UID:a', 'DTSTART:20240521T090000Z', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:b', 'DTSTART:20240521T090000Z', 'DTEND:20240520T090000Z', 'END:VEVENT'), 11, 'before DTSTART');
    expect(snapshot(core)).toEqual(before);
  });

  it('reads LF line endings and a byte-order mark as well as CRLF', async () => {
    const core = await openTestApp();
    const crlf = await preview(core, fixture('thunderbird.ics'));
    const lf = await preview(core, `\uFEFF${fixture('thunderbird.ics').replace(/\r\n/g, '\n')}`);
    expect(lf).toEqual(crlf);
  });
});
