import { describe, expect, it, vi } from 'vitest';
import type { LiaisonCore } from '../../src-main/core/app';
import type { Person } from '../../src-shared/contract';
import { call, callError, openTestApp } from './helpers';

const PASS = 'a group passphrase shared by phone';

/** Two laptops of one group: A creates it, B joins with its code. */
async function twoLaptops(): Promise<[LiaisonCore, LiaisonCore]> {
  const a = await openTestApp();
  const b = await openTestApp();
  const made = await call(a, 'exchange.createGroup', { name: 'ATTF secretariat', passphrase: PASS, laptopName: 'Ana' });
  await call(b, 'exchange.joinGroup', { code: made.group!.joinCode, passphrase: PASS, laptopName: 'Bogdan' });
  return [a, b];
}

/** A's changes to B and B's reply back to A, as two coordinators would by USB stick. */
async function trip(from: LiaisonCore, to: LiaisonCore) {
  const bundle = await call(from, 'exchange.exportBundle', { to: null });
  const imported = await call(to, 'exchange.importBundle', { base64: bundle.base64 });
  if (imported.reply) await call(from, 'exchange.importBundle', { base64: imported.reply.base64 });
  return imported;
}

const fieldsOf = (p: Person) => ({
  id: p.id, fullName: p.fullName, position: p.position, organisationId: p.organisationId, countryCode: p.countryCode,
  emails: p.emails, phones: p.phones, languages: p.languages, isSpoc: p.isSpoc, notes: p.notes,
});

const dump = (core: LiaisonCore, table: string) => core.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();

describe('exchange by file', () => {
  it('brings a person and an event with its roster from one laptop to another, and back', async () => {
    const [a, b] = await twoLaptops();
    const person = await call(a, 'people.create', { fullName: 'Dragan Jovanović', countryCode: 'RS', emails: ['dragan@mup.example.rs'] });
    const event = await call(a, 'events.create', {
      kind: 'task_force_meeting', title: '9th meeting', when: { allDay: false, start: '2027-05-21T09:00', end: '2027-05-21T17:00', timeZone: 'Europe/Bucharest' },
    });
    await call(a, 'roster.add', { eventId: event.id, personIds: [person.id] });
    const preview = await call(b, 'exchange.previewBundle', { base64: (await call(a, 'exchange.exportBundle', { to: null })).base64 });
    expect(preview.from.name).toBe('Ana');
    expect(preview.tables.people).toEqual({ created: 1, changed: 0, deleted: 0 });
    expect(preview.tables.participations).toEqual({ created: 1, changed: 0, deleted: 0 });
    expect(dump(b, 'people')).toEqual([]); // a preview writes nothing

    const result = await trip(a, b);
    expect(result.tables.events).toEqual({ created: 1, changed: 0, deleted: 0 });
    for (const table of ['people', 'events', 'participations']) expect(dump(b, table)).toEqual(dump(a, table));
    expect((await call(b, 'people.list', { search: 'Jovanović' })).total).toBe(1);

    // B edits, A receives.
    await call(b, 'people.update', { ...fieldsOf(person), position: 'Head of unit' });
    await trip(b, a);
    expect((dump(a, 'people')[0] as { position: string }).position).toBe('Head of unit');

    // Importing the same file twice changes nothing.
    const again = await call(b, 'exchange.exportBundle', { to: null });
    const before = dump(a, 'people');
    const twice = await call(a, 'exchange.importBundle', { base64: again.base64 });
    expect(twice.received).toBe(0);
    expect(dump(a, 'people')).toEqual(before);
  });

  it('deletes children with their parent on the other laptop, and erases the person from the log', async () => {
    const [a, b] = await twoLaptops();
    const person = await call(a, 'people.create', { fullName: 'Νίκος Αλεξίου', countryCode: 'GR', phones: ['+30 210 000 0000'] });
    const event = await call(a, 'events.create', {
      kind: 'workshop', title: 'Workshop', when: { allDay: false, start: '2027-06-01T09:00', end: '2027-06-01T17:00', timeZone: 'Europe/Athens' },
    });
    await call(a, 'roster.add', { eventId: event.id, personIds: [person.id] });
    await trip(a, b);
    expect(dump(b, 'participations')).toHaveLength(1);
    await call(a, 'people.delete', { id: person.id });
    const tombstones = a.db.prepare("SELECT dataset FROM exchange_messages WHERE column = '_deleted' AND value = '1' ORDER BY dataset").pluck().all();
    expect(tombstones).toEqual(['participations', 'people']);
    await trip(a, b);
    expect(dump(b, 'people')).toEqual([]);
    expect(dump(b, 'participations')).toEqual([]);
    for (const core of [a, b]) {
      const leaked = core.db.prepare("SELECT count(*) FROM exchange_messages WHERE value LIKE '%Αλεξίου%' OR value LIKE '%210 000%'").pluck().get();
      expect(leaked).toBe(0);
    }
  });

  it('two laptops adding the same participant make one row', async () => {
    const [a, b] = await twoLaptops();
    const person = await call(a, 'people.create', { fullName: 'Ana Popescu', countryCode: 'RO' });
    const event = await call(a, 'events.create', {
      kind: 'call', title: 'SPOC call', when: { allDay: false, start: '2027-02-01T09:00', end: '2027-02-01T10:00', timeZone: 'UTC' },
    });
    await trip(a, b);
    await call(a, 'roster.add', { eventId: event.id, personIds: [person.id] });
    await call(b, 'roster.add', { eventId: event.id, personIds: [person.id] });
    await trip(a, b);
    await trip(b, a);
    expect(dump(a, 'participations')).toHaveLength(1);
    expect(dump(a, 'participations')).toEqual(dump(b, 'participations'));
  });

  it('records an edit made on both laptops as a conflict, and the other value can be chosen', async () => {
    const [a, b] = await twoLaptops();
    const person = await call(a, 'people.create', { fullName: 'Milena Kovač', countryCode: 'SI' });
    await trip(a, b);
    await call(a, 'people.update', { ...fieldsOf(person), position: 'Inspector' });
    await new Promise((r) => setTimeout(r, 5));
    await call(b, 'people.update', { ...fieldsOf(person), position: 'Chief inspector' });
    const result = await trip(b, a);
    expect(result.conflicts).toBe(1);
    const { conflicts } = await call(a, 'exchange.conflicts', { dataset: 'people', row: person.id });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.kept).toMatchObject({ value: 'Chief inspector', laptop: 'Bogdan' });
    expect(conflicts[0]!.other).toMatchObject({ value: 'Inspector', laptop: 'Ana' });
    await call(a, 'exchange.resolveConflict', { id: conflicts[0]!.id, use: 'other' });
    expect((dump(a, 'people')[0] as { position: string }).position).toBe('Inspector');
    await trip(a, b);
    expect((dump(b, 'people')[0] as { position: string }).position).toBe('Inspector');
    expect((await call(a, 'exchange.conflicts', {})).conflicts).toEqual([]);
  });

  it('refuses a file of another group, a tampered file, a newer format, and a wrong passphrase', async () => {
    const [a, b] = await twoLaptops();
    const other = await openTestApp();
    await call(other, 'exchange.createGroup', { name: 'Other group', passphrase: PASS, laptopName: 'Cem' });
    const bundle = await call(other, 'exchange.exportBundle', { to: null });
    expect((await callError(a, 'exchange.importBundle', { base64: bundle.base64 })).message).toMatch(/belongs to the group "Other group"/);

    await call(a, 'people.create', { fullName: 'Ivan Horvat', countryCode: 'HR' });
    const mine = Buffer.from((await call(a, 'exchange.exportBundle', { to: null })).base64, 'base64');
    mine.writeUInt8(mine.readUInt8(mine.length - 40) ^ 1, mine.length - 40);
    expect((await callError(b, 'exchange.importBundle', { base64: mine.toString('base64') })).message).toMatch(/altered or damaged/);
    expect(dump(b, 'people')).toEqual([]);

    const text = mine.toString('latin1').replace('"format":1', '"format":9');
    expect((await callError(b, 'exchange.previewBundle', { base64: Buffer.from(text, 'latin1').toString('base64') })).message).toMatch(/newer Liaison/);

    const code = (await call(a, 'exchange.status', {})).group!.joinCode;
    const c = await openTestApp();
    expect((await callError(c, 'exchange.joinGroup', { code, passphrase: 'not the passphrase', laptopName: 'Cem' })).message).toMatch(/not the passphrase/);
  });
});

describe('clocks', () => {
  it('holds apart changes stamped more than a day ahead, names the laptop, and applies them once the clocks agree', async () => {
    const [a, b] = await twoLaptops();
    const real = Date.now.bind(Date);
    const spy = vi.spyOn(Date, 'now').mockImplementation(() => real() + 2 * 86_400_000);
    const person = await call(b, 'people.create', { fullName: 'Ivana Marić', countryCode: 'HR' });
    const bundle = await call(b, 'exchange.exportBundle', { to: null });
    spy.mockImplementation(real);
    const result = await call(a, 'exchange.importBundle', { base64: bundle.base64 });
    expect(result.heldForClock).toBeGreaterThan(0);
    expect(dump(a, 'people')).toEqual([]);
    const status = await call(a, 'exchange.status', {});
    expect(status.heldForClock).toEqual([expect.objectContaining({ name: 'Bogdan', aheadBy: '2 days' })]);
    // A's clock catches up (or B's is corrected and B sends again): the held changes apply with the next import.
    spy.mockImplementation(() => real() + 2 * 86_400_000 + 60_000);
    await call(a, 'exchange.importBundle', { base64: bundle.base64 });
    expect((dump(a, 'people')[0] as { full_name: string }).full_name).toBe(person.fullName);
    expect((await call(a, 'exchange.status', {})).heldForClock).toEqual([]);
    spy.mockRestore();
  });
});

describe('the data folder', () => {
  it('is flagged when a file-sync service copies it to other computers', async () => {
    const { syncedFolderService } = await import('../../src-main/core/exchange/synced-folder');
    expect(syncedFolderService('C:\\Users\\ana\\OneDrive - MUP\\Liaison')).toBe('OneDrive');
    expect(syncedFolderService('/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/Liaison')).toBe('iCloud Drive');
    expect(syncedFolderService('/home/ana/Dropbox/liaison')).toBe('Dropbox');
    expect(syncedFolderService('/home/ana/.config/Liaison')).toBeNull();
    const core = await openTestApp();
    expect((await call(core, 'exchange.status', {})).syncedFolder).toBeNull();
  });
});

describe('the wire format of a bundle', () => {
  it('is the protobuf of @actual-app/crdt: its own reader gets back every message the encoder wrote, and so does ours', async () => {
    const { fromBinary, MessageSchema, SyncRequestSchema } = await import('@actual-app/crdt');
    const { MessageEncoder, decodeMessages } = await import('../../src-main/core/exchange/wire');
    const messages = [
      { timestamp: '2026-05-12T10:14:00.000Z-0000-0123456789ABCDEF', dataset: 'people', row: '5b1f8d2e-0000-4000-8000-000000000001', column: 'full_name', value: '"Драган Јовановић"' },
      { timestamp: '2026-05-12T10:14:00.000Z-0001-0123456789ABCDEF', dataset: 'people', row: '5b1f8d2e-0000-4000-8000-000000000001', column: 'notes', value: null },
      { timestamp: '2026-05-12T10:14:00.001Z-0000-FEDCBA9876543210', dataset: 'countries', row: 'RO', column: 'name', value: `"${'Ș'.repeat(200)}"` },
    ];
    const encoder = new MessageEncoder();
    // The UUID as the log reads it, its 32 hex digits; the other rows as they are.
    for (const m of messages) {
      const uuid = /^[0-9a-f-]{36}$/.test(m.row);
      encoder.add(m.timestamp, Buffer.from(m.dataset), uuid ? m.row.replace(/-/g, '') : m.row, uuid, Buffer.from(m.column), m.value);
    }
    const bytes = encoder.finish();
    expect(encoder.count).toBe(3);
    const request = fromBinary(SyncRequestSchema, bytes);
    expect(
      request.messages.map((e) => {
        const m = fromBinary(MessageSchema, e.content);
        return { timestamp: e.timestamp, dataset: m.dataset, row: m.row, column: m.column, value: m.value === '' ? null : m.value };
      }),
    ).toEqual(messages);
    expect(decodeMessages(bytes)).toEqual(messages);
    // Past the encoder's first megabyte its buffer grows, and nothing written before is lost.
    const many = new MessageEncoder();
    for (let i = 0; i < 20_000; i++) many.add(messages[i % 3]!.timestamp, Buffer.from('people'), `row-${i}`, false, Buffer.from('notes'), `"${i}"`);
    const decoded = decodeMessages(many.finish());
    expect(many.finish().length).toBeGreaterThan(1 << 20);
    expect(decoded).toHaveLength(20_000);
    expect([decoded[0]!.row, decoded[19_999]!.row, decoded[19_999]!.value]).toEqual(['row-0', 'row-19999', '"19999"']);
  });
});
