import { describe, expect, it } from 'vitest';
import type { Agenda, AgendaItem } from '../../src-shared/contract';
import { callError, call, openTestApp } from './helpers';
import type { LiaisonCore } from '../../src-main/core/app';

const timed = (start: string, end: string, timeZone = 'Europe/Bucharest') => ({ allDay: false, start, end, timeZone });

async function twoDayMeeting(core: LiaisonCore) {
  const body = await call(core, 'bodies.create', { name: 'Anti-Terrorism Task Force', acronym: 'ATTF' });
  const series = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the ATTF', eventKind: 'task_force_meeting' });
  const event = await call(core, 'events.create', {
    seriesId: series.id,
    when: timed('2026-04-14T09:00', '2026-04-15T13:00'),
    venueName: 'Palace of the Parliament',
    venueCity: 'Bucharest',
    venueCountryCode: 'RO',
  });
  return { body, series, event };
}

const person = (core: LiaisonCore, fullName: string, countryCode = 'RO') => call(core, 'people.create', { fullName, countryCode });
const items = (agenda: Agenda) => agenda.days.flatMap((d) => d.sessions.flatMap((s) => s.items));
const byTitle = (agenda: Agenda, title: string) => items(agenda).find((i) => i.title === title)!;
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const times = (agenda: Agenda) => items(agenda).map((i) => `${clock(i.startMin)}-${clock(i.endMin)} ${i.title}`);

describe('agenda', () => {
  it('lists the event’s days with planned hours taken from the event, and flows item times from the day start', async () => {
    const core = await openTestApp();
    const { event } = await twoDayMeeting(core);
    let agenda = await call(core, 'agenda.get', { eventId: event.id });
    expect(agenda.days.map((d) => [d.day, d.startsAt, d.endsAt])).toEqual([
      ['2026-04-14', '09:00', '18:00'],
      ['2026-04-15', '09:00', '13:00'],
    ]);
    expect(agenda.itemCount).toBe(0);

    agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-14', title: 'Opening session' });
    const session = agenda.days[0]!.sessions[0]!;
    for (const [title, kind, durationMin] of [
      ['Welcome address', 'opening', 15],
      ['Threat assessment', 'presentation', 45],
      ['Coffee break', 'break', 30],
    ] as const) {
      agenda = await call(core, 'agenda.addItem', { sessionId: session.id, title, kind, durationMin });
    }
    expect(times(agenda)).toEqual(['09:00-09:15 Welcome address', '09:15-10:00 Threat assessment', '10:00-10:30 Coffee break']);

    // A longer item pushes the ones after it; a fixed start holds.
    agenda = await call(core, 'agenda.updateItem', { ...editable(byTitle(agenda, 'Welcome address')), durationMin: 30 });
    expect(times(agenda)).toEqual(['09:00-09:30 Welcome address', '09:30-10:15 Threat assessment', '10:15-10:45 Coffee break']);
    agenda = await call(core, 'agenda.updateItem', { ...editable(byTitle(agenda, 'Coffee break')), fixedStart: '11:00' });
    expect(times(agenda).at(-1)).toBe('11:00-11:30 Coffee break');

    // Planned hours of a day are the user's to change.
    agenda = await call(core, 'agenda.setDayHours', { eventId: event.id, day: '2026-04-14', startsAt: '08:30', endsAt: '17:00' });
    expect(agenda.days[0]).toMatchObject({ startsAt: '08:30', endsAt: '17:00' });
    expect(times(agenda)[0]).toBe('08:30-09:00 Welcome address');
    const invalid = await callError(core, 'agenda.setDayHours', { eventId: event.id, day: '2026-04-14', startsAt: '17:00', endsAt: '09:00' });
    expect(invalid.details?.issues).toEqual([{ path: 'endsAt', message: 'The day ends before it starts' }]);
  });

  it('moves items within and between sessions and days, splits a session, and recomputes times', async () => {
    const core = await openTestApp();
    const { event } = await twoDayMeeting(core);
    let agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-14', title: 'Morning' });
    const morning = agenda.days[0]!.sessions[0]!.id;
    for (const title of ['A', 'B', 'C', 'D']) agenda = await call(core, 'agenda.addItem', { sessionId: morning, title, durationMin: 60 });
    agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-15', title: 'Day two' });
    const dayTwo = agenda.days[1]!.sessions[0]!.id;

    agenda = await call(core, 'agenda.moveItem', { id: byTitle(agenda, 'D').id, sessionId: morning, index: 0 });
    expect(times(agenda)).toEqual(['09:00-10:00 D', '10:00-11:00 A', '11:00-12:00 B', '12:00-13:00 C']);

    agenda = await call(core, 'agenda.moveItem', { id: byTitle(agenda, 'A').id, sessionId: dayTwo, index: 0 });
    expect(agenda.days[0]!.sessions[0]!.items.map((i) => i.title)).toEqual(['D', 'B', 'C']);
    expect(agenda.days[1]!.sessions[0]!.items.map((i) => [i.title, clock(i.startMin)])).toEqual([['A', '09:00']]);

    // Insert a break after B, then split the session before C: C goes to a new session that follows on.
    agenda = await call(core, 'agenda.addItem', { sessionId: morning, afterItemId: byTitle(agenda, 'B').id, title: 'Coffee', kind: 'break', durationMin: 15 });
    expect(agenda.days[0]!.sessions[0]!.items.map((i) => i.title)).toEqual(['D', 'B', 'Coffee', 'C']);
    agenda = await call(core, 'agenda.splitSession', { itemId: byTitle(agenda, 'C').id, title: 'Late morning' });
    expect(agenda.days[0]!.sessions.map((s) => [s.title, s.items.map((i) => i.title), clock(s.startMin), clock(s.endMin)])).toEqual([
      ['Morning', ['D', 'B', 'Coffee'], '09:00', '11:15'],
      ['Late morning', ['C'], '11:15', '12:15'],
    ]);
    const first = await callError(core, 'agenda.splitSession', { itemId: byTitle(agenda, 'D').id, title: '' });
    expect(first.message).toMatch(/already the first item/);

    agenda = await call(core, 'agenda.deleteItem', { id: byTitle(agenda, 'B').id });
    expect(times(agenda).slice(0, 2)).toEqual(['09:00-10:00 D', '10:00-10:15 Coffee']);

    // An item cannot move to another event's agenda.
    const other = await call(core, 'events.create', { title: 'Other', when: timed('2026-05-01T09:00', '2026-05-01T12:00') });
    const otherAgenda = await call(core, 'agenda.addSession', { eventId: other.id, day: '2026-05-01', title: '' });
    const refused = await callError(core, 'agenda.moveItem', { id: byTitle(agenda, 'D').id, sessionId: otherAgenda.days[0]!.sessions[0]!.id, index: 0 });
    expect(refused.details?.issues?.[0]?.path).toBe('sessionId');
  });

  it('warns where the problem is: past the day, overlaps, a speaker in two places, unconfirmed or declined', async () => {
    const core = await openTestApp();
    const { event } = await twoDayMeeting(core);
    const ana = await person(core, 'Ana Petrović', 'RS');
    const ion = await person(core, 'Ion Popescu');
    const eva = await person(core, 'Eva Novak', 'SI');
    await call(core, 'roster.add', { eventId: event.id, personIds: [ana.id, ion.id], role: 'speaker', invitation: 'confirmed' });
    await call(core, 'roster.add', { eventId: event.id, personIds: [eva.id], role: 'speaker', invitation: 'invited' });

    let agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-15', title: 'Closing day' });
    const session = agenda.days[1]!.sessions[0]!.id;
    agenda = await call(core, 'agenda.addItem', { sessionId: session, title: 'Panel', kind: 'panel', durationMin: 90, speakerIds: [ana.id, ion.id] });
    agenda = await call(core, 'agenda.addItem', { sessionId: session, title: 'Parallel talk', fixedStart: '10:00', durationMin: 60, speakerIds: [ana.id] });
    agenda = await call(core, 'agenda.addItem', { sessionId: session, title: 'Long discussion', kind: 'discussion', durationMin: 150, speakerIds: [eva.id] });
    expect(agenda.warningCount).toBeGreaterThan(0);

    const codes = (item: AgendaItem) => item.warnings.map((w) => w.code).sort();
    expect(codes(byTitle(agenda, 'Panel'))).toEqual(['speaker_clash']);
    expect(byTitle(agenda, 'Panel').warnings[0]!.message).toBe('Ana Petrović also speaks in “Parallel talk” (10:00–11:00) at the same time');
    expect(codes(byTitle(agenda, 'Parallel talk'))).toEqual(['overlap', 'speaker_clash']);
    expect(byTitle(agenda, 'Parallel talk').warnings.find((w) => w.code === 'overlap')!.message).toBe('Starts at 10:00, before “Panel” ends (10:30)');
    // 11:00 + 150 min = 13:30, past the day's end (the event ends at 13:00), and Eva has not confirmed.
    expect(codes(byTitle(agenda, 'Long discussion'))).toEqual(['past_day_end', 'speaker_unconfirmed']);
    expect(byTitle(agenda, 'Long discussion').warnings.map((w) => w.message)).toContain('Ends at 13:30, after the day\'s planned end (13:00)');

    // Declining shows on the item; another event at the same time too.
    const roster = await call(core, 'roster.list', { eventId: event.id });
    await call(core, 'roster.bulkUpdate', { ids: [roster.rows.find((r) => r.personId === eva.id)!.id], invitation: 'declined' });
    const elsewhere = await call(core, 'events.create', { title: 'Bilateral in Belgrade', kind: 'bilateral_meeting', when: timed('2026-04-15T08:45', '2026-04-15T10:00', 'Europe/Belgrade') });
    await call(core, 'roster.add', { eventId: elsewhere.id, personIds: [ion.id] });
    agenda = await call(core, 'agenda.get', { eventId: event.id });
    expect(byTitle(agenda, 'Long discussion').warnings.map((w) => w.message)).toContain('Eva Novak has declined the invitation');
    // Belgrade is an hour behind: 08:45 there is 09:45 in Bucharest, inside the panel (09:00–10:30).
    const panel = byTitle(agenda, 'Panel').warnings.find((w) => w.code === 'speaker_other_event');
    expect(panel?.message).toBe('Ion Popescu is on the roster of “Bilateral in Belgrade” (from 2026-04-15 09:45) at the same time');
    expect(byTitle(agenda, 'Parallel talk').warnings.some((w) => w.code === 'speaker_other_event')).toBe(false);

    // Fixing the overlap clears it.
    agenda = await call(core, 'agenda.updateItem', { ...editable(byTitle(agenda, 'Parallel talk')), fixedStart: null });
    expect(codes(byTitle(agenda, 'Parallel talk'))).toEqual([]);
  });

  it('refuses a speaker who is not on the roster unless asked to add them, then adds them as an invited speaker', async () => {
    const core = await openTestApp();
    const { event } = await twoDayMeeting(core);
    const guest = await person(core, 'Guest Speaker', 'SI');
    let agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-14', title: '' });
    const sessionId = agenda.days[0]!.sessions[0]!.id;
    const error = await callError(core, 'agenda.addItem', { sessionId, title: 'Keynote', speakerIds: [guest.id] });
    expect(error.details?.issues).toEqual([{ path: 'speakerIds.0', message: 'Guest Speaker is not on the roster: add them to it first' }]);
    expect(items(await call(core, 'agenda.get', { eventId: event.id }))).toEqual([]);

    agenda = await call(core, 'agenda.addItem', { sessionId, title: 'Keynote', speakerIds: [guest.id], addSpeakersToRoster: true });
    expect(byTitle(agenda, 'Keynote').speakers).toEqual([
      expect.objectContaining({ fullName: 'Guest Speaker', countryCode: 'SI', countryName: 'Slovenia', invitation: 'invited' }),
    ]);
    const roster = await call(core, 'roster.list', { eventId: event.id });
    expect(roster.rows).toEqual([expect.objectContaining({ fullName: 'Guest Speaker', role: 'speaker', invitation: 'invited' })]);
  });

  it('carries the agenda over to the next meeting of the series, with speakers and invitations when asked', async () => {
    const core = await openTestApp();
    const { event, series } = await twoDayMeeting(core);
    const ana = await person(core, 'Ana Petrović', 'RS');
    const ion = await person(core, 'Ion Popescu');
    await call(core, 'roster.add', { eventId: event.id, personIds: [ana.id, ion.id], role: 'head_of_delegation', invitation: 'confirmed' });
    let agenda = await call(core, 'agenda.setDayHours', { eventId: event.id, day: '2026-04-14', startsAt: '09:30', endsAt: '17:00' });
    agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-14', title: 'Tour de table' });
    agenda = await call(core, 'agenda.addItem', { sessionId: agenda.days[0]!.sessions[0]!.id, title: 'National reports', kind: 'discussion', durationMin: 120, speakerIds: [ana.id], description: 'Each delegation, 10 minutes' });
    agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-15', title: 'Closing', fixedStart: '11:00' });
    agenda = await call(core, 'agenda.addItem', { sessionId: agenda.days[1]!.sessions[0]!.id, title: 'Handover of the presidency', kind: 'ceremony', durationMin: 30 });

    const tooEarly = await callError(core, 'agenda.carryOver', { fromEventId: event.id, start: '2026-04-14' });
    expect(tooEarly.details?.issues?.[0]?.path).toBe('start');

    const { eventId } = await call(core, 'agenda.carryOver', { fromEventId: event.id, start: '2026-10-20', includeSpeakers: true });
    const next = await call(core, 'events.get', { id: eventId });
    expect(next).toMatchObject({ seriesId: series.id, seriesNumber: 2, title: '2nd meeting of the ATTF', venueCity: 'Bucharest', status: 'planned' });
    expect(next.when).toEqual(timed('2026-10-20T09:00', '2026-10-21T13:00'));
    const copied = await call(core, 'agenda.get', { eventId });
    expect(copied.days.map((d) => [d.day, d.startsAt, d.endsAt, d.sessions.map((s) => s.title)])).toEqual([
      ['2026-10-20', '09:30', '17:00', ['Tour de table']],
      ['2026-10-21', '09:00', '13:00', ['Closing']],
    ]);
    expect(times(copied)).toEqual(['09:30-11:30 National reports', '11:00-11:30 Handover of the presidency']);
    // The skeleton: times, kinds and titles; not the description.
    expect(byTitle(copied, 'National reports')).toMatchObject({ kind: 'discussion', description: '', speakers: [expect.objectContaining({ fullName: 'Ana Petrović', invitation: 'invited' })] });
    // Speakers come along as invited, keeping their role; without the invitation list nobody else does.
    const roster = await call(core, 'roster.list', { eventId });
    expect(roster.rows.map((r) => [r.fullName, r.role, r.invitation])).toEqual([['Ana Petrović', 'head_of_delegation', 'invited']]);

    const { eventId: third } = await call(core, 'agenda.carryOver', { fromEventId: eventId, start: '2027-04-13', includeInvitations: true });
    expect(items(await call(core, 'agenda.get', { eventId: third })).every((i) => i.speakers.length === 0)).toBe(true);
    expect((await call(core, 'roster.list', { eventId: third })).rows).toHaveLength(1);
  });

  it('saves an agenda as a template and starts an empty agenda from it', async () => {
    const core = await openTestApp();
    const { event } = await twoDayMeeting(core);
    const empty = await callError(core, 'agendaTemplates.save', { eventId: event.id, name: 'Task force meeting' });
    expect(empty.message).toMatch(/empty/);

    let agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-15', title: 'Only day two' });
    agenda = await call(core, 'agenda.addItem', { sessionId: agenda.days[1]!.sessions[0]!.id, title: 'Opening', kind: 'opening', durationMin: 20 });
    const template = await call(core, 'agendaTemplates.save', { eventId: event.id, name: 'Task force meeting' });
    expect(template).toMatchObject({ name: 'Task force meeting', dayCount: 1, itemCount: 1 });
    const duplicate = await callError(core, 'agendaTemplates.save', { eventId: event.id, name: 'task force MEETING' });
    expect(duplicate.code).toBe('conflict');
    await call(core, 'agendaTemplates.save', { eventId: event.id, name: 'task force meeting', replace: true });
    expect(await call(core, 'agendaTemplates.list')).toHaveLength(1);

    const workshop = await call(core, 'events.create', { title: 'Workshop', kind: 'workshop', when: { allDay: true, start: '2026-06-01', end: '2026-06-02', timeZone: 'Europe/Tirane' } });
    const started = await call(core, 'agendaTemplates.apply', { templateId: template.id, eventId: workshop.id });
    expect(started.days.map((d) => [d.day, d.sessions.map((s) => s.title)])).toEqual([
      ['2026-06-01', []],
      ['2026-06-02', ['Only day two']],
    ]);
    expect(times(started)).toEqual(['09:00-09:20 Opening']);
    // The workshop keeps its own planned hours: the template's day ended at 13:00, this one at 18:00.
    expect(started.days[1]).toMatchObject({ startsAt: '09:00', endsAt: '18:00' });
    const again = await callError(core, 'agendaTemplates.apply', { templateId: template.id, eventId: workshop.id });
    expect(again.message).toMatch(/already has sessions/);
    await call(core, 'agendaTemplates.delete', { id: template.id });
    expect(await call(core, 'agendaTemplates.list')).toEqual([]);
  });
});

/** The fields of an item as `agenda.updateItem` takes them. */
function editable(item: AgendaItem) {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    description: item.description,
    notes: item.notes,
    fixedStart: item.fixedStart,
    durationMin: item.durationMin,
    speakerIds: item.speakers.map((s) => s.personId),
  };
}
