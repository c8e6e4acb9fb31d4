import { useMemo, useRef } from 'react';
import type { AttendanceStatus, InvitationStatus, ParticipantRole, RosterRow } from '../../../src-shared/contract';
import { countryName } from '../../lib/countries';
import { groupKey } from './labels';

/** The fields a row edits in place; everything else of the participation is kept as it is. */
export type RosterPatch = Partial<{
  role: ParticipantRole;
  invitation: InvitationStatus;
  attendance: AttendanceStatus | null;
  notes: string;
  representingCountryCode: string | null;
  representingOrgId: string | null;
}>;

/** The cells of a row that hold a control, in Tab order. */
export const COLUMNS = ['country', 'role', 'invitation', 'attendance', 'notes'] as const;
export type Column = (typeof COLUMNS)[number];

export type GroupItem = { kind: 'group'; key: string; name: string; ids: string[] };
export type Item = GroupItem | { kind: 'row'; row: RosterRow; index: number };

export const HEADER_HEIGHT = 38;
export const ROW_HEIGHT = 42;
export const GROUP_HEIGHT = 34;

/** While focus is in a row the order shown stays as it was; the roster's own order returns once focus leaves the rows. */
export function useShownOrder(rows: RosterRow[], focusId: string | null): RosterRow[] {
  const shownOrder = useRef<string[]>([]);
  return useMemo(() => {
    if (focusId === null) {
      shownOrder.current = rows.map((row) => row.id);
      return rows;
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    const known = new Set(shownOrder.current);
    const kept = shownOrder.current.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    const next = [...kept, ...rows.filter((row) => !known.has(row.id))];
    shownOrder.current = next.map((row) => row.id);
    return next;
  }, [rows, focusId]);
}

/** The rows with a heading before each representing country's run of them. */
export function groupedItems(rows: RosterRow[], noCountry: string): Item[] {
  const list: Item[] = [];
  let group: GroupItem | null = null;
  rows.forEach((row, index) => {
    const key = groupKey(row);
    if (!group || group.key !== key) {
      group = { kind: 'group', key, name: countryName(row.representingCountryCode, row.representingCountryName) ?? noCountry, ids: [] };
      list.push(group);
    }
    group.ids.push(row.id);
    list.push({ kind: 'row', row, index });
  });
  return list;
}
