import { Temporal } from 'temporal-polyfill';
import type { ActionItem, ActionStatus, CsvSeparator, FileToSave } from '../../../src-shared/contract';
import { exportTable } from '../files';

const STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' };

const COLUMNS = [
  { header: 'Due', width: 12 },
  { header: 'Status', width: 12 },
  { header: 'Overdue', width: 9 },
  { header: 'What', width: 48 },
  { header: 'Owner', width: 26 },
  { header: 'Country', width: 9 },
  { header: 'Organisation', width: 28 },
  { header: 'Event', width: 44 },
  { header: 'Event date', width: 12 },
  { header: 'Body', width: 30 },
  { header: 'Agenda item', width: 30 },
  { header: 'Notes', width: 40 },
] as const;

/** The action items as a table in English, header first; cells are not yet neutralised. */
export function actionsTable(items: readonly ActionItem[], timeZone = 'UTC'): string[][] {
  return [
    COLUMNS.map((c) => c.header),
    ...items.map((a) => [
      a.dueOn ?? '',
      STATUS_LABELS[a.status],
      a.overdue ? 'Yes' : '',
      a.title,
      a.ownerName ?? '',
      a.ownerCountryCode ?? '',
      a.ownerOrganisation ?? '',
      a.eventTitle,
      // The day the event starts where the user is, as the list shows it.
      Temporal.Instant.from(a.eventStartsAt).toZonedDateTimeISO(timeZone).toPlainDate().toString(),
      a.bodyName ?? '',
      a.agendaItemTitle ?? '',
      a.notes,
    ]),
  ];
}

export async function exportActions(
  items: readonly ActionItem[],
  options: { format: 'csv' | 'xlsx'; separator?: CsvSeparator | undefined; timeZone?: string | undefined; today: string },
): Promise<FileToSave> {
  return exportTable(
    actionsTable(items, options.timeZone),
    { sheet: 'Actions', baseName: `Actions - ${options.today}`, widths: COLUMNS.map((c) => c.width), separator: options.separator },
    options.format,
  );
}
