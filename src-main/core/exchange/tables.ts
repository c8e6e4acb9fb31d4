import type { Store } from '../store/open';

/**
 * The tables laptops exchange, parents before children, so that one pass over a bundle's rows
 * finds each parent in place before its children. Countries are the same list on every laptop;
 * settings are this laptop's own; search index, sort keys and indicator totals are derived.
 */
export const REPLICATED = [
  'organisations', 'people', 'bodies', 'body_members', 'chair_terms', 'series', 'events', 'event_organisers', 'event_links', 'tags',
  'event_tags', 'participations', 'delegation_answers', 'nominations', 'substitutions', 'agenda_days', 'agenda_sessions', 'agenda_items', 'agenda_item_speakers', 'agenda_templates',
  'outcomes', 'action_items', 'projects', 'project_partners', 'event_projects', 'activities', 'indicators', 'indicator_targets',
  'indicator_entries', 'entry_countries', 'report_issues', 'period_unlocks',
] as const;
export type ReplicatedTable = (typeof REPLICATED)[number];

const ORDER = new Map<string, number>(REPLICATED.map((t, i) => [t, i]));
export const isReplicated = (table: string): table is ReplicatedTable => ORDER.has(table);
export const tableOrder = (table: string): number => ORDER.get(table) ?? Number.MAX_SAFE_INTEGER;

/** The column whose message says a row was deleted ("1") or is back ("0"). */
export const DELETED = '_deleted';

export interface ForeignKey {
  column: string;
  parent: string;
  parentColumn: string;
  onDelete: 'CASCADE' | 'SET NULL' | 'NO ACTION';
}

/** Each replicated table's foreign keys, read from the schema rather than repeated. */
export function foreignKeys(db: Store): ReadonlyMap<string, readonly ForeignKey[]> {
  const keys = new Map<string, ForeignKey[]>();
  for (const table of REPLICATED) {
    const list = db.pragma(`foreign_key_list(${table})`) as Array<{ from: string; table: string; to: string; on_delete: string }>;
    keys.set(
      table,
      list.map((k) => ({ column: k.from, parent: k.table, parentColumn: k.to ?? 'id', onDelete: k.on_delete as ForeignKey['onDelete'] })),
    );
  }
  return keys;
}
