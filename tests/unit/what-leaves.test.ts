import { describe, expect, it } from 'vitest';
import { call, openTestApp } from './helpers';

describe('what may leave the organisation', () => {
  it('keeps a restricted conclusion out of the outcomes document and the report, and a person who asked out of the list handed out', async () => {
    const core = await openTestApp();
    const event = await call(core, 'events.create', {
      title: 'Meeting of the liaison officers',
      status: 'held',
      when: { allDay: false, start: '2026-03-10T09:00', end: '2026-03-10T17:00', timeZone: 'Europe/Bucharest' },
      venueName: 'SELEC Headquarters',
      venueCity: 'Bucharest',
    });
    await call(core, 'outcomes.create', { eventId: event.id, text: 'The next meeting is held in Sofia.' });
    const secret = await call(core, 'outcomes.create', { eventId: event.id, kind: 'decision', text: 'Operation NIGHTFALL starts on 1 April.', restricted: true });
    expect(secret.restricted).toBe(true);
    // An edit that does not say keeps the restriction.
    expect((await call(core, 'outcomes.update', { id: secret.id, agendaItemId: null, kind: 'decision', text: 'Operation NIGHTFALL starts on 2 April.' })).restricted).toBe(true);

    const outcomes = await call(core, 'documents.html', { eventId: event.id, document: 'outcomes', locale: 'en-GB' });
    expect(outcomes.html).toContain('The next meeting is held in Sofia.');
    expect(outcomes.html).not.toContain('NIGHTFALL');
    expect(outcomes.html).toContain('Restricted conclusions and decisions left out: 1.');
    const report = await call(core, 'documents.html', { eventId: event.id, document: 'report', locale: 'en-GB' });
    expect(report.html).toContain('The next meeting is held in Sofia.');
    expect(report.html).not.toContain('NIGHTFALL');

    const ana = await call(core, 'people.create', { fullName: 'Ana Ionescu', countryCode: 'RO', emails: ['ana@police.example.ro'] });
    const ion = await call(core, 'people.create', { fullName: 'Ion Popescu', countryCode: 'RO', onHandouts: false });
    expect(ion.onHandouts).toBe(false);
    await call(core, 'roster.add', { eventId: event.id, personIds: [ana.id, ion.id], role: 'delegate', invitation: 'confirmed' });
    const handout = await call(core, 'documents.html', { eventId: event.id, document: 'participants', locale: 'en-GB' });
    expect(handout.html).toContain('Ana Ionescu');
    expect(handout.html).not.toContain('Ion Popescu');
    const internal = await call(core, 'documents.html', { eventId: event.id, document: 'participants', locale: 'en-GB', contacts: true });
    expect(internal.html).toContain('Ion Popescu');
    expect(internal.html).toContain('ana@police.example.ro');
  });
});
