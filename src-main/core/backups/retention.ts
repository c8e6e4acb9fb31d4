import { Temporal } from 'temporal-polyfill';

export const KEEP_DAYS = 7;
export const KEEP_WEEKS = 4;
export const KEEP_MONTHS = 12;

const DAY_MS = 86_400_000;
/** Everything younger than this is kept, whatever the rule says. */
export const RECENT_MS = DAY_MS;

interface LocalDay {
  /** Days since 1970-01-01 of the local calendar date. */
  day: number;
  /** The `day` of that week's Monday: ISO weeks start on Monday. */
  week: number;
  /** Months since January 1970. */
  month: number;
}

function localDay(at: Date, zone: string): LocalDay {
  const date = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zone).toPlainDate();
  const day = Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
  return { day, week: day - (date.dayOfWeek - 1), month: (date.year - 1970) * 12 + (date.month - 1) };
}

/** The local calendar day of an instant, as `YYYY-MM-DD`. */
export function localDate(at: Date, zone: string = Temporal.Now.timeZoneId()): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/**
 * The backups to keep: the newest of each of the last 7 local calendar days, of the last 4 ISO weeks
 * and of the last 12 months (each counting the current one), and always the newest of all.
 * Every backup of the last 24 hours is kept too (before an import, a restore, a rotation: each is
 * somebody's way back), as is one dated after `now` (the clock was moved back).
 */
export function retain(backups: readonly { id: string; createdAt: Date }[], now: Date, zone: string = Temporal.Now.timeZoneId()): Set<string> {
  const keep = new Set<string>();
  if (backups.length === 0) return keep;
  const today = localDay(now, zone);
  const newestIn = new Map<string, { id: string; at: number }>();
  let newest = backups[0]!;
  for (const backup of backups) {
    const at = backup.createdAt.getTime();
    const newestAt = newest.createdAt.getTime();
    if (at > newestAt || (at === newestAt && backup.id > newest.id)) newest = backup;
    // The last day's backups all stay: a restore's safety copy must not push out the backup just restored.
    // They still count as their day's newest, so an older copy of that day is not kept beside them.
    if (at > now.getTime() - RECENT_MS) keep.add(backup.id);
    const local = localDay(backup.createdAt, zone);
    const buckets = [
      today.day - local.day < KEEP_DAYS ? `d${local.day}` : null,
      (today.week - local.week) / 7 < KEEP_WEEKS ? `w${local.week}` : null,
      today.month - local.month < KEEP_MONTHS ? `m${local.month}` : null,
    ];
    for (const bucket of buckets) {
      if (bucket === null) continue;
      const held = newestIn.get(bucket);
      // Ties on time go to the greater id, so the choice does not depend on the order given.
      if (!held || at > held.at || (at === held.at && backup.id > held.id)) newestIn.set(bucket, { id: backup.id, at });
    }
  }
  for (const { id } of newestIn.values()) keep.add(id);
  keep.add(newest.id);
  return keep;
}
