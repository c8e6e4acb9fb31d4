import type { CsvSeparator, DocumentLanguage, FileToSave, ParticipantRole, RosterRow } from '../../../src-shared/contract';
import { countryNameIn, DOCUMENT_LABELS, LANGUAGE_LOCALES } from '../documents';
import { exportFileName, exportTable, sheetName } from '../files';
import { EXPORT_WORDS } from './export-words';

/** The roles as the nomination form's dropdown names them, in English whatever the pack's language: the form is read back by them. */
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
const WIDTHS = [18, 28, 30, 36, 20, 12, 12, 32, 40];

/** The export's table in a document language, header first; cells are not yet neutralised. */
export function rosterTable(rows: readonly RosterRow[], language: DocumentLanguage = 'en'): string[][] {
  const words = EXPORT_WORDS[language];
  const labels = DOCUMENT_LABELS[language];
  const locale = LANGUAGE_LOCALES[language];
  return [
    [words.country, labels.lopName, labels.lopPosition, labels.lopOrganisation, words.role, words.invitation, words.attendance, labels.lopEmail, words.notes],
    ...rows.map((r) => [
      countryNameIn(locale, r.representingCountryCode, r.representingCountryName),
      r.fullName,
      r.position,
      // The organisation the person represents here; their own when that was deleted.
      r.representingOrgName ?? r.organisationName ?? '',
      labels.roles[r.role],
      words.invitations[r.invitation],
      r.attendance ? words.attendanceStates[r.attendance] : '',
      r.emails.join('; '),
      r.notes,
    ]),
  ];
}

export async function exportRoster(
  title: string,
  rows: readonly RosterRow[],
  format: 'csv' | 'xlsx',
  options: { separator?: CsvSeparator | undefined; language?: DocumentLanguage } = {},
): Promise<FileToSave> {
  return exportTable(
    rosterTable(rows, options.language),
    { sheet: sheetName(title), baseName: exportFileName(title, 'participants'), widths: WIDTHS, separator: options.separator },
    format,
  );
}
