import type { CallArgs, IssuedFigure, PeriodUnlock, ReportIssue } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import { invalidField, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { localToday } from './feeds';
import { nextDay } from './progress';
import type { ProjectReader } from './read';
import type { ReportData } from './report';
import type { PeriodUnlocksRow, ProjectsWriter, ReportIssuesRow } from './writer';

const toIssue = (r: ReportIssuesRow): ReportIssue => ({
  id: r.id,
  projectId: r.project_id,
  issuedOn: r.issued_on,
  from: r.period_from,
  to: r.period_to,
  issuedBy: r.issued_by,
  figures: JSON.parse(r.figures) as IssuedFigure[],
  createdAt: r.created_at,
});

/** What a report said, indicator by indicator, for the reporting periods its own period touched. */
export function figuresOf(data: ReportData): IssuedFigure[] {
  const end = nextDay(data.to);
  return data.indicators.map((p) => ({
    indicatorId: p.indicator.id,
    name: p.indicator.name,
    unit: p.indicator.unit,
    decreasing: p.indicator.decreasing,
    target: p.target,
    actual: p.actual,
    expected: p.expected,
    percent: p.percent,
    status: p.status,
    periods: p.periods
      .filter((period) => period.end > data.from && period.start < end)
      .map((period) => ({ key: period.key, start: period.start, end: period.end, target: period.target, actual: period.actual, cumulativeActual: period.cumulativeActual })),
  }));
}

/**
 * Reports issued to the donor and the periods they lock. Ids are UUIDv7, so "newer" is the larger
 * id: a day is locked while the latest issue covering it is newer than the latest reopening of it.
 */
export function reportIssues({ db }: DomainContext, read: ProjectReader, writer: ProjectsWriter) {
  const issuesOf = db.prepare<[string], ReportIssuesRow>('SELECT * FROM report_issues WHERE project_id = ? ORDER BY id DESC');
  const unlocksOf = db.prepare<[string], PeriodUnlocksRow>('SELECT * FROM period_unlocks WHERE project_id = ? ORDER BY id DESC');
  const issueCovering = db.prepare<[string, string, string], ReportIssuesRow>(
    'SELECT * FROM report_issues WHERE project_id = ? AND period_from <= ? AND period_to >= ? ORDER BY id DESC LIMIT 1',
  );
  const unlockCovering = db.prepare<[string, string, string], { id: string | null }>(
    'SELECT max(id) AS id FROM period_unlocks WHERE project_id = ? AND period_from <= ? AND period_to >= ?',
  );
  const latestIssue = db.prepare<[string], ReportIssuesRow>('SELECT * FROM report_issues WHERE project_id = ? ORDER BY id DESC LIMIT 1');
  const unlocksAfter = db.prepare<[string, string], PeriodUnlocksRow>('SELECT * FROM period_unlocks WHERE project_id = ? AND id > ? ORDER BY id');

  /** The issue that locks a day of a project, if any. */
  const lockOf = (projectId: string, day: string): ReportIssuesRow | null => {
    const issue = issueCovering.get(projectId, day, day);
    if (!issue) return null;
    const unlock = unlockCovering.get(projectId, day, day)?.id;
    return unlock && unlock > issue.id ? null : issue;
  };

  /** Reopened until an issue covering the whole of its period came after it. */
  const toUnlock = (r: PeriodUnlocksRow, issues: readonly ReportIssuesRow[]): PeriodUnlock => ({
    id: r.id,
    projectId: r.project_id,
    issueId: r.issue_id,
    from: r.period_from,
    to: r.period_to,
    reason: r.reason,
    unlockedOn: r.unlocked_on,
    unlockedBy: r.unlocked_by,
    createdAt: r.created_at,
    open: !issues.some((i) => i.id > r.id && i.period_from <= r.period_from && i.period_to >= r.period_to),
  });

  return {
    lockOf,
    /** Refuses a change to what was counted on a day of an issued period, inside the caller's transaction. */
    requireOpen(projectId: string, day: string, path: string) {
      const issue = lockOf(projectId, day);
      if (issue) {
        throw invalidField(
          path,
          `This day is in a period issued to the donor on ${issue.issued_on} (${issue.period_from} to ${issue.period_to}). Reopen the period with a reason first.`,
        );
      }
    },
    list(projectId: string) {
      read.requireProject(projectId);
      const issues = issuesOf.all(projectId);
      return { issues: issues.map(toIssue), unlocks: unlocksOf.all(projectId).map((u) => toUnlock(u, issues)) };
    },
    /** The last report issued, and the reopenings since, which the next report accounts for. */
    sinceLast(projectId: string) {
      const issue = latestIssue.get(projectId);
      if (!issue) return null;
      const issues = issuesOf.all(projectId);
      return { issue: toIssue(issue), unlocks: unlocksAfter.all(projectId, issue.id).map((u) => toUnlock(u, issues)) };
    },
    issue: db.transaction((args: CallArgs<'projects.issueReport'>, data: ReportData): ReportIssue => {
      const id = newId();
      const now = nowIso();
      writer.issues.insert({
        id,
        project_id: data.project.id,
        issued_on: args.today ?? localToday(),
        period_from: data.from,
        period_to: data.to,
        issued_by: args.issuedBy,
        figures: JSON.stringify(figuresOf(data)),
        created_at: now,
        updated_at: now,
      });
      return toIssue(writer.issues.get(id)!);
    }),
    unlock: db.transaction(({ issueId, reason, unlockedBy, today }: CallArgs<'projects.unlockPeriod'>): PeriodUnlock => {
      const issue = writer.issues.get(issueId);
      if (!issue) throw notFound('Issued report', issueId);
      if (![issue.period_from, issue.period_to].some((day) => lockOf(issue.project_id, day))) {
        throw invalidField('issueId', 'This period is open already: it can be corrected until the next report covering it is issued');
      }
      const id = newId();
      const now = nowIso();
      writer.unlocks.insert({
        id,
        project_id: issue.project_id,
        issue_id: issue.id,
        period_from: issue.period_from,
        period_to: issue.period_to,
        reason,
        unlocked_on: today ?? localToday(),
        unlocked_by: unlockedBy,
        created_at: now,
        updated_at: now,
      });
      return toUnlock(writer.unlocks.get(id)!, issuesOf.all(issue.project_id));
    }),
  };
}

export type ReportIssues = ReturnType<typeof reportIssues>;
