import type { Activity, CallArgs, Project } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import { invalidField, notFound, staleEdit } from '../errors';
import { newId, nowIso } from '../ids';
import { references } from '../references';
import { utcToLocal } from '../time';
import type { ReportIssues } from './issues';
import type { ProjectReader } from './read';
import type { ProjectsRow, ProjectsWriter } from './writer';

type ProjectArgs = CallArgs<'projects.create'>;

const projectColumns = (f: ProjectArgs) =>
  ({
    acronym: f.acronym,
    title: f.title,
    funding_programme: f.fundingProgramme,
    starts_on: f.startsOn,
    ends_on: f.endsOn,
    lead_org_id: f.leadOrgId,
    status: f.status,
    description: f.description,
  }) satisfies Partial<ProjectsRow>;

/** Writing a project, its partners, linked events and activities. */
export function projectEditor({ db }: DomainContext, read: ProjectReader, writer: ProjectsWriter, issues: Pick<ReportIssues, 'requireOpen'>) {
  const check = references(db);
  const eventExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM events WHERE id = ?');
  const heldEvent = db.prepare<[string], { kind: string; starts_at: string; time_zone: string }>("SELECT kind, starts_at, time_zone FROM events WHERE id = ? AND status = 'held'");
  const isLinked = db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM event_projects WHERE event_id = ? AND project_id = ?');
  const requireEventOf = (eventId: string | null, path: string) => {
    if (eventId && !eventExists.get(eventId)) throw invalidField(path, 'This event does not exist (it may have been deleted)');
  };

  const validateProject = (fields: ProjectArgs) => {
    check.requireOrganisation(fields.leadOrgId, 'leadOrgId');
    const seen = new Set<string>();
    fields.partners.forEach((p, i) => {
      check.requireCountry(p.countryCode, `partners.${i}.countryCode`);
      check.requireOrganisation(p.organisationId, `partners.${i}.organisationId`);
      const key = p.countryCode ?? p.organisationId!;
      if (seen.has(key)) throw invalidField(`partners.${i}`, 'This partner is listed twice');
      seen.add(key);
    });
  };

  /** An activity as the project page lists it. */
  const activityOf = (projectId: string, id: string): Activity => read.get(projectId).activities.find((a) => a.id === id)!;

  return {
    create: db.transaction((fields: ProjectArgs): Project => {
      validateProject(fields);
      const id = newId();
      const now = nowIso();
      writer.projects.insert({ id, ...projectColumns(fields), created_at: now, updated_at: now });
      writer.replacePartners(id, fields.partners, now);
      return read.get(id);
    }),
    update: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'projects.update'>): Project => {
      const current = read.requireProject(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updated_at) throw staleEdit(current.acronym, current.updated_at);
      validateProject(fields);
      const now = nowIso();
      writer.projects.update(id, { ...projectColumns(fields), updated_at: now });
      writer.replacePartners(id, fields.partners, now);
      return read.get(id);
    }),
    delete: (id: string) => {
      read.requireProject(id);
      writer.projects.delete(id);
      return { id };
    },
    linkEvents: db.transaction(({ projectId, eventIds, linked }: CallArgs<'projects.linkEvents'>): Project => {
      read.requireProject(projectId);
      const now = nowIso();
      const fed = read.indicatorsOfProject(projectId).filter((indicator) => indicator.feedMeasure);
      eventIds.forEach((eventId, i) => {
        if (!eventExists.get(eventId)) throw invalidField(`eventIds.${i}`, 'This event does not exist (it may have been deleted)');
        // A held event that counts changes the figures of its day's period as much as an entry does.
        const held = heldEvent.get(eventId);
        if (held && linked !== Boolean(isLinked.get(eventId, projectId)) && fed.some((f) => f.feedEventKind === null || f.feedEventKind === held.kind)) {
          issues.requireOpen(projectId, utcToLocal(held.starts_at, held.time_zone).slice(0, 10), `eventIds.${i}`);
        }
        if (linked) writer.eventLinks.insert({ id: newId(), event_id: eventId, project_id: projectId, created_at: now, updated_at: now });
        else writer.eventLinks.deleteWhere({ event_id: eventId, project_id: projectId });
      });
      return read.get(projectId);
    }),
    createActivity: db.transaction(({ projectId, ...f }: CallArgs<'activities.create'>): Activity => {
      read.requireProject(projectId);
      requireEventOf(f.eventId, 'eventId');
      const id = newId();
      const now = nowIso();
      writer.activities.insert({
        id,
        project_id: projectId,
        title: f.title,
        planned_start: f.plannedStart,
        planned_end: f.plannedEnd,
        event_id: f.eventId,
        description: f.description,
        position: writer.nextActivityPosition(projectId),
        created_at: now,
        updated_at: now,
      });
      return activityOf(projectId, id);
    }),
    updateActivity: db.transaction(({ id, ...f }: CallArgs<'activities.update'>): Activity => {
      const current = read.activity(id);
      if (!current) throw notFound('Activity', id);
      requireEventOf(f.eventId, 'eventId');
      writer.activities.update(id, {
        title: f.title,
        planned_start: f.plannedStart,
        planned_end: f.plannedEnd,
        event_id: f.eventId,
        description: f.description,
        updated_at: nowIso(),
      });
      return activityOf(current.project_id, id);
    }),
    deleteActivity: (id: string) => {
      if (!writer.activities.delete(id)) throw notFound('Activity', id);
      return { id };
    },
  };
}
