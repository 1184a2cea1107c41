import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import type { IdNumberCipher } from '../modules/petitioner/id-number-cipher.js';
import { dialectSpec } from './dialect.js';
import { rebuildAllRollups } from '../modules/stats/rollup.js';
import { entities } from './entities.js';

export interface DataSourceSettings {
  database: DatabaseConfig;
  logSql?: boolean;
  /** Receives every statement (tests count them). */
  logger?: Logger;
  /** The key of petitioners' ID numbers in this database (migration 5 encrypts older rows with it). */
  idNumbers: IdNumberCipher;
}

export function createDataSource({
  database,
  logSql = false,
  logger,
  idNumbers,
}: DataSourceSettings): DataSource {
  const common = {
    entities,
    migrations: dialectSpec(database.dialect).migrations({ idNumbers }),
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
  await checkIdNumberKey(dataSource, settings.idNumbers);
  return dataSource;
}

/**
 * Decrypts one stored ID number: a server started with another key (a lost `id-number-key` file, a
 * wrong ID_NUMBER_KEY) stops here with the reason, rather than failing on every petitioner it reads.
 */
async function checkIdNumberKey(dataSource: DataSource, idNumbers: IdNumberCipher): Promise<void> {
  const rows: { id_number: string }[] = await dataSource.query(
    'SELECT id_number FROM petitioner ORDER BY id LIMIT 1',
  );
  if (rows.length === 0) return;
  try {
    idNumbers.decrypt(rows[0]!.id_number);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
