import { z } from 'zod';
import { countryCode, id, isoDate, optionalText, requiredText, timestamp } from './common';
import { eventKind } from './events';

// The indicators of a project, their progress, the entries that count toward them and the pivot
// of one by country and period; their calls are among the projects' own (`projectCalls`).

export const reportingPeriods = ['month', 'quarter', 'year', 'project_year'] as const;
export const reportingPeriod = z.enum(reportingPeriods);
export type ReportingPeriod = z.infer<typeof reportingPeriod>;

export const feedMeasures = ['events', 'attendees'] as const;

/** Where an indicator fed by officers reads them: every entry of the project, or one indicator's entries. */
export const officerSources = ['project', 'indicator'] as const;

export const indicatorFields = z
  .object({
    name: requiredText(300, 'Name'),
    unit: optionalText(60),
    target: z.number().min(0, 'The target cannot be negative').max(1e9),
    baseline: z.number().min(0).max(1e9).default(0),
    /** Cumulative: one target for the whole project. Otherwise the target applies to every period. */
    cumulative: z.boolean().default(true),
    period: reportingPeriod.default('quarter'),
    /** Must go down (incidents from a baseline of 40 to 20): progress is how far it came down from the baseline toward the target. */
    decreasing: z.boolean().default(false),
    /**
     * Fed by the calendar: held events linked to the project count toward it — each one (`events`)
     * or the people who attended it (`attendees`). No kind means every kind.
     */
    feedEventKind: eventKind.nullable().default(null),
    feedMeasure: z.enum(feedMeasures).nullable().default(null),
    /**
     * Fed by the officers recorded on entries: on every entry of the project's other indicators
     * (`project`) or on the entries of `feedOfficersIndicatorId` (`indicator`). Read live, like the calendar.
     */
    feedOfficers: z.enum(officerSources).nullable().default(null),
    feedOfficersIndicatorId: id.nullable().default(null),
    targetsByCountry: z.array(z.object({ countryCode, target: z.number().min(0).max(1e9) })).max(300).default([]),
    /** Overrides the target of single periods, keyed like `2026-Q2`, `2026-05`, `2026` or `Y1`. */
    targetsByPeriod: z.array(z.object({ periodKey: z.string().trim().regex(/^(\d{4}(-Q[1-4]|-\d{2})?|Y\d{1,2})$/, 'Use a period such as 2026-Q2, 2026-05, 2026 or Y1'), target: z.number().min(0).max(1e9) })).max(200).default([]),
  })
  .refine((i) => !i.decreasing || i.cumulative, { message: 'An indicator that must go down has one target for the whole project', path: ['cumulative'] })
  .refine((i) => !i.decreasing || i.baseline > i.target, { message: 'An indicator that must go down needs a baseline above its target', path: ['baseline'] })
  .refine((i) => i.feedEventKind === null || i.feedMeasure !== null, { message: 'Choose what the events count: each event or its attendees', path: ['feedMeasure'] })
  .refine((i) => i.feedOfficers !== 'indicator' || i.feedOfficersIndicatorId !== null, {
    message: 'Choose the indicator whose entries’ officers count',
    path: ['feedOfficersIndicatorId'],
  });
export type IndicatorFields = z.input<typeof indicatorFields>;

export const indicator = z.object({
  id,
  projectId: id,
  name: z.string(),
  unit: z.string(),
  target: z.number(),
  baseline: z.number(),
  cumulative: z.boolean(),
  period: reportingPeriod,
  decreasing: z.boolean(),
  feedEventKind: eventKind.nullable(),
  feedMeasure: z.enum(feedMeasures).nullable(),
  feedOfficers: z.enum(officerSources).nullable(),
  feedOfficersIndicatorId: z.string().nullable(),
  targetsByCountry: z.array(z.object({ countryCode: z.string(), target: z.number() })),
  targetsByPeriod: z.array(z.object({ periodKey: z.string(), target: z.number() })),
  position: z.number().int(),
  updatedAt: timestamp,
});
export type Indicator = z.infer<typeof indicator>;

export const progressStatuses = ['behind', 'on_track', 'ahead', 'done', 'not_started'] as const;
export const progressStatus = z.enum(progressStatuses);
export type ProgressStatus = z.infer<typeof progressStatus>;

export const periodProgress = z.object({
  key: z.string(),
  /** First day and the day after the last, clipped to the project. */
  start: z.string(),
  end: z.string(),
  target: z.number(),
  actual: z.number(),
  /** Running totals at the end of the period: what the burn-up chart draws. */
  cumulativeActual: z.number(),
  cumulativePlanned: z.number(),
});
export type PeriodProgress = z.infer<typeof periodProgress>;

export const indicatorProgress = z.object({
  indicator,
  /** Baseline plus everything counted to date, from entries and from the calendar. */
  actual: z.number(),
  fromEntries: z.number(),
  fromEvents: z.number(),
  /** What the officers recorded on entries added, for an indicator fed by them. */
  fromOfficers: z.number(),
  /** The whole project's target: the target, or the sum of every period's for a per-period indicator. */
  target: z.number(),
  /** Where the count should be today if the work were spread evenly over time. */
  expected: z.number(),
  status: progressStatus,
  percent: z.number(),
  expectedPercent: z.number(),
  /** The period holding today, when the project is running. */
  currentPeriod: periodProgress.nullable(),
  periods: z.array(periodProgress),
  /** Held events that counted, and what each added. */
  /** `day` is the event's first day where it took place: the day it counts on. */
  feedEvents: z.array(z.object({ eventId: id, title: z.string(), startsAt: timestamp, day: isoDate, count: z.number() })),
});
export type IndicatorProgress = z.infer<typeof indicatorProgress>;

export const entry = z.object({
  id,
  indicatorId: id,
  indicatorName: z.string(),
  occurredOn: z.string(),
  count: z.number(),
  officers: z.number().int().nullable(),
  countryCodes: z.array(z.string()),
  eventId: z.string().nullable(),
  eventTitle: z.string().nullable(),
  activityId: z.string().nullable(),
  activityTitle: z.string().nullable(),
  note: z.string(),
  evidence: z.string(),
  updatedAt: timestamp,
});
export type Entry = z.infer<typeof entry>;

/** What an entry says; its indicator is named beside it. */
export const entryFields = {
  occurredOn: isoDate,
  count: z.number().min(-1e9, 'Too small').max(1e9, 'Too large').refine((n) => n !== 0, 'A count of zero changes nothing'),
  officers: z.number().int().min(0).max(1e7).nullable().default(null),
  countryCodes: z.array(countryCode).max(100).default([]),
  eventId: id.nullable().default(null),
  activityId: id.nullable().default(null),
  note: optionalText(5000),
  evidence: optionalText(2000),
};

export const pivot = z.object({
  indicatorId: id,
  periods: z.array(z.object({ key: z.string(), start: z.string(), end: z.string() })),
  /**
   * One row per country that took part (an entry naming two countries counts for both), then the
   * entries naming none. The totals row counts each entry once, so it is not the sum of the rows.
   */
  rows: z.array(z.object({ countryCode: z.string().nullable(), countryName: z.string().nullable(), cells: z.array(z.number()), total: z.number(), target: z.number().nullable() })),
  totals: z.object({ cells: z.array(z.number()), total: z.number(), targets: z.array(z.number()) }),
});
export type Pivot = z.infer<typeof pivot>;
