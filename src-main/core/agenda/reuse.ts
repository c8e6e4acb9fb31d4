import { Temporal } from 'temporal-polyfill';
import type { AgendaTemplate, CallArgs, CallOutput, EventWhen } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { newId, nowIso } from '../ids';
import type { EventsService } from '../services/events';
import { invalidField, notFound } from '../errors';
import type { Store } from '../store/open';
import { type AgendaService, eventDays } from './service';
import { addDays, type Skeleton, skeleton, skeletonCounts, skeletonOf, skeletonWriter } from './skeleton';

interface TemplateRow {
  id: string;
  name: string;
  skeleton: string;
  updated_at: string;
}

const toTemplate = (r: TemplateRow): AgendaTemplate => ({
  id: r.id,
  name: r.name,
  ...skeletonCounts(JSON.parse(r.skeleton) as Skeleton),
  updatedAt: r.updated_at,
});

/** Where a series without a rhythm yet, or an event outside a series, meets next. */
const HALF_A_YEAR = 182;

/** The next meeting from the previous one, and agendas saved as templates. */
export function agendaReuse(db: Store, agenda: AgendaService, events: EventsService) {
  const writeSkeleton = skeletonWriter(db);
  const eventRow = db.prepare<[string], { starts_at: string; ends_at: string; time_zone: string; all_day: number }>(
    'SELECT starts_at, ends_at, time_zone, all_day FROM events WHERE id = ?',
  );
  const seriesMeetings = db.prepare<[string], { id: string; starts_at: string; ends_at: string; time_zone: string; all_day: number }>(
    "SELECT id, starts_at, ends_at, time_zone, all_day FROM events WHERE series_id = ? AND status <> 'cancelled' ORDER BY starts_at, id",
  );
  const hasSessions = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM agenda_sessions WHERE event_id = ? LIMIT 1');
  const allTemplates = db.prepare<[], TemplateRow>('SELECT id, name, skeleton, updated_at FROM agenda_templates ORDER BY name COLLATE NOCASE');
  const templateById = db.prepare<[string], TemplateRow>('SELECT id, name, skeleton, updated_at FROM agenda_templates WHERE id = ?');
  const templateByName = db.prepare<[string], TemplateRow>('SELECT id, name, skeleton, updated_at FROM agenda_templates WHERE name = ?');
  const insertTemplate = db.prepare('INSERT INTO agenda_templates (id, name, skeleton, created_at, updated_at) VALUES (@id, @name, @skeleton, @now, @now)');
  const replaceTemplate = db.prepare('UPDATE agenda_templates SET name = @name, skeleton = @skeleton, updated_at = @now WHERE id = @id');
  const deleteTemplate = db.prepare<[string]>('DELETE FROM agenda_templates WHERE id = ?');
  const roster = db.prepare<[string], { person_id: string; role: string; representing_country_code: string | null; representing_org_id: string | null }>(
    'SELECT person_id, role, representing_country_code, representing_org_id FROM participations WHERE event_id = ? ORDER BY created_at, id',
  );
  const personRef = db.prepare<[string], { country_code: string | null; organisation_id: string | null }>(
    'SELECT country_code, organisation_id FROM people WHERE id = ?',
  );
  const invite = db.prepare(
    `INSERT OR IGNORE INTO participations (id, event_id, person_id, role, representing_country_code, representing_org_id, invitation, created_at, updated_at)
     VALUES (@id, @eventId, @personId, @role, @countryCode, @organisationId, 'invited', @now, @now)`,
  );

  const firstDayOf = (eventId: string) => {
    const row = eventRow.get(eventId);
    if (!row) throw notFound('Event', eventId);
    return eventDays(row)[0]!;
  };

  const shiftWhen = (when: EventWhen, days: number): EventWhen => {
    if (when.allDay) return { ...when, start: addDays(when.start, days), end: addDays(when.end, days) };
    const shift = (local: string) => Temporal.PlainDateTime.from(local).add({ days }).toString({ smallestUnit: 'minute' });
    return { ...when, start: shift(when.start), end: shift(when.end) };
  };

  /**
   * Where the next meeting of this one's series goes: the series' usual interval (the median gap
   * between its meetings' first days) after its last meeting — not after this one, which may not be
   * the last — and the number it will get. Outside a series: half a year after this one.
   */
  const nextMeeting = ({ fromEventId }: CallArgs<'agenda.nextMeeting'>): CallOutput<'agenda.nextMeeting'> => {
    const from = events.get(fromEventId);
    const ownFirstDay = firstDayOf(fromEventId);
    const meetings = from.seriesId ? seriesMeetings.all(from.seriesId) : [];
    const firstDays = meetings.map((m) => eventDays(m)[0]!);
    const gaps = firstDays
      .slice(1)
      .map((day, i) => Temporal.PlainDate.from(firstDays[i]!).until(Temporal.PlainDate.from(day)).days)
      .filter((gap) => gap > 0)
      .sort((a, b) => a - b);
    const intervalDays = gaps.length ? gaps[Math.floor((gaps.length - 1) / 2)]! : HALF_A_YEAR;
    const last = meetings.at(-1);
    const lastDay = firstDays.at(-1) ?? ownFirstDay;
    const afterDay = lastDay > ownFirstDay ? lastDay : ownFirstDay;
    const start = addDays(afterDay, intervalDays);
    const when = shiftWhen(from.when, Temporal.PlainDate.from(ownFirstDay).until(Temporal.PlainDate.from(start)).days);
    const { number } = from.seriesId ? events.renumberPreview({ id: null, seriesId: from.seriesId, status: 'planned', when }) : { number: null };
    return {
      start,
      number,
      intervalDays,
      last: last ? { eventId: last.id, title: last.id === from.id ? from.title : events.get(last.id).title, firstDay: lastDay } : null,
    };
  };

  return {
    nextMeeting,
    carryOver: db.transaction(({ fromEventId, start, includeSpeakers, includeInvitations }: CallArgs<'agenda.carryOver'>) => {
      const previous = events.get(fromEventId);
      const firstDay = firstDayOf(fromEventId);
      const offset = Temporal.PlainDate.from(firstDay).until(Temporal.PlainDate.from(start)).days;
      if (offset <= 0) throw invalidField('start', 'The next meeting must start after this one');
      const next = events.create({
        kind: previous.kind,
        title: previous.seriesId ? '' : previous.title,
        bodyId: previous.bodyId,
        seriesId: previous.seriesId,
        when: shiftWhen(previous.when, offset),
        venueName: previous.venueName,
        venueCity: previous.venueCity,
        venueCountryCode: previous.venueCountryCode,
        hostOrgId: previous.hostOrgId,
        organiserIds: previous.organisers.map((o) => o.id),
        fundingProgramme: previous.fundingProgramme,
        audience: previous.audience,
        status: 'planned',
        tags: previous.tags,
        links: previous.links,
        notes: '',
      });
      const now = nowIso();
      const people = roster.all(fromEventId);
      if (includeInvitations) {
        for (const p of people) {
          invite.run({
            id: newId(),
            eventId: next.id,
            personId: p.person_id,
            role: p.role,
            countryCode: p.representing_country_code,
            organisationId: p.representing_org_id,
            now,
          });
        }
      }
      const copied = skeletonOf(agenda.get(fromEventId), firstDay, includeSpeakers);
      if (includeSpeakers) {
        // A speaker must be on the roster: those not invited with the list come as invited speakers.
        const previousRole = new Map(people.map((p) => [p.person_id, p]));
        const speakerIds = new Set(copied.days.flatMap((d) => d.sessions.flatMap((s) => s.items.flatMap((i) => i.speakerIds))));
        for (const personId of speakerIds) {
          const before = previousRole.get(personId);
          const own = personRef.get(personId);
          invite.run({
            id: newId(),
            eventId: next.id,
            personId,
            role: before?.role ?? 'speaker',
            countryCode: before ? before.representing_country_code : (own?.country_code ?? null),
            organisationId: before ? before.representing_org_id : (own?.organisation_id ?? null),
            now,
          });
        }
      }
      writeSkeleton(next.id, start, copied, now, { hours: true });
      return { eventId: next.id };
    }),

    templates: (): AgendaTemplate[] => allTemplates.all().map(toTemplate),

    saveTemplate: db.transaction(({ eventId, name, replace }: CallArgs<'agendaTemplates.save'>): AgendaTemplate => {
      const body = skeletonOf(agenda.get(eventId), firstDayOf(eventId), false);
      if (!body.days.length) throw new AppError('invalid_input', 'This agenda is empty: add sessions and items before saving it as a template');
      const existing = templateByName.get(name);
      if (existing && !replace) {
        throw new AppError('conflict', `A template called “${existing.name}” already exists`, {
          issues: [{ path: 'name', message: 'A template has this name: choose another or replace it' }],
        });
      }
      const id = existing?.id ?? newId();
      const binding = { id, name, skeleton: JSON.stringify(body), now: nowIso() };
      if (existing) replaceTemplate.run(binding);
      else insertTemplate.run(binding);
      return toTemplate(templateById.get(id)!);
    }),

    applyTemplate: db.transaction(({ templateId, eventId }: CallArgs<'agendaTemplates.apply'>) => {
      const template = templateById.get(templateId);
      if (!template) throw notFound('Template', templateId);
      const firstDay = firstDayOf(eventId);
      if (hasSessions.get(eventId)) {
        throw new AppError('invalid_input', 'This agenda already has sessions: a template starts an empty agenda');
      }
      writeSkeleton(eventId, firstDay, skeleton.parse(JSON.parse(template.skeleton)), nowIso(), { hours: false });
      return agenda.get(eventId);
    }),

    deleteTemplate: (id: string) => {
      if (!deleteTemplate.run(id).changes) throw notFound('Template', id);
      return { id };
    },
  };
}
