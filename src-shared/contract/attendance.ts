import { z } from 'zod';
import type { CallSpec } from './domains';
import { fileToSave, id, timestamp } from './common';
import { eventStatus } from './events';

/**
 * attended: someone represented the country and attended; excused: nobody attended, and someone was excused or
 * everyone declined; absent (no-show): on the roster of a past or held meeting, nobody attended or was excused;
 * invited: on the roster of a meeting not held yet; not_invited: nobody on the roster.
 */
export const matrixCell = z.enum(['attended', 'excused', 'absent', 'invited', 'not_invited']);
export type MatrixCell = z.infer<typeof matrixCell>;

export const attendanceMatrix = z.object({
  meetings: z.array(z.object({ id, title: z.string(), startsAt: timestamp, seriesNumber: z.number().int().nullable(), status: eventStatus })),
  countries: z.array(z.object({ code: z.string(), name: z.string(), member: z.boolean() })),
  /** cells[country][meeting], in the order of `countries` and `meetings`. */
  cells: z.array(z.array(matrixCell)),
  /** Meetings each country attended. */
  countryTotals: z.array(z.number().int()),
  /** Countries that attended each meeting. */
  meetingTotals: z.array(z.number().int()),
});
export type AttendanceMatrix = z.infer<typeof attendanceMatrix>;

const matrixScope = z
  .object({ bodyId: id.optional(), seriesId: id.optional() })
  .strict()
  .refine((s) => (s.bodyId === undefined) !== (s.seriesId === undefined), { message: 'Choose a body or a series', path: ['bodyId'] });

export const attendanceCalls = {
  'attendance.matrix': {
    summary: 'Member states × meetings of a body or a series: attended, excused, no-show, invited (not held yet) or not invited, with totals.',
    mutates: false,
    input: matrixScope,
    output: attendanceMatrix,
  },
  'attendance.export': {
    summary: 'The attendance matrix as CSV or XLSX (base64), safe to open in Excel.',
    mutates: false,
    input: z
      .object({ bodyId: id.optional(), seriesId: id.optional(), format: z.enum(['csv', 'xlsx']) })
      .strict()
      .refine((s) => (s.bodyId === undefined) !== (s.seriesId === undefined), { message: 'Choose a body or a series', path: ['bodyId'] }),
    output: fileToSave,
  },
} as const satisfies Record<string, CallSpec>;
