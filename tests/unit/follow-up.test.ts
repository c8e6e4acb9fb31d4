import { describe, expect, it } from 'vitest';
import { call, openTestApp } from './helpers';

describe('the next meeting follows up the previous one', () => {
  it('opens its agenda with the open action items of the meeting it carries over, the closed ones left out', async () => {
    const core = await openTestApp();
    const body = await call(core, 'bodies.create', { name: 'Anti-Terrorism Task Force', acronym: 'ATTF' });
    const series = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the ATTF' });
    const event = await call(core, 'events.create', { seriesId: series.id, when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-14T17:00', timeZone: 'Europe/Bucharest' } });
    const ana = await call(core, 'people.create', { fullName: 'Ana Ionescu' });
    await call(core, 'actions.create', { eventId: event.id, title: 'Send the national threat assessments', ownerId: ana.id, dueOn: '2026-06-01' });
    await call(core, 'actions.create', { eventId: event.id, title: 'Draft the terms of reference', status: 'in_progress' });
    await call(core, 'actions.create', { eventId: event.id, title: 'Book the venue', status: 'done' });

    // The meeting had no agenda: the next one gets a session holding the follow-up alone.
    const { eventId } = await call(core, 'agenda.carryOver', { fromEventId: event.id, start: '2026-10-13' });
    const next = await call(core, 'agenda.get', { eventId });
    const items = next.days.flatMap((d) => d.sessions.flatMap((s) => s.items));
    expect(items.map((i) => i.title)).toEqual(['Follow-up of the previous meeting']);
    expect(items[0]!.kind).toBe('discussion');
    expect(items[0]!.description).toBe('— Send the national threat assessments (Ana Ionescu, due 2026-06-01)\n— Draft the terms of reference');
    expect(next.days[0]!.day).toBe('2026-10-13');

    // The next one again: its follow-up slot takes the new list, once, first in its first session.
    await call(core, 'actions.create', { eventId, title: 'Report on the joint operation' });
    const { eventId: third } = await call(core, 'agenda.carryOver', { fromEventId: eventId, start: '2027-04-13' });
    const thirdItems = (await call(core, 'agenda.get', { eventId: third })).days.flatMap((d) => d.sessions.flatMap((s) => s.items));
    expect(thirdItems.map((i) => [i.title, i.description])).toEqual([['Follow-up of the previous meeting', '— Report on the joint operation']]);
  });
});
