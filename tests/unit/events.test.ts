import { describe, expect, it } from 'vitest';
import type { Body, CalendarFilter, CallInput, EventStatus, SeriesSummary } from '../../src-shared/contract';
import { call, callError, callErrorRaw, openTestApp, snapshot } from './helpers';

const when = (start: string, end: string, timeZone = 'Europe/Bucharest') => ({ allDay: false, start, end, timeZone });
const days = (start: string, end: string, timeZone = 'Europe/Bucharest') => ({ allDay: true, start, end, timeZone });
const range = (from: string, to: string, filter: CalendarFilter = {}) => ({ from: `${from}T00:00:00.000Z`, to: `${to}T00:00:00.000Z`, filter });

async function taskForce(core: Awaited<ReturnType<typeof openTestApp>>) {
  const body = await call(core, 'bodies.create', {
    name: 'SELEC Anti-Terrorism Task Force',
    kind: 'task_force',
    foundedOn: '2003-01-01',
    members: [{ countryCode: 'RO' }, { countryCode: 'TR' }, { countryCode: 'BG', kind: 'observer' }],
    chairTerms: [{ role: 'coordinator', holderCountryCode: 'TR', startsOn: '2020-01-01' }],
  });
  const series = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the SELEC Anti-Terrorism Task Force' });
  return { body, series };
}

describe('events', () => {
  it('keeps the event in its own zone and answers in instants and wall-clock time', async () => {
    const core = await openTestApp();
    const created = await call(core, 'events.create', {
      kind: 'workshop', title: 'Regional workshop on P/CVE', when: when('2024-05-30T09:00', '2024-05-30T17:30', 'Europe/Tirane'),
      venueCity: 'Tirana', venueCountryCode: 'AL', tags: ['P/CVE', 'terrorism'], links: [{ label: 'RCC', url: 'https://www.rcc.int' }],
    });
    expect(created).toMatchObject({
      startsAt: '2024-05-30T07:00:00.000Z', endsAt: '2024-05-30T15:30:00.000Z', timeZone: 'Europe/Tirane', allDay: false,
      when: { allDay: false, start: '2024-05-30T09:00', end: '2024-05-30T17:30', timeZone: 'Europe/Tirane' },
      venueCountryName: 'Albania', status: 'planned', tags: ['P/CVE', 'terrorism'], icalSequence: 0,
    });
    expect(created.icalUid).toBe(`${created.id}@liaison`);
    const updated = await call(core, 'events.update', {
      id: created.id, kind: 'workshop', title: 'Regional workshop', when: created.when, status: 'held', tags: ['terrorism'],
    });
    expect(updated.icalSequence).toBe(1);
    expect(updated.tags).toEqual(['terrorism']);
    expect((await call(core, 'tags.list', {})).map((t) => t.name)).toEqual(['terrorism']);
  });

  it('stores multi-day all-day events with an exclusive end and finds them in any overlapping range', async () => {
    const core = await openTestApp();
    const ga = await call(core, 'events.create', {
      kind: 'general_assembly', title: 'SEPCA General Assembly', when: days('2022-12-12', '2022-12-14'), venueCity: 'Bucharest',
    });
    expect(ga).toMatchObject({ allDay: true, startsAt: '2022-12-11T22:00:00.000Z', endsAt: '2022-12-14T22:00:00.000Z' });
    expect(ga.when).toEqual({ allDay: true, start: '2022-12-12', end: '2022-12-14', timeZone: 'Europe/Bucharest' });
    const ids = async (from: string, to: string) => (await call(core, 'events.range', range(from, to))).map((e) => e.id);
    expect(await ids('2022-12-13', '2022-12-14')).toEqual([ga.id]);
    expect(await ids('2022-12-01', '2022-12-12')).toEqual([ga.id]);
    expect(await ids('2022-12-15', '2022-12-31')).toEqual([]);
    expect(await ids('2022-11-01', '2022-12-11')).toEqual([]);
  });

  it('filters by body, kind, status, tag, country (venue or participant) and text', async () => {
    const core = await openTestApp();
    const { body } = await taskForce(core);
    const a = await call(core, 'events.create', { kind: 'task_force_meeting', title: 'Meeting A', bodyId: body.id, when: when('2024-05-21T09:00', '2024-05-21T17:00'), venueCountryCode: 'RO', tags: ['terrorism'] });
    const b = await call(core, 'events.create', { kind: 'conference', title: 'Counter-Terrorism Challenges', when: days('2018-05-22', '2018-05-24', 'Europe/Ljubljana'), venueCountryCode: 'SI', status: 'held' });
    const find = async (filter: CalendarFilter) => (await call(core, 'events.range', range('2000-01-01', '2030-01-01', filter))).map((e) => e.id);
    expect(await find({})).toEqual([b.id, a.id]);
    expect(await find({ bodyIds: [body.id] })).toEqual([a.id]);
    expect(await find({ kinds: ['conference'] })).toEqual([b.id]);
    expect(await find({ statuses: ['held'] })).toEqual([b.id]);
    expect(await find({ tags: ['TERRORISM'] })).toEqual([a.id]);
    expect(await find({ countryCodes: ['si'] })).toEqual([b.id]);
    expect(await find({ search: 'challeng' })).toEqual([b.id]);
    // A participant from Türkiye puts meeting A under TR too.
    const person = await call(core, 'people.create', { fullName: 'Emre Çelik', countryCode: 'TR' });
    core.db.prepare(`INSERT INTO participations (id, event_id, person_id, representing_country_code, created_at, updated_at) VALUES ('0190d6a0-0000-7000-8000-0000000000aa', ?, ?, 'TR', 'x', 'x')`).run(a.id, person.id);
    expect(await find({ countryCodes: ['TR'] })).toEqual([a.id]);
  });

  it('numbers a series by date, renumbering when a meeting is inserted, cancelled or deleted', async () => {
    const core = await openTestApp();
    const { series } = await taskForce(core);
    const meeting = (date: string) => call(core, 'events.create', { seriesId: series.id, when: when(`${date}T09:00`, `${date}T17:00`) });
    const m1 = await meeting('2023-05-10');
    const m3 = await meeting('2024-05-21');
    expect((await call(core, 'events.get', { id: m3.id })).title).toBe('2nd meeting of the SELEC Anti-Terrorism Task Force');
    const m2 = await meeting('2023-11-15');
    const titles = async () => (await call(core, 'events.range', range('2023-01-01', '2025-01-01'))).map((e) => `${e.seriesNumber}:${e.title}`);
    expect(await titles()).toEqual([
      '1:1st meeting of the SELEC Anti-Terrorism Task Force',
      '2:2nd meeting of the SELEC Anti-Terrorism Task Force',
      '3:3rd meeting of the SELEC Anti-Terrorism Task Force',
    ]);
    expect(m2.bodyId).toBe(series.bodyId);

    await call(core, 'events.update', { id: m2.id, seriesId: series.id, when: m2.when, status: 'cancelled' });
    expect(await titles()).toEqual([
      '1:1st meeting of the SELEC Anti-Terrorism Task Force',
      'null:Meeting of the SELEC Anti-Terrorism Task Force (cancelled)',
      '2:2nd meeting of the SELEC Anti-Terrorism Task Force',
    ]);
    await call(core, 'events.delete', { id: m1.id });
    expect((await call(core, 'events.get', { id: m3.id })).title).toBe('1st meeting of the SELEC Anti-Terrorism Task Force');
    // Renaming the series renames its meetings.
    await call(core, 'series.update', { id: series.id, bodyId: series.bodyId, name: 'meeting of the Task Force' });
    expect((await call(core, 'events.get', { id: m3.id })).title).toBe('1st meeting of the Task Force');
  });

  it('counts on from the number of the first meeting recorded, and the demo series agrees with its own numbering', async () => {
    const core = await openTestApp();
    const { body } = await taskForce(core);
    const late = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the working group', firstNumber: 8 });
    const m = await call(core, 'events.create', { seriesId: late.id, when: when('2023-05-23T09:30', '2023-05-23T16:30') });
    expect(m.title).toBe('8th meeting of the working group');
    // Renaming without a first number keeps where the series starts counting; giving one renumbers.
    await call(core, 'series.update', { id: late.id, bodyId: body.id, name: 'meeting of the expert group' });
    expect((await call(core, 'events.get', { id: m.id })).title).toBe('8th meeting of the expert group');
    await call(core, 'series.update', { id: late.id, bodyId: body.id, name: 'meeting of the expert group', firstNumber: 3 });
    expect((await call(core, 'events.get', { id: m.id })).title).toBe('3rd meeting of the expert group');

    const demo = await openTestApp();
    await call(demo, 'system.loadDemo', {});
    const before = demo.db.prepare('SELECT id, title, series_number FROM events WHERE series_id IS NOT NULL ORDER BY starts_at').all();
    const seriesId = demo.db.prepare('SELECT id FROM series LIMIT 1').pluck().get() as string;
    const { bodyId, name, eventKind, firstNumber } = demo.db.prepare('SELECT body_id AS bodyId, name, event_kind AS eventKind, first_number AS firstNumber FROM series WHERE id = ?').get(seriesId) as SeriesSummary;
    await call(demo, 'series.update', { id: seriesId, bodyId, name, eventKind, firstNumber });
    expect(demo.db.prepare('SELECT id, title, series_number FROM events WHERE series_id IS NOT NULL ORDER BY starts_at').all()).toEqual(before);
    expect(before).toContainEqual(expect.objectContaining({ title: '9th meeting of the SELEC Anti-Terrorism Task Force', series_number: 9 }));
  });

  it('moves and resizes by drag, keeps the zone, and renumbers when the order changes', async () => {
    const core = await openTestApp();
    const { series } = await taskForce(core);
    const first = await call(core, 'events.create', { seriesId: series.id, when: when('2024-01-10T09:00', '2024-01-10T12:00') });
    const second = await call(core, 'events.create', { seriesId: series.id, when: when('2024-02-10T09:00', '2024-02-10T12:00') });
    const moved = await call(core, 'events.move', {
      id: second.id, allDay: false, startsAt: '2024-01-05T07:00:00.000Z', endsAt: '2024-01-05T12:00:00.000Z', expectedUpdatedAt: (await call(core, 'events.get', { id: second.id })).updatedAt,
    });
    expect(moved.when).toEqual({ allDay: false, start: '2024-01-05T09:00', end: '2024-01-05T14:00', timeZone: 'Europe/Bucharest' });
    expect(moved.seriesNumber).toBe(1);
    expect((await call(core, 'events.get', { id: first.id })).seriesNumber).toBe(2);
    const allDay = await call(core, 'events.move', { id: first.id, allDay: true, start: '2024-01-10', end: '2024-01-11' });
    expect(allDay.when).toEqual({ allDay: true, start: '2024-01-10', end: '2024-01-11', timeZone: 'Europe/Bucharest' });
    const stale = await callError(core, 'events.move', { id: first.id, allDay: true, start: '2024-01-12', end: '2024-01-12', expectedUpdatedAt: '2000-01-01T00:00:00.000Z' });
    expect(stale.code).toBe('conflict');
  });

  it('says clearly what is wrong and writes nothing', async () => {
    const core = await openTestApp();
    const { series } = await taskForce(core);
    const before = snapshot(core);
    const cases: Array<[object, string, RegExp]> = [
      [{ title: 'X', when: when('2024-05-21T17:00', '2024-05-21T09:00') }, 'when.end', /ends before it starts/],
      [{ title: 'X', when: days('2024-05-22', '2024-05-21') }, 'when.end', /ends before it starts/],
      [{ title: 'X', when: when('2024-05-21T09:00', '2024-05-21T10:00', 'Europe/Atlantis') }, 'when.timeZone', /Unknown time zone/],
      [{ title: 'X', when: when('2024-05-21 09:00', '2024-05-21T10:00') }, 'when.start', /date and time/],
      [{ title: '', when: when('2024-05-21T09:00', '2024-05-21T10:00') }, 'title', /Title is required/],
      [{ title: 'X', kind: 'party', when: when('2024-05-21T09:00', '2024-05-21T10:00') }, 'kind', /./],
      [{ title: 'X', venueCountryCode: 'QQ', when: when('2024-05-21T09:00', '2024-05-21T10:00') }, 'venueCountryCode', /Unknown country/],
      [{ title: 'X', links: [{ url: 'javascript:alert(1)' }], when: when('2024-05-21T09:00', '2024-05-21T10:00') }, 'links.0.url', /https/],
      [{ seriesId: series.id, bodyId: '0190d6a0-0000-7000-8000-000000000001', when: when('2024-05-21T09:00', '2024-05-21T10:00') }, 'seriesId', /another body/],
    ];
    for (const [input, path, message] of cases) {
      const error = await callErrorRaw(core, 'events.create', input);
      expect(error.code, JSON.stringify(input)).toBe('invalid_input');
      const issue = error.details?.issues?.find((i) => i.path === path);
      expect(issue, `${JSON.stringify(input)} → ${JSON.stringify(error.details?.issues)}`).toBeDefined();
      expect(issue!.message).toMatch(message);
    }
    expect(snapshot(core)).toEqual(before);
  });
});

describe('bodies', () => {
  it('keeps members and the history of chair terms, with the current holder', async () => {
    const core = await openTestApp();
    const mup = await call(core, 'organisations.create', { name: 'Ministry of Interior of Republic of Srpska', kind: 'ministry', countryCode: 'BA' });
    const sepca = await call(core, 'bodies.create', {
      name: 'Southeast Europe Police Chiefs Association', acronym: 'SEPCA', kind: 'association',
      members: [{ countryCode: 'RO' }, { countryCode: 'BA' }],
      chairTerms: [
        { role: 'presidency', holderOrgId: mup.id, startsOn: '2022-12-14' },
        { role: 'presidency', holderCountryCode: 'RO', startsOn: '2021-12-01', endsOn: '2022-12-14' },
      ],
    });
    expect(sepca.chairTerms.map((t) => t.holderName)).toEqual(['Romania', 'Ministry of Interior of Republic of Srpska']);
    expect(sepca.currentChair).toEqual({ role: 'presidency', holderName: 'Ministry of Interior of Republic of Srpska', holderCountryCode: null, startsOn: '2022-12-14' });
    const list = await call(core, 'bodies.list', {});
    expect(list).toEqual([
      expect.objectContaining({ name: 'Southeast Europe Police Chiefs Association', memberCount: 2, currentChairName: 'Ministry of Interior of Republic of Srpska', currentChairCountryCode: null }),
    ]);
    // A country in the chair comes with its code, for the interface to name it in its language.
    const selec = await call(core, 'bodies.create', { name: 'SELEC', chairTerms: [{ role: 'presidency', holderCountryCode: 'RO', startsOn: '2021-12-01' }] });
    expect(selec.currentChair).toMatchObject({ holderName: 'Romania', holderCountryCode: 'RO' });
    expect((await call(core, 'bodies.list', {})).find((b) => b.id === selec.id)).toMatchObject({ currentChairName: 'Romania', currentChairCountryCode: 'RO' });

    const before = snapshot(core);
    const twice = await callError(core, 'bodies.update', { ...sepcaFields(sepca), members: [{ countryCode: 'RO' }, { countryCode: 'RO' }] });
    expect(twice.details?.issues?.[0]?.path).toBe('members.1');
    const both = await callError(core, 'bodies.update', { ...sepcaFields(sepca), chairTerms: [{ holderCountryCode: 'RO', holderOrgId: mup.id, startsOn: '2020-01-01' }] });
    expect(both.details?.issues?.[0]?.path).toBe('chairTerms.0.holderCountryCode');
    const backwards = await callError(core, 'bodies.update', { ...sepcaFields(sepca), chairTerms: [{ holderCountryCode: 'RO', startsOn: '2020-01-01', endsOn: '2019-01-01' }] });
    expect(backwards.details?.issues?.[0]?.path).toBe('chairTerms.0.endsOn');
    expect(snapshot(core)).toEqual(before);
  });

  it('keeps the events of a deleted body, without body or number', async () => {
    const core = await openTestApp();
    const { body, series } = await taskForce(core);
    const meeting = await call(core, 'events.create', { seriesId: series.id, when: when('2024-05-21T09:00', '2024-05-21T17:00') });
    await call(core, 'bodies.delete', { id: body.id });
    const after = await call(core, 'events.get', { id: meeting.id });
    expect(after).toMatchObject({ bodyId: null, seriesId: null, seriesNumber: null, title: '1st meeting of the SELEC Anti-Terrorism Task Force' });
  });
});

describe('settings', () => {
  it('remembers a calendar filter across a restart of the app', async () => {
    const first = await openTestApp();
    const dataDir = (await call(first, 'system.info', {})).dataDir;
    await call(first, 'settings.set', { key: 'calendar.filter', value: { kinds: ['workshop'] } });
    first.close();
    const second = await openTestApp(dataDir);
    expect(await call(second, 'settings.get', { key: 'calendar.filter' })).toEqual({ value: { kinds: ['workshop'] } });
    expect((await callErrorRaw(second, 'settings.set', { key: 'other', value: 1 })).code).toBe('invalid_input');
  });
});

function sepcaFields(b: Body) {
  return { id: b.id, name: b.name, acronym: b.acronym, kind: b.kind, members: [], chairTerms: [] };
}

describe('event dates the contract refuses (first-week issue)', () => {
  const base = { kind: 'workshop', title: 'Workshop' } as const;
  const issues = async (core: Awaited<ReturnType<typeof openTestApp>>, input: object, name: 'events.create' | 'events.move' = 'events.create') =>
    ((await callErrorRaw(core, name, input)).details?.issues ?? []) as { path: string; message: string }[];

  it('refuses a year before 1900 or after 2200, on the field', async () => {
    const core = await openTestApp();
    expect(await issues(core, { ...base, when: days('2027-04-13', '5924-12-31') })).toContainEqual({
      path: 'when.end',
      message: 'Use a year between 1900 and 2200',
    });
    expect(await issues(core, { ...base, when: when('0202-04-13T09:00', '2027-04-13T10:00') })).toContainEqual({
      path: 'when.start',
      message: 'Use a year between 1900 and 2200',
    });
    expect(await call(core, 'events.create', { ...base, when: days('1900-01-01', '1900-01-02') })).toMatchObject({ title: 'Workshop' });
  });

  it('refuses an event longer than a year, in the form and in a drag', async () => {
    const core = await openTestApp();
    expect(await issues(core, { ...base, when: days('2027-04-13', '2028-04-14') })).toContainEqual({
      path: 'when.end',
      message: 'An event lasts at most a year (366 days)',
    });
    expect(await issues(core, { ...base, when: when('2027-04-13T09:00', '2028-04-14T09:01') })).toContainEqual({
      path: 'when.end',
      message: 'An event lasts at most a year (366 days)',
    });
    const ok = await call(core, 'events.create', { ...base, when: days('2027-04-13', '2028-04-13') });
    expect(ok.when.end).toBe('2028-04-13');
    const moved = await issues(core, { id: ok.id, allDay: false, startsAt: '2027-04-13T06:00:00.000Z', endsAt: '2030-01-01T00:00:00.000Z' }, 'events.move');
    expect(moved).toContainEqual({ path: 'endsAt', message: 'An event lasts at most a year (366 days)' });
  });
});

describe('renumbering said before saving (first-week issue)', () => {
  it('previews the meetings a new, moved, cancelled or re-assigned meeting renumbers, writing nothing', async () => {
    const core = await openTestApp();
    const { series } = await taskForce(core);
    const meeting = (date: string) => call(core, 'events.create', { seriesId: series.id, when: when(`${date}T09:00`, `${date}T17:00`) });
    const m1 = await meeting('2027-02-10');
    const m2 = await meeting('2027-05-20');
    const before = snapshot(core);
    const preview = (input: CallInput<'events.renumberPreview'>) => call(core, 'events.renumberPreview', input);

    // An April meeting becomes the 2nd and pushes May's to the 3rd.
    expect(await preview({ seriesId: series.id, status: 'planned', when: days('2027-04-13', '2027-04-13') })).toEqual({
      number: 2,
      renumbered: [{ eventId: m2.id, title: '2nd meeting of the SELEC Anti-Terrorism Task Force', startsAt: m2.startsAt, from: 2, to: 3 }],
    });
    // After the last one: no one else moves.
    expect(await preview({ seriesId: series.id, status: 'planned', when: days('2027-09-01', '2027-09-01') })).toEqual({ number: 3, renumbered: [] });
    // Moving the first after the second swaps them.
    expect(await preview({ id: m1.id, seriesId: series.id, status: 'planned', startsAt: '2027-06-01T06:00:00.000Z' })).toMatchObject({
      number: 2,
      renumbered: [{ eventId: m2.id, from: 2, to: 1 }],
    });
    // Cancelling the first, or taking it out of the series, renumbers the second.
    expect(await preview({ id: m1.id, seriesId: series.id, status: 'cancelled', when: m1.when })).toMatchObject({
      number: null,
      renumbered: [{ eventId: m2.id, from: 2, to: 1 }],
    });
    expect(await preview({ id: m1.id, seriesId: null, status: 'planned', when: m1.when })).toMatchObject({
      number: null,
      renumbered: [{ eventId: m2.id, from: 2, to: 1 }],
    });
    expect(snapshot(core)).toEqual(before);

    // The preview says what saving then does.
    await call(core, 'events.create', { seriesId: series.id, when: days('2027-04-13', '2027-04-13') });
    expect((await call(core, 'events.get', { id: m2.id })).seriesNumber).toBe(3);
  });

  it('proposes the next meeting after the last of the series, at its usual interval, with its number', async () => {
    const core = await openTestApp();
    const { series } = await taskForce(core);
    const meeting = (date: string, status: EventStatus = 'planned') =>
      call(core, 'events.create', { seriesId: series.id, status, when: when(`${date}T09:00`, `${date}T17:00`) });
    await meeting('2026-05-20', 'held');
    const twelfth = await meeting('2026-11-18', 'held');
    const last = await meeting('2027-05-19');
    await meeting('2027-08-01', 'cancelled');
    const proposal = await call(core, 'agenda.nextMeeting', { fromEventId: twelfth.id });
    // From the 2nd (not the last), the next comes after the 3rd, 182 days on (the median gap), as the 4th.
    expect(proposal).toEqual({
      start: '2027-11-17',
      number: 4,
      intervalDays: 182,
      last: { eventId: last.id, title: '3rd meeting of the SELEC Anti-Terrorism Task Force', firstDay: '2027-05-19' },
    });
  });
});
