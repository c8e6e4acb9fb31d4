import { describe, expect, it } from 'vitest';
import { type CallName, type CallSpec, callNames, changesOf, contract, domains } from '../../src-shared/contract';
import type { LiaisonCore } from '../../src-main/core/app';
import { nominationFormXlsx } from '../../src-main/core/invitations/nomination-form';
import { startRelay } from '../../src-main/sync-server';
import { call, callRaw, openTestApp, tempDir, TEST_PASSPHRASE } from './helpers';

const writes = callNames.filter((name) => contract[name].mutates);

describe('the domains each call changes', () => {
  it('are declared by every call that writes, from the list the renderer watches, and by no call that reads', () => {
    for (const name of callNames) {
      const spec: CallSpec = contract[name];
      if (!spec.mutates) {
        expect('changes' in spec, name).toBe(false);
        continue;
      }
      expect(Array.isArray(spec.changes), name).toBe(true);
      for (const domain of spec.changes) expect([...domains, '*'], name).toContain(domain);
      // Only the vault's own calls change no data: they announce vault.changed instead.
      if (!name.startsWith('vault.')) expect(spec.changes.length, name).toBeGreaterThan(0);
    }
    // A domain nobody announces would be watched in vain.
    const announced = new Set(writes.flatMap((name) => changesOf(name)));
    for (const domain of domains) expect(announced, domain).toContain(domain);
  });

  it('are announced by the dispatcher after each write exactly as declared', async () => {
    const core = await openTestApp();
    const heard: string[][] = [];
    core.events.on('data.changed', ({ domains: changed }) => heard.push(changed));
    const covered = new Set<CallName>();
    const write = async <T = any>(target: LiaisonCore, name: CallName, input: unknown): Promise<T> => {
      const before = heard.length;
      const data = (await callRaw(target, name, input)) as T;
      const declared = changesOf(name);
      expect(heard.slice(before), name).toEqual(declared.length ? [[...declared]] : []);
      covered.add(name);
      return data;
    };
    const w = <T = any>(name: CallName, input: unknown) => write<T>(core, name, input);

    await w('system.loadDemo', {});
    await w('settings.set', { key: 'calendar.view', value: 'month' });
    await w('settings.sortLanguage', { locale: 'hr' });

    const org = await w('organisations.create', { name: 'Test Agency', countryCode: 'RO' });
    await w('organisations.update', { id: org.id, name: 'Test Agency for Evidence', countryCode: 'RO' });
    const ana = await w('people.create', { fullName: 'Ana Ionescu', countryCode: 'RO', organisationId: org.id, emails: ['ana@example.org'] });
    await w('people.update', { id: ana.id, fullName: 'Ana Ionescu', countryCode: 'RO', organisationId: org.id, isSpoc: true });
    const dup = await w('people.create', { fullName: 'Ana Ionescu (copy)', countryCode: 'RO' });
    const ion = await w('people.create', { fullName: 'Ion Popescu', countryCode: 'RO' });

    const body = await w('bodies.create', { name: 'Test Task Force', members: [{ countryCode: 'RO', kind: 'member_state' }] });
    await w('bodies.update', { id: body.id, name: 'Test Task Force', members: [{ countryCode: 'RO', kind: 'member_state' }] });
    const series = await w('series.create', { bodyId: body.id, name: 'meeting of the Test Task Force' });
    await w('series.update', { id: series.id, bodyId: body.id, name: 'meeting of the Test Task Force', firstNumber: 3 });

    const when = { allDay: false, start: '2030-03-10T09:00', end: '2030-03-10T17:00', timeZone: 'Europe/Bucharest' };
    const event = await w('events.create', { title: 'Workshop', kind: 'workshop', bodyId: body.id, when, tags: ['test'] });
    await w('events.update', { id: event.id, title: 'Workshop on evidence', kind: 'workshop', bodyId: body.id, when, tags: ['test'] });
    await w('events.move', { id: event.id, allDay: false, startsAt: '2030-03-11T07:00:00.000Z', endsAt: '2030-03-11T15:00:00.000Z' });
    const letter = { subject: 'Invitation: {{title}}', letter: 'Dear colleagues of {{delegation}}', email: 'See attached', signature: '{{sender}}', senderName: '', senderEmail: '' };
    await w('invitations.saveTemplate', { bodyId: body.id, ...letter });
    await w('invitations.build', { eventId: event.id, format: 'zip', deadline: '2030-02-20', locale: 'en-GB', delegations: [{ key: 'country:RO' }] });
    await w('events.setStatus', { id: event.id, status: 'confirmed' });
    const meeting = await w('events.create', { seriesId: series.id, when });

    await w('roster.add', { eventId: event.id, personIds: [ana.id, dup.id] });
    await w('roster.addDelegation', { eventId: event.id, countryCode: 'RO' });
    await w('roster.inviteMembers', { eventId: meeting.id, bodyId: body.id, pick: 'spocs' });
    const roster = await call(core, 'roster.list', { eventId: event.id });
    const anaOn = roster.rows.find((r) => r.personId === ana.id)!;
    await w('roster.update', { id: anaOn.id, role: 'speaker', representingCountryCode: 'RO', representingOrgId: null, invitation: 'confirmed', attendance: null });
    await w('roster.bulkUpdate', { ids: [anaOn.id], invitation: 'confirmed' });
    const ionOn = roster.rows.find((r) => r.personId === ion.id)!;
    await w('roster.remove', { ids: [ionOn.id] });
    const form = await nominationFormXlsx({ eventId: event.id, delegationKey: 'country:RO', delegation: 'Romania', title: 'Workshop', dates: '11 March 2030', venue: '', deadline: '20 February 2030' });
    await w('nominations.commit', { eventId: event.id, files: [{ fileName: 'RO.xlsx', base64: form.toString('base64') }] });
    await w('nominations.setAnswer', { eventId: event.id, delegationKey: 'country:RO', status: 'confirmed' });
    await w('nominations.replace', { participationId: roster.rows.find((r) => r.personId === dup.id)!.id, personId: ion.id });

    await w('agenda.setDayHours', { eventId: event.id, day: '2030-03-11', startsAt: '09:00', endsAt: '17:00' });
    let agenda = await w('agenda.addSession', { eventId: event.id, day: '2030-03-11', title: 'Morning' });
    const sessionId = agenda.days[0].sessions[0].id;
    await w('agenda.updateSession', { id: sessionId, title: 'Morning session', fixedStart: null });
    agenda = await w('agenda.addItem', { sessionId, title: 'Opening', durationMin: 30, speakerIds: [ana.id] });
    agenda = await w('agenda.addItem', { sessionId, title: 'Talk', durationMin: 60, speakerIds: [ion.id], addSpeakersToRoster: true });
    const [opening, talk] = agenda.days[0].sessions[0].items;
    await w('agenda.updateItem', { id: talk.id, title: 'Keynote', durationMin: 45, speakerIds: [ion.id] });
    await w('agenda.moveItem', { id: talk.id, sessionId, index: 0 });
    agenda = await w('agenda.splitSession', { itemId: opening.id, title: 'Later' });
    await w('agenda.deleteItem', { id: opening.id });
    await w('agenda.deleteSession', { id: agenda.days[0].sessions[1].id });
    const template = await w('agendaTemplates.save', { eventId: event.id, name: 'One session' });
    const empty = await call(core, 'events.create', { title: 'Empty', when });
    await w('agendaTemplates.apply', { templateId: template.id, eventId: empty.id });
    await w('agendaTemplates.delete', { id: template.id });
    await w('agenda.carryOver', { fromEventId: event.id, start: '2030-09-10', includeSpeakers: true });

    const outcome = await w('outcomes.create', { eventId: event.id, text: 'Agreed to meet again' });
    await w('outcomes.update', { id: outcome.id, kind: 'decision', text: 'Decided to meet again', agendaItemId: null });
    await w('outcomes.delete', { id: outcome.id });
    const action = await w('actions.create', { eventId: event.id, title: 'Send the minutes', ownerId: dup.id });
    await w('actions.update', { id: action.id, title: 'Send the minutes', ownerId: dup.id, status: 'done' });
    await w('people.merge', { keepId: ana.id, mergeId: dup.id });
    await w('actions.delete', { id: action.id });

    const project = await w('projects.create', { acronym: 'TEST', title: 'Test project', startsOn: '2030-01-01', endsOn: '2031-12-31' });
    await w('projects.update', { id: project.id, acronym: 'TEST', title: 'Test project', startsOn: '2030-01-01', endsOn: '2031-12-31' });
    await w('projects.linkEvents', { projectId: project.id, eventIds: [event.id], linked: true });
    const activity = await w('activities.create', { projectId: project.id, title: 'Workshops' });
    await w('activities.update', { id: activity.id, title: 'Regional workshops' });
    const indicator = await w('indicators.create', { projectId: project.id, name: 'Workshops held', target: 4 });
    await w('indicators.update', { id: indicator.id, name: 'Workshops held', target: 6 });
    const entry = await w('entries.create', { indicatorId: indicator.id, occurredOn: '2030-03-11', count: 1 });
    await w('entries.createMany', { rows: [{ indicatorId: indicator.id, occurredOn: '2030-04-11', count: 2 }] });
    await w('entries.update', { id: entry.id, indicatorId: indicator.id, occurredOn: '2030-03-11', count: 3 });
    await w('entries.delete', { id: entry.id });
    const issued = await w('projects.issueReport', { id: project.id, today: '2030-07-02', from: '2030-01-01', to: '2030-06-30' });
    await w('projects.unlockPeriod', { issueId: issued.id, reason: 'A late entry' });
    await w('indicators.delete', { id: indicator.id });
    await w('activities.delete', { id: activity.id });
    await w('projects.delete', { id: project.id });

    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:domains-test@example.org', 'DTSTAMP:20300101T000000Z',
      'DTSTART:20300501T090000Z', 'DTEND:20300501T100000Z', 'SUMMARY:Imported call', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    await w('ics.import', { text: ics });
    const csv = Buffer.from('Full name,Country\nMarta Kovač,HR\n').toString('base64');
    await w('directoryImport.commit', { fileName: 'people.csv', base64: csv, mapping: ['fullName', 'country'] });

    await w('events.delete', { id: meeting.id });
    await w('series.delete', { id: series.id });
    await w('bodies.delete', { id: body.id });
    await w('people.delete', { id: ion.id });
    await w('organisations.delete', { id: org.id });

    const group = await w('exchange.createGroup', { name: 'Test group', passphrase: 'a long group passphrase', laptopName: 'A' });
    const other = await openTestApp();
    other.events.on('data.changed', ({ domains: changed }) => heard.push(changed));
    const joined = await write(other, 'exchange.joinGroup', { code: group.group.joinCode, passphrase: 'a long group passphrase', laptopName: 'B' });
    const toOther = await call(core, 'exchange.exportBundle', { to: null });
    await write(other, 'exchange.importBundle', { base64: toOther.base64 });
    const [shared] = (await call(core, 'people.list', { search: 'Ana' })).rows;
    const edit = async (target: LiaisonCore, position: string) => {
      const p = await call(target, 'people.get', { id: shared!.id });
      await call(target, 'people.update', { id: p.id, fullName: p.fullName, position });
    };
    await edit(core, 'Inspector');
    await edit(other, 'Chief inspector');
    await w('exchange.importBundle', { base64: (await call(other, 'exchange.exportBundle', { to: null })).base64 });
    const { conflicts } = await call(core, 'exchange.conflicts', {});
    await w('exchange.resolveConflict', { id: conflicts[0]!.id, use: 'other' });
    const relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir: tempDir(), appVersion: '0.0.0-test' });
    try {
      await w('exchange.setServer', { url: relay.url });
      await w('exchange.syncNow', {});
    } finally {
      await relay.close();
    }
    await w('exchange.removeLaptop', { node: joined.laptop.node });
    await w('exchange.leaveGroup', {});

    const backup = await w('backups.create', {});
    await w('backups.restore', { id: backup.id });
    await w('vault.setIdleLock', { minutes: 30 });
    await w('vault.changePassphrase', { current: TEST_PASSPHRASE, next: 'another long passphrase' });
    await w('vault.rotateKey', { passphrase: 'another long passphrase' });

    const fresh = await openTestApp(undefined, { passphrase: undefined });
    fresh.events.on('data.changed', ({ domains: changed }) => heard.push(changed));
    const { recoveryCode } = await write(fresh, 'vault.create', { passphrase: TEST_PASSPHRASE });
    await write(fresh, 'vault.recover', { recoveryCode, newPassphrase: 'a third long passphrase' });

    expect(writes.filter((name) => !covered.has(name))).toEqual([]);
  }, 60_000);
});
