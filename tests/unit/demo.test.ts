import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../src-main/core/demo';
import { eventTimes, zonedToUtc } from '../../src-main/core/demo/time';
import { closeStore, openStore, type Store } from '../../src-main/core/store/open';
import { AppError } from '../../src-shared/errors';
import { callError, openTestApp, snapshot, tempDir, TEST_KEY } from './helpers';

async function freshStore(): Promise<Store> {
  return openStore(join(tempDir(), 'liaison.sqlite'), { key: TEST_KEY });
}

const count = (db: Store, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('demo data', () => {
  it('loads into an empty store and reports what it inserted', async () => {
    const db = await freshStore();
    try {
      const summary = loadDemo(db);
      expect(summary).toEqual({
        organisations: count(db, 'organisations'),
        people: count(db, 'people'),
        bodies: count(db, 'bodies'),
        events: count(db, 'events'),
        projects: count(db, 'projects'),
      });
      expect(summary.people).toBeGreaterThanOrEqual(35);
      expect(summary.organisations).toBeGreaterThanOrEqual(25);
      expect(summary.events).toBeGreaterThanOrEqual(15);
      expect(summary.bodies).toBe(3);
      expect(summary.projects).toBe(3);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      for (const table of ['participations', 'agenda_items', 'agenda_item_speakers', 'outcomes', 'action_items', 'indicator_entries', 'event_tags']) {
        expect(count(db, table), table).toBeGreaterThan(0);
      }
    } finally {
      closeStore(db);
    }
  });

  it('holds the 9th task force meeting on 21 May 2024 at SELEC HQ, Bucharest', async () => {
    const db = await freshStore();
    try {
      loadDemo(db);
      const meeting = db
        .prepare(
          `SELECT e.*, b.name AS body_name, s.name AS series_name FROM events e
           JOIN bodies b ON b.id = e.body_id JOIN series s ON s.id = e.series_id
           WHERE b.name = 'SELEC Anti-Terrorism Task Force' AND e.series_number = 9`,
        )
        .get() as Record<string, unknown>;
      expect(meeting).toMatchObject({
        kind: 'task_force_meeting',
        time_zone: 'Europe/Bucharest',
        status: 'held',
        all_day: 0,
        venue_name: 'SELEC Headquarters',
        venue_city: 'Bucharest',
        venue_country_code: 'RO',
        // 09:30 in Bucharest is 06:30 UTC in summer (EEST, UTC+3).
        starts_at: '2024-05-21T06:30:00.000Z',
      });
      const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest' }).format(new Date(meeting.starts_at as string));
      expect(localDay).toBe('2024-05-21');

      const numbers = db
        .prepare("SELECT series_number, starts_at FROM events WHERE kind = 'task_force_meeting' ORDER BY series_number")
        .all() as Array<{ series_number: number; starts_at: string }>;
      const sorted = [...numbers].sort((a, b) => a.starts_at.localeCompare(b.starts_at));
      expect(numbers).toEqual(sorted);

      const coordinator = db
        .prepare("SELECT holder_country_code FROM chair_terms WHERE role = 'coordinator' AND ends_on IS NULL")
        .pluck()
        .get();
      expect(coordinator).toBe('TR');

      const operationalPartner = db
        .prepare(
          `SELECT o.acronym FROM participations p JOIN events e ON e.id = p.event_id
           JOIN organisations o ON o.id = p.representing_org_id
           WHERE e.series_number = 9 AND p.role = 'operational_partner'`,
        )
        .pluck()
        .all();
      expect(operationalPartner).toEqual(['CBP']);

      const agenda = db
        .prepare(
          `SELECT i.kind, i.title FROM agenda_items i JOIN agenda_sessions s ON s.id = i.session_id
           WHERE s.event_id = ? ORDER BY s.day, s.position, i.position`,
        )
        .all(meeting.id) as Array<{ kind: string; title: string }>;
      expect(agenda[0]?.kind).toBe('opening');
      expect(agenda.at(-1)?.kind).toBe('closing');
    } finally {
      closeStore(db);
    }
  });

  it('keeps the SEPCA presidency terms in order: Romania, then Republic of Srpska from 14 December 2022', async () => {
    const db = await freshStore();
    try {
      loadDemo(db);
      const terms = db
        .prepare(
          `SELECT t.starts_on, t.ends_on, t.holder_country_code, o.name AS holder_org, o.country_code AS org_country
           FROM chair_terms t JOIN bodies b ON b.id = t.body_id LEFT JOIN organisations o ON o.id = t.holder_org_id
           WHERE b.acronym = 'SEPCA' AND t.role = 'presidency' ORDER BY t.starts_on`,
        )
        .all() as Array<{ starts_on: string; ends_on: string | null; holder_country_code: string | null; holder_org: string | null; org_country: string | null }>;
      expect(terms).toHaveLength(2);
      const [romania, srpska] = terms;
      expect(romania?.holder_org).toBe('Romanian Police');
      expect(romania?.ends_on).toBe('2022-12-14');
      expect(srpska).toMatchObject({ starts_on: '2022-12-14', ends_on: null, holder_country_code: null });
      // Republic of Srpska is not a country: its ministry holds the presidency, in Bosnia and Herzegovina.
      expect(srpska?.holder_org).toBe('Ministry of Interior of Republic of Srpska');
      expect(srpska?.org_country).toBe('BA');

      const handover = db
        .prepare(
          `SELECT i.title, s.day FROM agenda_items i JOIN agenda_sessions s ON s.id = i.session_id
           WHERE i.kind = 'ceremony'`,
        )
        .get() as { title: string; day: string };
      expect(handover.title).toMatch(/handover/i);
      expect(handover.day).toBe('2022-12-14');

      const ga = db.prepare("SELECT starts_at, ends_at, all_day, time_zone FROM events WHERE kind = 'general_assembly'").get();
      // All day from 12 to 14 December: local midnight to the midnight after the last day (EET, UTC+2).
      expect(ga).toEqual({ starts_at: '2022-12-11T22:00:00.000Z', ends_at: '2022-12-14T22:00:00.000Z', all_day: 1, time_zone: 'Europe/Bucharest' });
    } finally {
      closeStore(db);
    }
  });

  it('marks every person as fictional and keeps the real officials of the seeds out', async () => {
    const db = await freshStore();
    try {
      loadDemo(db);
      const rows = db.prepare('SELECT full_name, notes, emails FROM people').all() as Array<{ full_name: string; notes: string; emails: string }>;
      for (const r of rows) {
        expect(r.notes).toContain('Fictional demo person');
        for (const email of JSON.parse(r.emails) as string[]) expect(email).toMatch(/@example\.org$/);
        expect(r.full_name).not.toMatch(/Ungureanu|Lindav/);
      }
      const scripts = rows.map((r) => r.full_name);
      expect(scripts.some((n) => /\p{Script=Cyrillic}/u.test(n))).toBe(true);
      expect(scripts.some((n) => /\p{Script=Greek}/u.test(n))).toBe(true);
      expect(scripts.some((n) => /[čćšžđăâîșțşğıöüëé]/iu.test(n))).toBe(true);
    } finally {
      closeStore(db);
    }
  });

  it('feeds the ATHENA 2 indicators from the calendar and from entries', async () => {
    const db = await freshStore();
    try {
      loadDemo(db);
      const indicators = db
        .prepare(
          `SELECT i.name, i.target, i.feed_event_kind FROM indicators i JOIN projects p ON p.id = i.project_id
           WHERE p.acronym = 'ATHENA 2' ORDER BY i.position`,
        )
        .all() as Array<{ name: string; target: number; feed_event_kind: string | null }>;
      expect(Object.fromEntries(indicators.map((i) => [i.name, i.target]))).toEqual({
        'Cross-border observations': 24,
        'Joint operations': 24,
        'Joint investigations': 12,
        'Joint patrols': 24,
        'Thematic workshops': 6,
        'Officers involved': 300,
        'Bilateral meetings': 24,
      });
      expect(indicators.find((i) => i.name === 'Thematic workshops')?.feed_event_kind).toBe('workshop');
      expect(indicators.find((i) => i.name === 'Bilateral meetings')?.feed_event_kind).toBe('bilateral_meeting');
      // "Officers involved" counts the officers recorded on the project's entries, so nobody adds them up by hand.
      const officers = db
        .prepare(
          `SELECT i.feed_officers AS feed, (SELECT count(*) FROM indicator_entries e WHERE e.indicator_id = i.id) AS own
           FROM indicators i JOIN projects p ON p.id = i.project_id WHERE p.acronym = 'ATHENA 2' AND i.name = 'Officers involved'`,
        )
        .get() as { feed: string | null; own: number };
      expect(officers).toEqual({ feed: 'project', own: 0 });

      const heldWorkshops = db
        .prepare(
          `SELECT count(*) FROM events e JOIN event_projects ep ON ep.event_id = e.id JOIN projects p ON p.id = ep.project_id
           WHERE p.acronym = 'ATHENA 2' AND e.kind = 'workshop' AND e.status = 'held'`,
        )
        .pluck()
        .get();
      expect(heldWorkshops).toBe(2);

      const beneficiaries = db
        .prepare(
          `SELECT coalesce(pp.country_code, o.acronym) FROM project_partners pp JOIN projects p ON p.id = pp.project_id
           LEFT JOIN organisations o ON o.id = pp.organisation_id
           WHERE p.acronym = 'ATHENA 2' AND pp.role = 'beneficiary' ORDER BY 1`,
        )
        .pluck()
        .all();
      expect(beneficiaries).toEqual(['BG', 'IT', 'LV', 'MT', 'RO', 'SELEC', 'SI']);
    } finally {
      closeStore(db);
    }
  });

  it('has upcoming events after 22 November 2026', async () => {
    const db = await freshStore();
    try {
      loadDemo(db);
      const upcoming = db
        .prepare("SELECT status FROM events WHERE starts_at > '2026-11-22T00:00:00Z'")
        .pluck()
        .all() as string[];
      expect(upcoming.length).toBeGreaterThanOrEqual(5);
      for (const status of upcoming) expect(['planned', 'confirmed']).toContain(status);
      const past = db.prepare("SELECT DISTINCT status FROM events WHERE ends_at < '2026-11-22T00:00:00Z'").pluck().all();
      expect(past).not.toContain('planned');
      expect(past).not.toContain('confirmed');
    } finally {
      closeStore(db);
    }
  });

  it('refuses a second load with conflict and changes nothing', async () => {
    const db = await freshStore();
    try {
      loadDemo(db);
      const before = count(db, 'people') + count(db, 'events') + count(db, 'tags');
      let error: unknown;
      try {
        loadDemo(db);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('conflict');
      expect(count(db, 'people') + count(db, 'events') + count(db, 'tags')).toBe(before);
    } finally {
      closeStore(db);
    }
  });

  it('is served by system.loadDemo, and refused through the contract once data exists', async () => {
    const core = await openTestApp();
    const first = await core.dispatch('system.loadDemo', {});
    expect(first.ok).toBe(true);
    const before = snapshot(core);
    const error = await callError(core, 'system.loadDemo', {});
    expect(error).toEqual({ code: 'conflict', message: 'Demo data can only be loaded into an empty database' });
    expect(snapshot(core)).toEqual(before);
  });

  it('has agendas the agenda reads: wall-clock times in the event’s zone, flowing where items follow each other', async () => {
    const core = await openTestApp();
    await core.dispatch('system.loadDemo', {});
    const withAgenda = core.db.prepare('SELECT DISTINCT event_id AS id FROM agenda_sessions').all() as Array<{ id: string }>;
    expect(withAgenda.length).toBeGreaterThan(0);
    for (const { id } of withAgenda) {
      const result = await core.dispatch('agenda.get', { eventId: id });
      expect(result.ok).toBe(true);
    }
    const row = core.db
      .prepare(`SELECT e.id FROM events e WHERE e.title = '9th meeting of the SELEC Anti-Terrorism Task Force'`)
      .get() as { id: string };
    const agenda = (await core.dispatch('agenda.get', { eventId: row.id })) as { ok: true; data: { days: Array<{ sessions: Array<{ items: Array<{ title: string; startMin: number; endMin: number }> }> }> } };
    const adoption = agenda.data.days.flatMap((d) => d.sessions.flatMap((s) => s.items)).find((i) => i.title === 'Adoption of the agenda');
    expect(adoption).toMatchObject({ startMin: 600, endMin: 610 });
  });

  it('shows ATHENA 2 in the portfolio with its seven indicators, fed by entries and by the calendar', async () => {
    const core = await openTestApp();
    await core.dispatch('system.loadDemo', {});
    const portfolio = await core.dispatch('projects.portfolio', { today: '2026-11-22' });
    if (!portfolio.ok) throw new Error(portfolio.error.message);
    const projects = portfolio.data as Array<{ id: string; acronym: string; indicatorCount: number }>;
    expect(projects.map((p) => p.acronym).sort()).toEqual(['ATHENA 2', 'Danube TOC', 'IMOBEX']);
    const athena = projects.find((p) => p.acronym === 'ATHENA 2')!;
    expect(athena.indicatorCount).toBe(7);
    const board = await core.dispatch('projects.dashboard', { id: athena.id, today: '2026-11-22' });
    if (!board.ok) throw new Error(board.error.message);
    const indicators = (board.data as { indicators: Array<{ indicator: { name: string }; fromEntries: number; fromEvents: number }> }).indicators;
    expect(indicators.find((i) => i.indicator.name === 'Joint patrols')!.fromEntries).toBe(7);
    expect(indicators.find((i) => i.indicator.name === 'Thematic workshops')!.fromEvents).toBeGreaterThan(0);
  });

  it('refuses when only one person exists, without inserting anything', async () => {
    const core = await openTestApp();
    const created = await core.dispatch('people.create', { fullName: 'Ana Novak' });
    expect(created.ok).toBe(true);
    const before = snapshot(core);
    expect((await callError(core, 'system.loadDemo', {})).code).toBe('conflict');
    expect(snapshot(core)).toEqual(before);
  });
});

describe('demo time helper', () => {
  it('turns wall-clock times into UTC across daylight-saving changes', () => {
    expect(zonedToUtc('2024-05-21', '09:30', 'Europe/Bucharest')).toBe('2024-05-21T06:30:00.000Z');
    expect(zonedToUtc('2022-12-12', '09:30', 'Europe/Bucharest')).toBe('2022-12-12T07:30:00.000Z');
    expect(zonedToUtc('2026-03-29', '12:00', 'Europe/Ljubljana')).toBe('2026-03-29T10:00:00.000Z');
    expect(zonedToUtc('2026-03-28', '12:00', 'Europe/Ljubljana')).toBe('2026-03-28T11:00:00.000Z');
    expect(zonedToUtc('2026-11-26', '14:00', 'America/New_York')).toBe('2026-11-26T19:00:00.000Z');
  });

  it('stores an all-day event from local midnight to the midnight after its last day', () => {
    expect(eventTimes('2018-05-22', '2018-05-24', 'Europe/Ljubljana')).toEqual({
      startsAt: '2018-05-21T22:00:00.000Z',
      endsAt: '2018-05-24T22:00:00.000Z',
      allDay: true,
    });
  });
});
