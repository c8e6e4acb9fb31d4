import type { CallArgs, LiaisonEvent } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import { invalidField, staleEdit } from '../errors';
import { newId, nowIso } from '../ids';
import { references } from '../references';
import { seriesNumbering } from './numbering';
import { eventsReader } from './read';
import { checkedInstants } from './when';
import { eventColumns, type EventsWriter } from './writer';

type EventArgs = CallArgs<'events.create'>;

export function eventsService({ db }: DomainContext, writer: EventsWriter) {
  const check = references(db);
  const read = eventsReader(db);
  const { get, invalidate: afterWrite } = read;
  const numbering = seriesNumbering(db, writer);
  const bodyExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM bodies WHERE id = ?');
  const fresh = (id: string, expectedUpdatedAt: string | undefined): LiaisonEvent => {
    const current = get(id);
    if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(current.title, current.updatedAt);
    return current;
  };

  const validate = (fields: EventArgs): { bodyId: string | null } => {
    let bodyId = fields.bodyId;
    if (fields.seriesId) {
      const series = numbering.seriesById(fields.seriesId);
      if (!series) throw invalidField('seriesId', 'This series does not exist (it may have been deleted)');
      if (bodyId && bodyId !== series.body_id) throw invalidField('seriesId', 'This series belongs to another body');
      bodyId = series.body_id;
    } else if (!fields.title) {
      throw invalidField('title', 'Title is required');
    }
    if (bodyId && !bodyExists.get(bodyId)) throw invalidField('bodyId', 'This body does not exist (it may have been deleted)');
    check.requireCountry(fields.venueCountryCode, 'venueCountryCode');
    check.requireOrganisation(fields.hostOrgId, 'hostOrgId');
    fields.organiserIds.forEach((id, i) => check.requireOrganisation(id, `organiserIds.${i}`));
    return { bodyId };
  };

  return {
    ...read,
    /** `icalUid` defaults to one derived from the id, so every event exports with a stable UID. */
    create: db.transaction((fields: EventArgs, extra: { icalUid?: string; icalSequence?: number } = {}): LiaisonEvent => {
      const { bodyId } = validate(fields);
      const id = newId();
      const now = nowIso();
      writer.insertEvent(fields, { id, bodyId, instants: checkedInstants(fields.when), icalUid: extra.icalUid, icalSequence: extra.icalSequence }, now);
      writer.dropUnusedTags();
      numbering.renumber(fields.seriesId);
      afterWrite();
      return get(id);
    }),
    update: db.transaction(
      ({ id, expectedUpdatedAt, ...fields }: CallArgs<'events.update'>, extra: { icalSequence?: number } = {}): LiaisonEvent => {
        const current = fresh(id, expectedUpdatedAt);
        const { bodyId } = validate(fields);
        const now = nowIso();
        const sequence = Math.max(extra.icalSequence ?? 0, current.icalSequence + 1);
        writer.events.update(id, { ...eventColumns(fields, bodyId, checkedInstants(fields.when)), ical_uid: current.icalUid, ical_sequence: sequence, updated_at: now });
        writer.replaceChildren(id, fields, now);
        writer.dropUnusedTags();
        numbering.renumber(fields.seriesId);
        if (current.seriesId !== fields.seriesId) numbering.renumber(current.seriesId);
        afterWrite();
        return get(id);
      },
    ),
    move: db.transaction((args: CallArgs<'events.move'>): LiaisonEvent => {
      const current = fresh(args.id, args.expectedUpdatedAt);
      const times = args.allDay
        ? checkedInstants({ allDay: true, start: args.start, end: args.end, timeZone: current.timeZone })
        : { startsAt: new Date(args.startsAt).toISOString(), endsAt: new Date(args.endsAt).toISOString() };
      if (times.endsAt < times.startsAt) throw invalidField('endsAt', 'The event ends before it starts');
      const now = nowIso();
      writer.events.update(args.id, (old) => ({
        starts_at: times.startsAt,
        ends_at: times.endsAt,
        all_day: args.allDay ? 1 : 0,
        ical_sequence: old.ical_sequence + 1,
        updated_at: now,
      }));
      numbering.renumber(current.seriesId);
      afterWrite();
      return get(args.id);
    }),
    delete: db.transaction((id: string) => {
      const current = get(id);
      writer.events.delete(id);
      writer.dropUnusedTags();
      numbering.renumber(current.seriesId);
      afterWrite();
      return { id };
    }),
    setStatus: db.transaction(({ id, status, expectedUpdatedAt }: CallArgs<'events.setStatus'>): LiaisonEvent => {
      const current = fresh(id, expectedUpdatedAt);
      if (status === current.status) return current;
      const now = nowIso();
      writer.events.update(id, (old) => ({ status, ical_sequence: old.ical_sequence + 1, updated_at: now }));
      // A cancelled meeting leaves the numbering of its series, and one no longer cancelled comes back.
      if (status === 'cancelled' || current.status === 'cancelled') numbering.renumber(current.seriesId);
      return get(id);
    }),
    renumberSeries: numbering.renumber,
    /** A series is going: its events stay in the calendar, without their numbers. */
    leaveSeries(seriesId: string): void {
      writer.events.updateWhere({ series_id: seriesId }, { series_number: null });
    },
    renumberPreview: numbering.preview,
  };
}

export type EventsService = ReturnType<typeof eventsService>;
