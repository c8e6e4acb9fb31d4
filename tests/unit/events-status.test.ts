import { describe, expect, it } from 'vitest';
import type { EventStatus } from '../../src-shared/contract';
import { call, callError, callErrorRaw, openTestApp, snapshot } from './helpers';

const when = (date: string) => ({ allDay: false, start: `${date}T09:00`, end: `${date}T17:00`, timeZone: 'Europe/Bucharest' });
const day = (date: string) => ({ allDay: true, start: date, end: date, timeZone: 'Europe/Bucharest' });

describe('did it take place?', () => {
  it('lists ended events still planned or confirmed, most recent first, and not those held, cancelled, postponed or to come', async () => {
    const core = await openTestApp();
    const make = (title: string, w: ReturnType<typeof when> | ReturnType<typeof day>, status: EventStatus = 'confirmed') =>
      call(core, 'events.create', { title, kind: 'workshop', when: w, status });
    await make('Workshop in March', when('2025-03-10'));
    await make('Planned call in May', when('2025-05-06'), 'planned');
    await make('Held workshop', when('2025-06-10'), 'held');
    await make('Cancelled workshop', when('2025-07-10'), 'cancelled');
    await make('Postponed workshop', when('2025-08-10'), 'postponed');
    await make('Conference next year', when('2099-01-10'));
    // An all-day event of today (in its own zone, not UTC's) has not ended yet.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest' }).format(new Date());
    await make('Today, all day', day(today));

    const past = await call(core, 'events.pastNotHeld');
    expect(past.total).toBe(2);
    expect(past.rows.map((e) => e.title)).toEqual(['Planned call in May', 'Workshop in March']);
    expect((await call(core, 'events.pastNotHeld', { limit: 1 })).rows.map((e) => e.title)).toEqual(['Planned call in May']);
    expect((await call(core, 'events.pastNotHeld', { limit: 1 })).total).toBe(2);
  });

  it('sets the status alone; held makes a calendar-fed indicator count it; a stale edit is refused', async () => {
    const core = await openTestApp();
    const project = await call(core, 'projects.create', { acronym: 'ATHENA 2', title: 'ATHENA 2', startsOn: '2025-01-01', endsOn: '2026-12-31' });
    const workshops = await call(core, 'indicators.create', { projectId: project.id, name: 'Thematic workshops', target: 6, feedEventKind: 'workshop', feedMeasure: 'events' });
    const ws = await call(core, 'events.create', {
      title: 'Workshop on joint patrols', kind: 'workshop', when: when('2025-03-10'), status: 'confirmed', venueName: 'SELEC HQ', tags: ['patrols'],
    });
    await call(core, 'projects.linkEvents', { projectId: project.id, eventIds: [ws.id], linked: true });
    const actual = async () =>
      (await call(core, 'projects.dashboard', { id: project.id, today: '2025-12-31' })).indicators.find((p) => p.indicator.id === workshops.id)!.actual;
    expect(await actual()).toBe(0);

    const held = await call(core, 'events.setStatus', { id: ws.id, status: 'held', expectedUpdatedAt: ws.updatedAt });
    expect(held).toMatchObject({ status: 'held', title: 'Workshop on joint patrols', venueName: 'SELEC HQ', tags: ['patrols'], when: ws.when, icalSequence: ws.icalSequence + 1 });
    expect(await actual()).toBe(1);
    expect((await call(core, 'events.pastNotHeld')).total).toBe(0);

    // The page still holds the old version: refused, nothing changed.
    const before = snapshot(core);
    const stale = await callError(core, 'events.setStatus', { id: ws.id, status: 'cancelled', expectedUpdatedAt: ws.updatedAt });
    expect(stale.code).toBe('conflict');
    expect(snapshot(core)).toEqual(before);
    expect((await callErrorRaw(core, 'events.setStatus', { id: ws.id, status: 'over' })).code).toBe('invalid_input');
    expect((await callError(core, 'events.setStatus', { id: '0190a5f0-0000-7000-8000-000000000000', status: 'held' })).code).toBe('not_found');
  });

  it('renumbers the series when a meeting is cancelled, and again when it is not', async () => {
    const core = await openTestApp();
    const body = await call(core, 'bodies.create', { name: 'Task Force' });
    const series = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the Task Force' });
    const first = await call(core, 'events.create', { seriesId: series.id, when: when('2025-03-10'), status: 'confirmed' });
    const second = await call(core, 'events.create', { seriesId: series.id, when: when('2025-06-10'), status: 'confirmed' });
    await call(core, 'events.setStatus', { id: first.id, status: 'cancelled' });
    expect((await call(core, 'events.get', { id: second.id })).title).toBe('1st meeting of the Task Force');
    await call(core, 'events.setStatus', { id: first.id, status: 'postponed' });
    expect((await call(core, 'events.get', { id: second.id })).title).toBe('2nd meeting of the Task Force');
  });
});
