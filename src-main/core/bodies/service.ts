import type { Body, CallArgs, SeriesSummary } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import { invalidField, staleEdit } from '../errors';
import type { EventsService } from '../events';
import { newId, nowIso } from '../ids';
import { references } from '../references';
import type { BodiesReader } from './read';
import type { BodiesWriter } from './writer';

type BodyArgs = CallArgs<'bodies.create'>;

/** The columns a body's form fills, as stored. */
const bodyColumns = (fields: BodyArgs) => ({
  name: fields.name,
  acronym: fields.acronym,
  kind: fields.kind,
  parent_org_id: fields.parentOrgId,
  founded_on: fields.foundedOn,
  description: fields.description,
});

/** Writing bodies and their series; a series' events are renumbered when it changes, and let go when it goes. */
/** The titles in other languages as stored: the empty ones left out, keys in order (so an unchanged set writes nothing new). */
const titlesJson = (titles: Partial<Record<string, string>>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(titles).filter((e): e is [string, string] => Boolean(e[1])).sort(([a], [b]) => a.localeCompare(b))));

export function bodyEditor({ db }: DomainContext, read: BodiesReader, writer: BodiesWriter, events: EventsService) {
  const check = references(db);
  const validate = (fields: BodyArgs) => {
    check.requireOrganisation(fields.parentOrgId, 'parentOrgId');
    const seen = new Set<string>();
    fields.members.forEach((m, i) => {
      check.requireCountry(m.countryCode, `members.${i}.countryCode`);
      check.requireOrganisation(m.organisationId, `members.${i}.organisationId`);
      const key = m.countryCode ?? m.organisationId!;
      if (seen.has(key)) throw invalidField(`members.${i}`, 'Listed twice');
      seen.add(key);
    });
    fields.chairTerms.forEach((t, i) => {
      check.requireCountry(t.holderCountryCode, `chairTerms.${i}.holderCountryCode`);
      check.requireOrganisation(t.holderOrgId, `chairTerms.${i}.holderOrgId`);
    });
  };

  return {
    create: db.transaction((fields: BodyArgs): Body => {
      validate(fields);
      const id = newId();
      const now = nowIso();
      writer.bodies.insert({ id, ...bodyColumns(fields), created_at: now, updated_at: now });
      writer.replaceChildren(id, fields, now);
      return read.get(id);
    }),
    update: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'bodies.update'>): Body => {
      const current = read.get(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(current.name, current.updatedAt);
      validate(fields);
      const now = nowIso();
      writer.bodies.update(id, { ...bodyColumns(fields), updated_at: now });
      writer.replaceChildren(id, fields, now);
      return read.get(id);
    }),
    delete: db.transaction((id: string) => {
      read.get(id);
      for (const s of read.seriesOf(id)) events.leaveSeries(s.id);
      writer.bodies.delete(id);
      events.invalidate();
      return { id };
    }),
    createSeries: db.transaction((fields: CallArgs<'series.create'>): SeriesSummary => {
      if (!read.exists(fields.bodyId)) throw invalidField('bodyId', 'This body does not exist (it may have been deleted)');
      const id = newId();
      const now = nowIso();
      writer.series.insert({
        id,
        body_id: fields.bodyId,
        name: fields.name,
        event_kind: fields.eventKind,
        first_number: fields.firstNumber,
        titles: titlesJson(fields.titles),
        created_at: now,
        updated_at: now,
      });
      return read.toSeries(read.requireSeries(id));
    }),
    updateSeries: db.transaction((fields: CallArgs<'series.update'>): SeriesSummary => {
      const current = read.requireSeries(fields.id);
      if (fields.bodyId !== current.body_id && !read.exists(fields.bodyId)) throw invalidField('bodyId', 'This body does not exist');
      writer.series.update(fields.id, {
        body_id: fields.bodyId,
        name: fields.name,
        event_kind: fields.eventKind,
        first_number: fields.firstNumber ?? current.first_number,
        titles: fields.titles ? titlesJson(fields.titles) : current.titles,
        updated_at: nowIso(),
      });
      events.renumberSeries(fields.id);
      return read.toSeries(read.requireSeries(fields.id));
    }),
    deleteSeries: db.transaction((id: string) => {
      read.requireSeries(id);
      events.leaveSeries(id);
      writer.series.delete(id);
      return { id };
    }),
  };
}
