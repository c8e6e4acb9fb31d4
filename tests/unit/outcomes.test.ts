import { describe, expect, it } from 'vitest';
import type { ActionItem, CallInput } from '../../src-shared/contract';
import type { LiaisonCore } from '../../src-main/core/app';
import { call, callError, openTestApp } from './helpers';

const timed = (start: string, end: string, timeZone = 'Europe/Bucharest') => ({ allDay: false, start, end, timeZone });

/** A numbered meeting of a body with two agenda items, and a second event of another body. */
async function meetings(core: LiaisonCore) {
  const body = await call(core, 'bodies.create', { name: 'Anti-Terrorism Task Force', acronym: 'ATTF' });
  const otherBody = await call(core, 'bodies.create', { name: 'Anti-Drug Trafficking Task Force', acronym: 'ADTF' });
  const series = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the ATTF', eventKind: 'task_force_meeting' });
  const event = await call(core, 'events.create', { seriesId: series.id, when: timed('2026-04-14T09:00', '2026-04-14T17:00') });
  const other = await call(core, 'events.create', {
    title: 'Heroin route workshop',
    bodyId: otherBody.id,
    when: timed('2026-02-10T09:00', '2026-02-10T17:00'),
  });
  let agenda = await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-14', title: 'Morning' });
  const session = agenda.days[0]!.sessions[0]!.id;
  agenda = await call(core, 'agenda.addItem', { sessionId: session, title: 'Threat assessment', durationMin: 45 });
  agenda = await call(core, 'agenda.addItem', { sessionId: session, title: 'Joint operations', durationMin: 45 });
  const [threat, joint] = agenda.days[0]!.sessions[0]!.items;
  agenda = await call(core, 'agenda.addSession', { eventId: other.id, day: '2026-02-10', title: '' });
  agenda = await call(core, 'agenda.addItem', { sessionId: agenda.days[0]!.sessions[0]!.id, title: 'Routes' });
  const foreignItem = agenda.days[0]!.sessions[0]!.items[0]!;
  return { body, otherBody, event, other, threat: threat!, joint: joint!, foreignItem };
}

async function people(core: LiaisonCore) {
  const police = await call(core, 'organisations.create', { name: 'General Inspectorate of Romanian Police', acronym: 'IGPR', countryCode: 'RO' });
  const ministry = await call(core, 'organisations.create', { name: 'Ministry of Interior of Serbia', countryCode: 'RS' });
  const ion = await call(core, 'people.create', { fullName: 'Ion Popescu', countryCode: 'RO', organisationId: police.id });
  const ana = await call(core, 'people.create', { fullName: 'Ana Petrović', countryCode: 'RS', organisationId: ministry.id });
  return { ion, ana };
}

const titles = (actions: ActionItem[]) => actions.map((a) => a.title);

describe('outcomes', () => {
  it('records conclusions and decisions for the event or one of its agenda items, in order of entry', async () => {
    const core = await openTestApp();
    const { event, threat, joint } = await meetings(core);

    const first = await call(core, 'outcomes.create', { eventId: event.id, text: 'The threat level remains high.' });
    expect(first).toMatchObject({ eventId: event.id, kind: 'conclusion', agendaItemId: null, agendaItemTitle: null });
    const decision = await call(core, 'outcomes.create', { eventId: event.id, kind: 'decision', agendaItemId: threat.id, text: 'Share the assessment with Europol.' });
    expect(decision).toMatchObject({ kind: 'decision', agendaItemId: threat.id, agendaItemTitle: 'Threat assessment' });
    await call(core, 'outcomes.create', { eventId: event.id, kind: 'conclusion', agendaItemId: joint.id, text: '<b>Two</b> operations ended.' });

    let listed = await call(core, 'outcomes.list', { eventId: event.id });
    expect(listed.outcomes.map((o) => [o.kind, o.text])).toEqual([
      ['conclusion', 'The threat level remains high.'],
      ['decision', 'Share the assessment with Europol.'],
      ['conclusion', '<b>Two</b> operations ended.'],
    ]);
    expect(listed.actions).toEqual([]);

    const edited = await call(core, 'outcomes.update', { id: first.id, agendaItemId: joint.id, kind: 'decision', text: 'Raise the threat level.' });
    expect(edited).toMatchObject({ kind: 'decision', agendaItemTitle: 'Joint operations', text: 'Raise the threat level.' });
    expect(edited.updatedAt >= first.updatedAt).toBe(true);
    const moved = await call(core, 'outcomes.update', { id: decision.id, agendaItemId: null, kind: 'decision', text: decision.text });
    expect(moved.agendaItemId).toBeNull();

    await call(core, 'outcomes.delete', { id: first.id });
    listed = await call(core, 'outcomes.list', { eventId: event.id });
    expect(listed.outcomes.map((o) => o.text)).toEqual(['Share the assessment with Europol.', '<b>Two</b> operations ended.']);
    expect((await callError(core, 'outcomes.delete', { id: first.id })).code).toBe('not_found');
  });

  it('refuses an unknown event, an agenda item of another event, and an unknown owner', async () => {
    const core = await openTestApp();
    const { event, other, threat, foreignItem } = await meetings(core);
    const missing = '01900000-0000-7000-8000-000000000000';

    expect((await callError(core, 'outcomes.list', { eventId: missing })).code).toBe('not_found');
    expect((await callError(core, 'outcomes.create', { eventId: missing, text: 'x' })).code).toBe('not_found');
    expect((await callError(core, 'actions.create', { eventId: missing, title: 'x' })).code).toBe('not_found');

    const foreign = await callError(core, 'outcomes.create', { eventId: event.id, agendaItemId: foreignItem.id, text: 'x' });
    expect(foreign.code).toBe('invalid_input');
    expect(foreign.details?.issues?.[0]?.path).toBe('agendaItemId');
    const ok = await call(core, 'outcomes.create', { eventId: other.id, agendaItemId: foreignItem.id, text: 'Routes shift north.' });
    const moved = await callError(core, 'outcomes.update', { id: ok.id, agendaItemId: threat.id, kind: 'conclusion', text: 'x' });
    expect(moved.details?.issues?.[0]?.path).toBe('agendaItemId');

    const actionForeign = await callError(core, 'actions.create', { eventId: event.id, agendaItemId: foreignItem.id, title: 'x' });
    expect(actionForeign.details?.issues?.[0]?.path).toBe('agendaItemId');
    const owner = await callError(core, 'actions.create', { eventId: event.id, ownerId: missing, title: 'x' });
    expect(owner.code).toBe('invalid_input');
    expect(owner.details?.issues?.[0]?.path).toBe('ownerId');

    const empty = await callError(core, 'outcomes.create', { eventId: event.id, text: '   ' });
    expect(empty.details?.issues?.[0]?.path).toBe('text');
    expect(core.db.prepare('SELECT count(*) FROM action_items').pluck().get()).toBe(0);
  });

  it('lists action items overdue first, then by due date, then done and dropped, with every filter', async () => {
    const core = await openTestApp();
    const { body, otherBody, event, other, threat } = await meetings(core);
    const { ion, ana } = await people(core);
    const today = '2026-05-01';
    const add = (eventId: string, title: string, fields: Partial<CallInput<'actions.create'>> = {}) =>
      call(core, 'actions.create', { eventId, title, ...fields });

    await add(event.id, 'Circulate the minutes', { ownerId: ion.id, dueOn: '2026-06-01' });
    await add(event.id, 'Send the assessment', { ownerId: ana.id, dueOn: '2026-04-20', agendaItemId: threat.id });
    await add(event.id, 'Book the venue', { dueOn: '2026-04-30', status: 'in_progress' });
    await add(event.id, 'Think about it');
    await add(other.id, 'Map the routes', { ownerId: ana.id, dueOn: '2026-03-01' });
    await add(other.id, 'Old report', { ownerId: ion.id, dueOn: '2026-01-01', status: 'done' });
    await add(event.id, 'Abandoned idea', { dueOn: '2026-01-01', status: 'dropped' });
    await add(event.id, 'Finished task', { status: 'done' });
    await add(event.id, 'Due today', { dueOn: today });

    const all = await call(core, 'actions.list', { show: 'all', today });
    expect(all.map((a) => [a.title, a.overdue])).toEqual([
      ['Map the routes', true],
      ['Send the assessment', true],
      ['Book the venue', true],
      ['Due today', false],
      ['Circulate the minutes', false],
      ['Think about it', false],
      ['Old report', false],
      ['Finished task', false],
      ['Abandoned idea', false],
    ]);
    const sent = all.find((a) => a.title === 'Send the assessment')!;
    expect(sent).toMatchObject({
      eventId: event.id,
      eventTitle: '1st meeting of the ATTF',
      eventStartsAt: event.startsAt,
      bodyId: body.id,
      bodyName: 'Anti-Terrorism Task Force',
      agendaItemTitle: 'Threat assessment',
      ownerName: 'Ana Petrović',
      ownerCountryCode: 'RS',
      ownerOrganisation: 'Ministry of Interior of Serbia',
      status: 'open',
      notes: '',
    });
    expect(all.find((a) => a.title === 'Circulate the minutes')!.ownerOrganisation).toBe('IGPR');
    expect(all.find((a) => a.title === 'Think about it')).toMatchObject({ ownerId: null, ownerName: null, ownerCountryCode: null, ownerOrganisation: null, dueOn: null });

    // Open is the default and keeps open and in progress only.
    expect(titles(await call(core, 'actions.list', { today }))).toEqual(['Map the routes', 'Send the assessment', 'Book the venue', 'Due today', 'Circulate the minutes', 'Think about it']);
    expect(titles(await call(core, 'actions.list', { today, ownerId: ana.id }))).toEqual(['Map the routes', 'Send the assessment']);
    expect(titles(await call(core, 'actions.list', { today, show: 'all', ownerId: ion.id }))).toEqual(['Circulate the minutes', 'Old report']);
    expect(titles(await call(core, 'actions.list', { today, show: 'all', countryCode: 'ro' }))).toEqual(['Circulate the minutes', 'Old report']);
    expect(titles(await call(core, 'actions.list', { today, countryCode: 'RS' }))).toEqual(['Map the routes', 'Send the assessment']);
    expect(titles(await call(core, 'actions.list', { today, bodyId: otherBody.id, show: 'all' }))).toEqual(['Map the routes', 'Old report']);
    expect(titles(await call(core, 'actions.list', { today, bodyId: body.id, ownerId: ana.id }))).toEqual(['Send the assessment']);
    expect(titles(await call(core, 'actions.list', { today, eventId: other.id }))).toEqual(['Map the routes']);

    // Overdue is measured against the day given; a week earlier only the oldest is late.
    const earlier = await call(core, 'actions.list', { today: '2026-04-01' });
    expect(earlier.filter((a) => a.overdue).map((a) => a.title)).toEqual(['Map the routes']);
    expect(titles(earlier)).toEqual(['Map the routes', 'Send the assessment', 'Book the venue', 'Due today', 'Circulate the minutes', 'Think about it']);

    // The event's outcomes carry its own actions in the same order.
    const listed = await call(core, 'outcomes.list', { eventId: other.id });
    expect(titles(listed.actions)).toEqual(['Map the routes', 'Old report']);
  });

  it('updates an action item, refusing a stale edit, and deletes it', async () => {
    const core = await openTestApp();
    const { event, threat } = await meetings(core);
    const { ion, ana } = await people(core);
    const created = await call(core, 'actions.create', { eventId: event.id, title: 'Send the assessment', ownerId: ion.id, dueOn: '2000-01-01' });
    expect(created.overdue).toBe(true);

    const updated = await call(core, 'actions.update', {
      id: created.id,
      title: 'Send the threat assessment',
      ownerId: ana.id,
      agendaItemId: threat.id,
      dueOn: '2026-05-01',
      status: 'done',
      notes: 'Sent by diplomatic mail',
      expectedUpdatedAt: created.updatedAt,
    });
    expect(updated).toMatchObject({ title: 'Send the threat assessment', ownerName: 'Ana Petrović', agendaItemTitle: 'Threat assessment', status: 'done', overdue: false, notes: 'Sent by diplomatic mail' });

    const stale = await callError(core, 'actions.update', { id: created.id, title: 'Other', expectedUpdatedAt: '2000-01-01T00:00:00.000Z' });
    expect(stale.code).toBe('conflict');
    expect((await call(core, 'actions.list', { show: 'all' }))[0]!.title).toBe('Send the threat assessment');

    // Without expectedUpdatedAt the last write wins; fields left out take their defaults.
    const cleared = await call(core, 'actions.update', { id: created.id, title: 'Plain' });
    expect(cleared).toMatchObject({ ownerId: null, agendaItemId: null, dueOn: null, status: 'open', notes: '' });

    const unknownOwner = await callError(core, 'actions.update', { id: created.id, title: 'x', ownerId: '01900000-0000-7000-8000-000000000000' });
    expect(unknownOwner.details?.issues?.[0]?.path).toBe('ownerId');

    await call(core, 'actions.delete', { id: created.id });
    expect(await call(core, 'actions.list', { show: 'all' })).toEqual([]);
    expect((await callError(core, 'actions.delete', { id: created.id })).code).toBe('not_found');
    expect((await callError(core, 'actions.update', { id: created.id, title: 'x' })).code).toBe('not_found');
  });

  it('keeps outcomes and actions when their agenda item or owner is deleted, and drops them with the event', async () => {
    const core = await openTestApp();
    const { event, threat } = await meetings(core);
    const { ion } = await people(core);
    await call(core, 'outcomes.create', { eventId: event.id, agendaItemId: threat.id, text: 'Threat remains high.' });
    await call(core, 'actions.create', { eventId: event.id, agendaItemId: threat.id, ownerId: ion.id, title: 'Update the assessment' });

    await call(core, 'agenda.deleteItem', { id: threat.id });
    await call(core, 'people.delete', { id: ion.id });
    const listed = await call(core, 'outcomes.list', { eventId: event.id });
    expect(listed.outcomes).toMatchObject([{ text: 'Threat remains high.', agendaItemId: null, agendaItemTitle: null }]);
    expect(listed.actions).toMatchObject([{ title: 'Update the assessment', agendaItemId: null, ownerId: null, ownerName: null }]);

    await call(core, 'events.delete', { id: event.id });
    expect(core.db.prepare('SELECT count(*) FROM outcomes').pluck().get()).toBe(0);
    expect(await call(core, 'actions.list', { show: 'all' })).toEqual([]);
  });
});
