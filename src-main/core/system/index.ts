import type { SystemInfo, systemCalls } from '../../../src-shared/contract';
import { demoWriters, loadDemo } from '../demo';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { schemaVersion } from '../store/open';

export interface SystemDeps {
  dataDir: string;
  databasePath: string;
  transport: SystemInfo['transport'];
  appVersion: string;
  /** Events written around the events domain: its cached longest event is stale. */
  eventsChanged(): void;
}

/** What the app runs on, and demo data for a first look. */
export function systemDomain(context: DomainContext, deps: SystemDeps): DomainModule<CallsOf<typeof systemCalls>> {
  const { db } = context;
  const sqliteVersion = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  const hasData = db.prepare<[], { has_data: number }>(
    `SELECT EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM organisations) OR EXISTS (SELECT 1 FROM events) AS has_data`,
  );
  return {
    handlers: {
      'system.info': () => ({
        appVersion: deps.appVersion,
        schemaVersion: schemaVersion(db),
        dataDir: deps.dataDir,
        databasePath: deps.databasePath,
        transport: deps.transport,
        platform: `${process.platform} ${process.arch}`,
        sqliteVersion,
        empty: hasData.get()!.has_data === 0,
      }),
      'system.loadDemo': () => {
        // Demo rows go in through the writers of their tables, like any other.
        const summary = loadDemo(db, demoWriters(context));
        deps.eventsChanged();
        return summary;
      },
    },
    api: {},
  };
}
