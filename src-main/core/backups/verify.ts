import type { Store } from '../store/cipher';

export interface VerifyCheck {
  name: 'integrity' | 'foreignKeys' | 'search';
  ok: boolean;
  detail: string;
}

export interface VerifyResult {
  ok: boolean;
  checks: VerifyCheck[];
  checkedAt: string;
}

const SHOWN = 5;
const count = (n: number) => new Intl.NumberFormat('en-US').format(n);
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function firstOf(problems: string[], total = problems.length): string {
  const more = total > SHOWN ? `; and ${count(total - SHOWN)} more` : '';
  return problems.slice(0, SHOWN).join('; ') + more;
}

/** SQLite's own check of every page and index (and, since SQLite 3.44, of each full-text index too). */
function integrity(db: Store): VerifyCheck {
  const limit = 100;
  const rows = (db.pragma(`integrity_check(${limit})`, { simple: false }) as { integrity_check: string }[]).map((r) => r.integrity_check);
  const pages = db.pragma('page_count', { simple: true }) as number;
  if (rows.length === 1 && rows[0] === 'ok') return { name: 'integrity', ok: true, detail: `No problems found in ${plural(pages, 'page')}.` };
  const found = rows.length >= limit ? `${count(limit)} or more problems` : plural(rows.length, 'problem');
  return { name: 'integrity', ok: false, detail: `SQLite found ${found} in ${plural(pages, 'page')}: ${firstOf(rows)}.` };
}

function foreignKeys(db: Store): VerifyCheck {
  const rows = db.prepare(
    `SELECT "table" AS child, parent, count(*) AS n FROM pragma_foreign_key_check GROUP BY "table", parent ORDER BY n DESC, child, parent`,
  ).all() as { child: string; parent: string; n: number }[];
  if (rows.length === 0) return { name: 'foreignKeys', ok: true, detail: 'Every link between records points to a record that exists.' };
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  const problems = rows.map((r) => `${plural(r.n, 'record')} in ${r.child} ${r.n === 1 ? 'points' : 'point'} to a missing ${r.parent} record`);
  return { name: 'foreignKeys', ok: false, detail: `${plural(total, 'broken link')}: ${firstOf(problems)}.` };
}

/**
 * Each FTS5 table's own check, plus whether it holds exactly the rows of the table it indexes:
 * by convention `x_fts` indexes `x` under the same rowid, kept by triggers that a bulk write could skip.
 */
function search(db: Store): VerifyCheck {
  const tables = db.prepare(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%' ORDER BY name`,
  ).pluck().all() as string[];
  if (tables.length === 0) return { name: 'search', ok: true, detail: 'This store has no search index to check.' };
  // The check is written as an INSERT, which SQLite refuses on a read-only connection even though nothing is written.
  const writable = !db.readonly && db.pragma('query_only', { simple: true }) === 0;
  const problems: string[] = [];
  const names: string[] = [];
  for (const fts of tables) {
    const source = fts.replace(/_fts$/, '');
    const label = source === fts ? fts : source;
    names.push(label);
    const quoted = `"${fts.replace(/"/g, '""')}"`;
    if (writable) {
      try {
        db.prepare(`INSERT INTO ${quoted}(${quoted}) VALUES ('integrity-check')`).run();
      } catch (error) {
        problems.push(`the index of ${label} is damaged (${(error as Error).message})`);
        continue;
      }
    }
    if (source === fts || !db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(source)) continue;
    const q = `"${source.replace(/"/g, '""')}"`;
    const { missing, stale } = db.prepare(
      `SELECT (SELECT count(*) FROM ${q} WHERE rowid NOT IN (SELECT rowid FROM ${quoted})) AS missing,
              (SELECT count(*) FROM ${quoted} WHERE rowid NOT IN (SELECT rowid FROM ${q})) AS stale`,
    ).get() as { missing: number; stale: number };
    if (missing > 0) problems.push(`${plural(missing, `${label} record`)} cannot be found by search`);
    if (stale > 0) problems.push(`${plural(stale, `search entry`, 'search entries')} in ${label} for records that no longer exist`);
  }
  const skipped = writable ? '' : ' (the index’s own check needs a writable store and was skipped)';
  if (problems.length === 0) return { name: 'search', ok: true, detail: `The search index matches the data for ${listed(names)}${skipped}.` };
  return { name: 'search', ok: false, detail: `The search index does not match the data: ${firstOf(problems)}${skipped}.` };
}

/** Integrity, links and search index, each reported in plain words; all three run even when one fails. */
export function verifyStore(db: Store): VerifyResult {
  const checks = ([['integrity', integrity], ['foreignKeys', foreignKeys], ['search', search]] as const).map(([name, check]): VerifyCheck => {
    try {
      return check(db);
    } catch (error) {
      // A badly damaged file makes SQLite throw instead of listing problems.
      return { name, ok: false, detail: `The check could not finish: ${(error as Error).message}.` };
    }
  });
  return { ok: checks.every((c) => c.ok), checks, checkedAt: new Date().toISOString() };
}
