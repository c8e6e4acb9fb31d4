import type { AttendanceMatrix, MatrixCell } from '../../../src-shared/contract';
import { notFound } from '../errors';
import { exportFileName, exportTable, sheetName } from '../files';
import type { Store } from '../store/open';

type Scope = { bodyId?: string; seriesId?: string };

const CELL_LABELS: Record<MatrixCell, string> = {
  attended: 'Attended',
  excused: 'Excused',
  absent: 'No-show',
  invited: 'Invited (not held yet)',
  not_invited: 'Not invited',
};

/** Member states × meetings of a body or a series, and the same as a file. */
export function attendanceMatrix(db: Store) {
  const body = db.prepare<[string], { id: string; name: string }>('SELECT id, name FROM bodies WHERE id = ?');
  const series = db.prepare<[string], { id: string; name: string; body_id: string }>('SELECT id, name, body_id FROM series WHERE id = ?');
  const meetingsOfBody = db.prepare<[string], { id: string; title: string; starts_at: string; series_number: number | null; status: string }>(
    `SELECT id, title, starts_at, series_number, status FROM events WHERE body_id = ? AND status <> 'cancelled' ORDER BY starts_at, id`,
  );
  const meetingsOfSeries = db.prepare<[string], { id: string; title: string; starts_at: string; series_number: number | null; status: string }>(
    `SELECT id, title, starts_at, series_number, status FROM events WHERE series_id = ? AND status <> 'cancelled' ORDER BY starts_at, id`,
  );
  const memberStates = db.prepare<[string], { code: string; name: string }>(
    `SELECT c.code, c.name FROM body_members m JOIN countries c ON c.code = m.country_code
     WHERE m.body_id = ? AND m.kind = 'member_state' ORDER BY c.name`,
  );
  // Per meeting and represented country: was anyone on the roster, did anyone attend, did the country send apologies.
  const presence = db.prepare<[string], { event_id: string; code: string; name: string; attended: number; excused: number }>(
    `SELECT p.event_id, c.code, c.name, max(p.attendance = 'attended') AS attended,
            max(p.attendance = 'excused') OR min(p.invitation = 'declined') AS excused
     FROM participations p JOIN countries c ON c.code = p.representing_country_code
     WHERE p.event_id IN (SELECT value FROM json_each(?))
     GROUP BY p.event_id, c.code`,
  );
  const titleOf = (scope: Scope): { title: string; bodyId: string } => {
    if (scope.seriesId) {
      const s = series.get(scope.seriesId);
      if (!s) throw notFound('Series', scope.seriesId);
      return { title: s.name, bodyId: s.body_id };
    }
    const b = scope.bodyId ? body.get(scope.bodyId) : undefined;
    if (!b) throw notFound('Body', scope.bodyId ?? '');
    return { title: b.name, bodyId: b.id };
  };

  const matrix = (scope: Scope): AttendanceMatrix => {
    const { bodyId } = titleOf(scope);
    const meetings = scope.seriesId ? meetingsOfSeries.all(scope.seriesId) : meetingsOfBody.all(bodyId);
    // Member states always have a line; any other country that came to a meeting gets one too.
    const countries = new Map(memberStates.all(bodyId).map((c) => [c.code, { code: c.code, name: c.name, member: true }]));
    const seen = new Map<string, { attended: boolean; excused: boolean }>();
    for (const p of presence.all(JSON.stringify(meetings.map((m) => m.id)))) {
      if (!countries.has(p.code)) countries.set(p.code, { code: p.code, name: p.name, member: false });
      seen.set(`${p.code}|${p.event_id}`, { attended: p.attended === 1, excused: p.excused === 1 });
    }
    const rows = [...countries.values()].sort((a, b) => Number(b.member) - Number(a.member) || a.name.localeCompare(b.name, 'en'));
    const now = new Date().toISOString();
    // Nobody can be a no-show at a meeting not held yet: its roster is only invited so far (apologies may come early).
    const pending = meetings.map((m) => m.status !== 'held' && m.starts_at > now);
    const cells = rows.map((c) =>
      meetings.map((m, j): MatrixCell => {
        const s = seen.get(`${c.code}|${m.id}`);
        if (s === undefined) return 'not_invited';
        if (s.attended) return 'attended';
        if (s.excused) return 'excused';
        return pending[j] ? 'invited' : 'absent';
      }),
    );
    return {
      meetings: meetings.map((m) => ({ id: m.id, title: m.title, startsAt: m.starts_at, seriesNumber: m.series_number, status: m.status as AttendanceMatrix['meetings'][number]['status'] })),
      countries: rows,
      cells,
      countryTotals: cells.map((row) => row.filter((c) => c === 'attended').length),
      meetingTotals: meetings.map((_, i) => cells.filter((row) => row[i] === 'attended').length),
    };
  };

  return {
    matrix,
    async export(scope: Scope, format: 'csv' | 'xlsx') {
      const { title } = titleOf(scope);
      const m = matrix(scope);
      const header = ['Country', ...m.meetings.map((e) => `${e.title} (${e.startsAt.slice(0, 10)})`), 'Meetings attended'];
      const table = [
        header,
        ...m.countries.map((c, i) => [c.name, ...m.cells[i]!.map((cell) => CELL_LABELS[cell]), String(m.countryTotals[i])]),
        ['Countries attending', ...m.meetingTotals.map(String), ''],
      ];
      return exportTable(table, { sheet: sheetName(title), baseName: exportFileName(title, 'attendance'), widths: header.map((_, i) => (i === 0 ? 28 : 16)) }, format);
    },
  };
}
