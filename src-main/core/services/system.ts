import type { SystemInfo } from '../../../src-shared/contract';
import { schemaVersion, type Store } from '../store/open';

export interface SystemContext {
  dataDir: string;
  databasePath: string;
  transport: SystemInfo['transport'];
  appVersion: string;
}

export function systemService(db: Store, context: SystemContext) {
  const sqliteVersion = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  const hasData = db.prepare(
    `SELECT EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM organisations) OR EXISTS (SELECT 1 FROM events) AS has_data`,
  );
  return {
    info(): SystemInfo {
      return {
        appVersion: context.appVersion,
        schemaVersion: schemaVersion(db),
        dataDir: context.dataDir,
        databasePath: context.databasePath,
        transport: context.transport,
        platform: `${process.platform} ${process.arch}`,
        sqliteVersion,
        empty: (hasData.get() as { has_data: number }).has_data === 0,
      };
    },
  };
}
