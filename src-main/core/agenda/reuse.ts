import { Temporal } from 'temporal-polyfill';
import type { AgendaTemplate, CallArgs, CallOutput, EventWhen } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { DomainContext } from '../domain';
import { invalidField, notFound } from '../errors';
import type { EventsService } from '../events';
import { newId, nowIso } from '../ids';
import { invited, type ParticipationsWriter } from '../roster';
import { type AgendaReader, eventDays } from './read';
import { addDays, laySkeleton, type Skeleton, skeleton, skeletonCounts, skeletonOf } from './skeleton';
import type { AgendaWriter } from './writer';

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
export function agendaReuse(
  { db }: DomainContext,
  agenda: AgendaReader,
  w: { agenda: AgendaWriter; participations: ParticipationsWriter },
  events: EventsService,
) {
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
  const roster = db.prepare<[string], { person_id: string; role: string; representing_country_code: string | null; representing_org_id: string | null }>(
    'SELECT person_id, role, representing_country_code, representing_org_id FROM participations WHERE event_id = ? ORDER BY created_at, id',
  );
  const personRef = db.prepare<[string], { country_code: string | null; organisation_id: string | null }>(
    'SELECT country_code, organisation_id FROM people WHERE id = ?',
  );
  const openActions = db.prepare<[string], { title: string; owner: string | null; due_on: string | null }>(
    `SELECT a.title, p.full_name AS owner, a.due_on FROM action_items a LEFT JOIN people p ON p.id = a.owner_person_id
     WHERE a.event_id = ? AND a.status IN ('open', 'in_progress') ORDER BY a.due_on IS NULL, a.due_on, a.created_at`,
  );

  /**
   * The previous meeting's open action items, as the first item of the next meeting's agenda: the
   * follow-up a task force starts with. The first session of the first day takes it; an empty agenda gets one.
   */
  const withFollowUp = (s: Skeleton, fromEventId: string, when: EventWhen): Skeleton => {
    const open = openActions.all(fromEventId);
    if (!open.length) return s;
    const item = {
      kind: 'discussion' as const,
      title: 'Follow-up of the previous meeting',
      fixedStart: null,
      durationMin: Math.min(90, 15 + 5 * open.length),
      speakerIds: [],
      description: open.map((a) => `— ${a.title}${a.owner ? ` (${a.owner}${a.due_on ? `, due ${a.due_on}` : ''})` : a.due_on ? ` (due ${a.due_on})` : ''}`).join('\n'),
    };
    const [first, ...rest] = s.days;
    if (first?.sessions.length) {
      const [session, ...sessions] = first.sessions;
      // The previous agenda's own follow-up slot (carried over from the one before) takes this meeting's list.
      const others = session!.items[0]?.title === item.title ? session!.items.slice(1) : session!.items;
      return { days: [{ ...first, sessions: [{ ...session!, items: [item, ...others] }, ...sessions] }, ...rest] };
    }
    const hours = when.allDay ? { startsAt: '09:00', endsAt: '17:00' } : { startsAt: when.start.slice(11, 16), endsAt: when.end.slice(11, 16) > when.start.slice(11, 16) ? when.end.slice(11, 16) : '17:00' };
    return { days: [{ offset: 0, ...hours, sessions: [{ title: '', fixedStart: null, items: [item] }] }, ...rest] };
  };

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
      const invite = (personId: string, role: string, countryCode: string | null, organisationId: string | null) =>
        w.participations.insert(
          invited({ event_id: next.id, person_id: personId, role, representing_country_code: countryCode, representing_org_id: organisationId }, now),
        );
      if (includeInvitations) {
        for (const p of people) invite(p.person_id, p.role, p.representing_country_code, p.representing_org_id);
      }
      const copied = withFollowUp(skeletonOf(agenda.get(fromEventId), firstDay, includeSpeakers), fromEventId, previous.when);
      if (includeSpeakers) {
        // A speaker must be on the roster: those not invited with the list come as invited speakers.
        const previousRole = new Map(people.map((p) => [p.person_id, p]));
        const speakerIds = new Set(copied.days.flatMap((d) => d.sessions.flatMap((s) => s.items.flatMap((i) => i.speakerIds))));
        for (const personId of speakerIds) {
          const before = previousRole.get(personId);
          const own = personRef.get(personId);
          invite(
            personId,
            before?.role ?? 'speaker',
            before ? before.representing_country_code : (own?.country_code ?? null),
            before ? before.representing_org_id : (own?.organisation_id ?? null),
          );
        }
      }
      laySkeleton(w.agenda, next.id, start, copied, now, { hours: true });
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
      const now = nowIso();
      if (existing) w.agenda.templates.update(id, { name, skeleton: JSON.stringify(body), updated_at: now });
      else w.agenda.templates.insert({ id, name, skeleton: JSON.stringify(body), created_at: now, updated_at: now });
      return toTemplate(templateById.get(id)!);
    }),

    applyTemplate: db.transaction(({ templateId, eventId }: CallArgs<'agendaTemplates.apply'>) => {
      const template = templateById.get(templateId);
      if (!template) throw notFound('Template', templateId);
      const firstDay = firstDayOf(eventId);
      if (hasSessions.get(eventId)) {
        throw new AppError('invalid_input', 'This agenda already has sessions: a template starts an empty agenda');
      }
      laySkeleton(w.agenda, eventId, firstDay, skeleton.parse(JSON.parse(template.skeleton)), nowIso(), { hours: false });
      return agenda.get(eventId);
    }),

    deleteTemplate: (id: string) => {
      if (!w.agenda.templates.delete(id)) throw notFound('Template', id);
      return { id };
    },
  };
}
