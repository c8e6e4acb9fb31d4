import type { ImportPreview, ImportPreviewRow } from '../../../src-shared/contract';

export type RowAction = 'create' | 'merge' | 'skip';
/** The user's choices by row number; rows not in it keep what the preview proposed. */
export type Decisions = ReadonlyMap<number, RowAction>;

export const actionOf = (row: ImportPreviewRow, decisions: Decisions): ImportPreviewRow['action'] => decisions.get(row.row) ?? row.action;

/** What the user may choose for a row: an error can only be skipped, and an email match cannot be created again. */
export function choicesFor(row: ImportPreviewRow): ImportPreviewRow['action'][] {
  if (row.action === 'error') return ['error', 'skip'];
  if (row.match?.by === 'email') return ['merge', 'skip'];
  if (row.match) return ['merge', 'create', 'skip'];
  return ['create', 'skip'];
}

export function countActions(preview: ImportPreview, decisions: Decisions) {
  const counts = { create: 0, merge: 0, skip: 0, error: 0 };
  for (const row of preview.rows) counts[actionOf(row, decisions)]++;
  return counts;
}

/** Only the rows whose action the user changed go to the service. */
export function decisionList(preview: ImportPreview, decisions: Decisions): Array<{ row: number; action: RowAction }> {
  return preview.rows.flatMap((row) => {
    const chosen = decisions.get(row.row);
    return chosen && chosen !== row.action ? [{ row: row.row, action: chosen }] : [];
  });
}

/** The organisations the commit will create: those of the rows still being imported. */
export function newOrganisationsOf(preview: ImportPreview, decisions: Decisions): string[] {
  const names = new Set<string>();
  for (const row of preview.rows) {
    const action = actionOf(row, decisions);
    if (row.organisationNew && row.organisationName && (action === 'create' || action === 'merge')) names.add(row.organisationName);
  }
  return [...names];
}
