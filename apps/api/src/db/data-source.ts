import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { dialectSpec } from './dialect.js';
import { rebuildAllRollups } from '../modules/stats/rollup.js';
import { entities } from './entities.js';

export interface DataSourceSettings {
  database: DatabaseConfig;
  logSql?: boolean;
  /** Receives every statement (tests count them). */
  logger?: Logger;
}

export function createDataSource({ database, logSql = false, logger }: DataSourceSettings): DataSource {
  const common = {
    entities,
    migrations: dialectSpec(database.dialect).migrations,
    logging: logSql,
    ...(logger ? { logger } : {}),
  };
  let options: DataSourceOptions;
  if (database.dialect === 'postgres') {
    options = {
      ...common,
      type: 'postgres',
      url: database.url,
      extra: { max: 10 },
    };
  } else {
    if (database.url !== ':memory:') fs.mkdirSync(path.dirname(database.url), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: database.url,
      enableWAL: database.url !== ':memory:',
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        // Several requests may write at once: wait for the lock rather than fail with SQLITE_BUSY.
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return new DataSource(options);
}

/**
 * Connects and brings the schema up to date. A migration that (re)defines the rollup marks itself
 * `rebuildsRollups`; the rollup is then recomputed from the cases with the current formulas, so an
 * existing database never serves an empty or stale rollup.
 */
export async function openDatabase(settings: DataSourceSettings): Promise<DataSource> {
  const dataSource = createDataSource(settings);
  await dataSource.initialize();
  const executed = await dataSource.runMigrations({ transaction: 'each' });
  if (executed.some((m) => (m.instance as { rebuildsRollups?: boolean } | undefined)?.rebuildsRollups)) {
    await dataSource.transaction((manager) =>
      rebuildAllRollups(manager, dialectSpec(settings.database.dialect)),
    );
  }
  return dataSource;
}
