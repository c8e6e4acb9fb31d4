import type { Database } from 'better-sqlite3';
import * as m0001 from './0001-initial-schema';
import * as m0002 from './0002-countries';
import * as m0003 from './0003-series-first-number';
import * as m0004 from './0004-folded-name-search';
import * as m0005 from './0005-sort-keys-on-insert';
import * as m0006 from './0006-agenda-days-and-templates';
import * as m0007 from './0007-entry-totals-index';
import * as m0008 from './0008-officer-fed-indicators';
import * as m0009 from './0009-exchange';
import * as m0010 from './0010-latin-name-search';
import * as m0011 from './0011-latin-organisation-search';
import * as m0012 from './0012-latin-event-search';
import * as m0013 from './0013-name-parts';
import * as m0014 from './0014-series-titles';
import * as m0015 from './0015-handouts-and-restricted';
import * as m0016 from './0016-invitation-packs';
import * as m0017 from './0017-nominations';
import * as m0018 from './0018-issued-reports';
import * as m0019 from './0019-relay-erasures';
import * as m0020 from './0020-collation-keys';
import * as m0021 from './0021-answer-language';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Append-only: never edit a migration that has landed; add the next number instead. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial-schema', up: m0001.up },
  { version: 2, name: 'countries', up: m0002.up },
  { version: 3, name: 'series-first-number', up: m0003.up },
  { version: 4, name: 'folded-name-search', up: m0004.up },
  { version: 5, name: 'sort-keys-on-insert', up: m0005.up },
  { version: 6, name: 'agenda-days-and-templates', up: m0006.up },
  { version: 7, name: 'entry-totals-index', up: m0007.up },
  { version: 8, name: 'officer-fed-indicators', up: m0008.up },
  { version: 9, name: 'exchange', up: m0009.up },
  { version: 10, name: 'latin-name-search', up: m0010.up },
  { version: 11, name: 'latin-organisation-search', up: m0011.up },
  { version: 12, name: 'latin-event-search', up: m0012.up },
  { version: 13, name: 'name-parts', up: m0013.up },
  { version: 14, name: 'series-titles', up: m0014.up },
  { version: 15, name: 'handouts-and-restricted', up: m0015.up },
  { version: 16, name: 'invitation-packs', up: m0016.up },
  { version: 17, name: 'nominations', up: m0017.up },
  { version: 18, name: 'issued-reports', up: m0018.up },
  { version: 19, name: 'relay-erasures', up: m0019.up },
  { version: 20, name: 'collation-keys', up: m0020.up },
  { version: 21, name: 'answer-language', up: m0021.up },
];

export function checkMigrationOrder(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration list out of order: position ${i + 1} holds version ${m.version} (${m.name})`);
    }
  });
}

export const latestVersion = (list: readonly Migration[] = migrations): number => list.at(-1)?.version ?? 0;
