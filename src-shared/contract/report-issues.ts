import { z } from 'zod';
import { id, isoDate, optionalText, requiredText, timestamp } from './common';
import { progressStatus } from './indicators';

// Donor reports as issued: the figures each one sent, and the reopening of an issued period.

/** One indicator as the issued report gave it: its totals at the period's end and every reporting period it touched. */
export const issuedFigure = z.object({
  indicatorId: id,
  name: z.string(),
  unit: z.string(),
  decreasing: z.boolean(),
  target: z.number(),
  actual: z.number(),
  expected: z.number(),
  percent: z.number(),
  status: progressStatus,
  /** `end` is the day after the period's last, as in the progress rows. */
  periods: z.array(z.object({ key: z.string(), start: isoDate, end: isoDate, target: z.number(), actual: z.number(), cumulativeActual: z.number() })),
});
export type IssuedFigure = z.infer<typeof issuedFigure>;

export const reportIssue = z.object({
  id,
  projectId: id,
  issuedOn: isoDate,
  /** The reporting period, first and last day included. */
  from: isoDate,
  to: isoDate,
  issuedBy: z.string(),
  figures: z.array(issuedFigure),
  createdAt: timestamp,
});
export type ReportIssue = z.infer<typeof reportIssue>;

export const periodUnlock = z.object({
  id,
  projectId: id,
  issueId: id.nullable(),
  from: isoDate,
  to: isoDate,
  reason: z.string(),
  /** The user's day, like the issue's: a timestamp's UTC day may be the day before. */
  unlockedOn: isoDate,
  unlockedBy: z.string(),
  createdAt: timestamp,
  /** False once a later report covering the period was issued: it is locked again. */
  open: z.boolean(),
});
export type PeriodUnlock = z.infer<typeof periodUnlock>;

export const issueFields = {
  issuedBy: optionalText(200),
};

export const unlockFields = {
  reason: requiredText(1000, 'Reason'),
  unlockedBy: optionalText(200),
};
