import type { AttendanceStatus, CsvSeparator, FileToSave, InvitationStatus, ParticipantRole, RosterRow } from '../../../src-shared/contract';
import { exportFileName, exportTable, sheetName } from '../files';

/** The roles as exported files and the nomination form's dropdown name them. */
export const ROLE_LABELS: Readonly<Record<ParticipantRole, string>> = {
  chair: 'Chair',
  head_of_delegation: 'Head of delegation',
  speaker: 'Speaker',
  delegate: 'Delegate',
  observer: 'Observer',
  operational_partner: 'Operational partner',
  organiser: 'Organiser',
  interpreter: 'Interpreter',
};
const INVITATION_LABELS: Record<InvitationStatus, string> = { invited: 'Invited', confirmed: 'Confirmed', declined: 'Declined' };
const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = { attended: 'Attended', excused: 'Excused', no_show: 'No-show' };

const COLUMNS = [
  { header: 'Country', width: 18 },
  { header: 'Name', width: 28 },
  { header: 'Position', width: 30 },
  { header: 'Organisation', width: 36 },
  { header: 'Role', width: 20 },
  { header: 'Invitation', width: 12 },
  { header: 'Attendance', width: 12 },
  { header: 'Email', width: 32 },
  { header: 'Notes', width: 40 },
] as const;

/** The export's table in English, header first; cells are not yet neutralised. */
export function rosterTable(rows: readonly RosterRow[]): string[][] {
  return [
    COLUMNS.map((c) => c.header),
    ...rows.map((r) => [
      r.representingCountryName ?? '',
      r.fullName,
      r.position,
      // The organisation the person represents here; their own when that was deleted.
      r.representingOrgName ?? r.organisationName ?? '',
      ROLE_LABELS[r.role],
      INVITATION_LABELS[r.invitation],
      r.attendance ? ATTENDANCE_LABELS[r.attendance] : '',
      r.emails.join('; '),
      r.notes,
    ]),
  ];
}

export async function exportRoster(title: string, rows: readonly RosterRow[], format: 'csv' | 'xlsx', separator?: CsvSeparator): Promise<FileToSave> {
  return exportTable(
    rosterTable(rows),
    { sheet: sheetName(title), baseName: exportFileName(title, 'participants'), widths: COLUMNS.map((c) => c.width), separator },
    format,
  );
}
