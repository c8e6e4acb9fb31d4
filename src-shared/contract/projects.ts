import { z } from 'zod';
import type { CallSpec } from './domains';
import { byId, countryCode, deleted, fileToSave, id, isoDate, localeTag, meta, optionalText, requiredText, timestamp } from './common';
import { documentLanguage } from './documents';
import { eventKind, eventStatus } from './events';
import { entry, entryFields, indicator, indicatorFields, indicatorProgress, pivot, progressStatus } from './indicators';
import { issueFields, periodUnlock, reportIssue, unlockFields } from './report-issues';

export const projectStatuses = ['planned', 'running', 'closed', 'suspended'] as const;
export const projectStatus = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof projectStatus>;

export const partnerRoles = ['beneficiary', 'partner', 'associate'] as const;

/** A partner is a country or an organisation. */
const partner = z
  .object({
    countryCode: countryCode.nullable().default(null),
    organisationId: id.nullable().default(null),
    role: z.enum(partnerRoles).default('partner'),
  })
  .refine((p) => (p.countryCode === null) !== (p.organisationId === null), { message: 'Choose a country or an organisation', path: ['countryCode'] });

export const projectFields = z
  .object({
    acronym: requiredText(60, 'Acronym'),
    title: requiredText(500, 'Title'),
    fundingProgramme: optionalText(300),
    startsOn: isoDate,
    endsOn: isoDate,
    leadOrgId: id.nullable().default(null),
    status: projectStatus.default('running'),
    description: optionalText(20_000),
    partners: z.array(partner).max(200).default([]),
  })
  .refine((p) => p.endsOn >= p.startsOn, { message: 'The project ends before it starts', path: ['endsOn'] });
export type ProjectFields = z.input<typeof projectFields>;

export const activity = z.object({
  id,
  projectId: id,
  title: z.string(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  eventId: z.string().nullable(),
  eventTitle: z.string().nullable(),
  description: z.string(),
  updatedAt: timestamp,
});
export type Activity = z.infer<typeof activity>;

const activityFields = z
  .object({
    title: requiredText(500, 'Title'),
    plannedStart: isoDate.nullable().default(null),
    plannedEnd: isoDate.nullable().default(null),
    eventId: id.nullable().default(null),
    description: optionalText(10_000),
  })
  .refine((a) => !a.plannedStart || !a.plannedEnd || a.plannedEnd >= a.plannedStart, { message: 'The activity ends before it starts', path: ['plannedEnd'] });

export const linkedEvent = z.object({ id, title: z.string(), kind: eventKind, status: eventStatus, startsAt: timestamp, timeZone: z.string() });
export type LinkedEvent = z.infer<typeof linkedEvent>;

export const project = z.object({
  id,
  acronym: z.string(),
  title: z.string(),
  fundingProgramme: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  leadOrgId: z.string().nullable(),
  leadOrgName: z.string().nullable(),
  status: projectStatus,
  description: z.string(),
  partners: z.array(
    z.object({ countryCode: z.string().nullable(), organisationId: z.string().nullable(), name: z.string(), role: z.enum(partnerRoles) }),
  ),
  events: z.array(linkedEvent),
  activities: z.array(activity),
  indicators: z.array(indicator),
  ...meta,
});
export type Project = z.infer<typeof project>;

export const projectSummary = z.object({
  id,
  acronym: z.string(),
  title: z.string(),
  status: projectStatus,
  startsOn: z.string(),
  endsOn: z.string(),
  /** Share of the project's time gone by today, 0–100. */
  elapsedPercent: z.number(),
  indicatorCount: z.number().int(),
  behindCount: z.number().int(),
  /** Its indicators, worst first. */
  indicators: z.array(
    z.object({ id, name: z.string(), unit: z.string(), actual: z.number(), target: z.number(), expected: z.number(), percent: z.number(), status: progressStatus, decreasing: z.boolean(), expectedPercent: z.number() }),
  ),
});
export type ProjectSummary = z.infer<typeof projectSummary>;

const today = isoDate.optional();

/**
 * The donor report's reporting period, first and last day included; by default from the project's
 * start to today. The contract refuses one that ends before it starts.
 */
const reportPeriod = {
  from: isoDate.optional(),
  to: isoDate.optional(),
};
/** The language of the report's headings, labels and sheet names, and of the page's dates (in English those follow `locale`: en-GB, en-US). */
const reportLanguage = documentLanguage.default('en');
const periodInOrder = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.to >= q.from;
const periodOrder = { message: 'The period ends before it starts', path: ['to'] };

export const projectCalls = {
  'projects.portfolio': {
    summary: 'Every project with its progress, the ones with indicators furthest behind first.',
    mutates: false,
    input: z.object({ today, status: projectStatus.optional() }).strict().default({}),
    output: z.array(projectSummary),
  },
  'projects.get': {
    summary: 'One project with its partners, linked events, activities and indicators.',
    mutates: false,
    input: byId.strict(),
    output: project,
  },
  'projects.create': {
    summary: 'Create a project.',
    mutates: true,
    changes: ['projects'],
    input: projectFields,
    output: project,
  },
  'projects.update': {
    summary: 'Replace the fields of a project. `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    changes: ['projects'],
    input: projectFields.and(z.object({ id, expectedUpdatedAt: timestamp.optional() })),
    output: project,
  },
  'projects.delete': {
    summary: 'Delete a project with its activities, indicators and entries; its events stay in the calendar.',
    mutates: true,
    changes: ['projects'],
    input: byId.strict(),
    output: deleted,
  },
  'projects.linkEvents': {
    summary: 'Link events of the calendar to a project (or unlink them): held events then feed its indicators.',
    mutates: true,
    changes: ['projects', 'events'],
    input: z.object({ projectId: id, eventIds: z.array(id).min(1).max(500), linked: z.boolean() }).strict(),
    output: project,
  },
  'projects.dashboard': {
    summary: 'Progress of every indicator of a project today: actual, expected, status, periods for the burn-up chart.',
    mutates: false,
    input: z.object({ id, today }).strict(),
    output: z.object({ project: projectSummary, indicators: z.array(indicatorProgress) }),
  },
  'projects.pivot': {
    summary: 'One indicator by country and period, with totals and targets.',
    mutates: false,
    input: z.object({ indicatorId: id }).strict(),
    output: pivot,
  },
  'projects.report': {
    summary: "The donor report for a reporting period (from–to; by default the project's start to today): indicators with targets for the period, actuals per period and per country, and the entries and events behind them, as XLSX.",
    mutates: false,
    input: z.object({ id, today, ...reportPeriod, language: reportLanguage }).strict().refine(periodInOrder, periodOrder),
    output: fileToSave,
  },
  'projects.reportHtml': {
    summary: 'The donor report as printable HTML (every text escaped), for PDF.',
    mutates: false,
    input: z.object({ id, today, ...reportPeriod, locale: localeTag, language: reportLanguage }).strict().refine(periodInOrder, periodOrder),
    output: z.object({ title: z.string(), html: z.string() }),
  },
  'projects.reportPdf': {
    summary: 'The donor report as PDF, printed by the desktop app. Over loopback the browser prints the HTML instead.',
    mutates: false,
    input: z.object({ id, today, ...reportPeriod, locale: localeTag, language: reportLanguage }).strict().refine(periodInOrder, periodOrder),
    output: fileToSave,
  },
  'projects.issues': {
    summary: 'The reports issued to the donor of a project, newest first, with the figures each one sent, and the reopenings of issued periods.',
    mutates: false,
    input: byId.strict(),
    output: z.object({ issues: z.array(reportIssue), unlocks: z.array(periodUnlock) }),
  },
  'projects.issueReport': {
    summary:
      "Record the donor report of a period as issued: the day, who issued it and every indicator's figures as sent. Entries dated in the period are locked until it is reopened; issuing again relocks a reopened period.",
    mutates: true,
    changes: ['projects'],
    input: z.object({ id, today, ...reportPeriod, ...issueFields }).strict().refine(periodInOrder, periodOrder),
    output: reportIssue,
  },
  'projects.unlockPeriod': {
    summary: 'Reopen the period of an issued report for corrections, with the reason (kept, and shown in the next report).',
    mutates: true,
    changes: ['projects'],
    input: z.object({ issueId: id, today, ...unlockFields }).strict(),
    output: periodUnlock,
  },
  'activities.create': {
    summary: 'Add a planned activity to a project, optionally the event that carries it out.',
    mutates: true,
    changes: ['projects'],
    input: z.object({ projectId: id }).and(activityFields),
    output: activity,
  },
  'activities.update': {
    summary: 'Replace the fields of an activity.',
    mutates: true,
    changes: ['projects'],
    input: z.object({ id }).and(activityFields),
    output: activity,
  },
  'activities.delete': {
    summary: 'Delete an activity; entries that named it keep their counts.',
    mutates: true,
    changes: ['projects'],
    input: byId.strict(),
    output: deleted,
  },
  'indicators.create': {
    summary: 'Add an indicator to a project.',
    mutates: true,
    changes: ['projects'],
    input: z.object({ projectId: id }).and(indicatorFields),
    output: indicator,
  },
  'indicators.update': {
    summary: 'Replace the fields of an indicator. `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    changes: ['projects'],
    input: z.object({ id, expectedUpdatedAt: timestamp.optional() }).and(indicatorFields),
    output: indicator,
  },
  'indicators.delete': {
    summary: 'Delete an indicator and its entries.',
    mutates: true,
    changes: ['projects'],
    input: byId.strict(),
    output: deleted,
  },
  'entries.list': {
    summary: 'Entries of a project or one indicator, newest first.',
    mutates: false,
    input: z
      .object({ projectId: id.optional(), indicatorId: id.optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) })
      .strict()
      .refine((q) => (q.projectId === undefined) !== (q.indicatorId === undefined), { message: 'Give a project or an indicator' }),
    output: z.object({ rows: z.array(entry), total: z.number().int() }),
  },
  'entries.create': {
    summary: 'Count something toward an indicator: how many, when, which countries and officers, what it came from.',
    mutates: true,
    changes: ['projects'],
    input: z.object({ indicatorId: id, ...entryFields }).strict(),
    output: entry,
  },
  'entries.createMany': {
    summary: 'Enter a whole period at once (a grid of indicators × countries): all of it or none of it.',
    mutates: true,
    changes: ['projects'],
    input: z
      .object({ rows: z.array(z.object({ indicatorId: id, ...entryFields }).strict()).min(1).max(2000) })
      .strict(),
    output: z.object({ created: z.number().int() }),
  },
  'entries.update': {
    summary: 'Replace the fields of an entry. `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    changes: ['projects'],
    input: z.object({ id, indicatorId: id, ...entryFields, expectedUpdatedAt: timestamp.optional() }).strict(),
    output: entry,
  },
  'entries.delete': {
    summary: 'Delete an entry; returns it whole so that it can be put back (undo).',
    mutates: true,
    changes: ['projects'],
    input: byId.strict(),
    output: entry,
  },
} as const satisfies Record<string, CallSpec>;
