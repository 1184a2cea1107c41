// What the manifest says about a snapshot — every table's rows, the migration level, the data version —
// read through whichever connection sees that snapshot (the SQLite copy, PostgreSQL's exported one).
import type { BackupManifest } from './manifest.js';

/** Runs one read statement; rows as plain objects. */
export type ReadRows = (sql: string) => Promise<Record<string, unknown>[]>;

export type SnapshotFacts = Pick<BackupManifest, 'tables' | 'migrations' | 'dataVersion'>;

/** A dialect's part of backup and restore (DialectSpec.backup): the database entry of an archive. */
export interface BackupDriver {
  /** Copies the database at `url` (a file or a postgres:// URL) into `file`; the facts describe that copy. */
  snapshot(url: string, file: string): Promise<SnapshotFacts>;
  /** Refuses (NOT_EMPTY) a target that holds a database already. */
  checkTargetEmpty(url: string): Promise<void>;
  /** Restores `dump` into `url`; `verify` reads the restored rows before anything else uses them. */
  restore(dump: string, url: string, verify: (facts: SnapshotFacts) => void): Promise<void>;
}

/** Identifiers come from the catalogue, not from input; quoted all the same (a table named "order"). */
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function readSnapshotFacts(read: ReadRows, tableNamesSql: string): Promise<SnapshotFacts> {
  const names = (await read(tableNamesSql)).map((r) => String(r.name)).sort();
  const tables: Record<string, number> = {};
  for (const name of names) {
    const [row] = await read(`SELECT COUNT(*) AS n FROM ${quote(name)}`);
    tables[name] = Number(row!.n);
  }
  let migrations: SnapshotFacts['migrations'] = { last: null, count: 0 };
  if (names.includes('migrations')) {
    const rows = await read('SELECT name FROM migrations ORDER BY timestamp DESC, id DESC');
    migrations = { last: rows.length ? String(rows[0]!.name) : null, count: rows.length };
  }
  let dataVersion = 0;
  if (names.includes('data_version')) {
    const [row] = await read('SELECT version FROM data_version WHERE id = 1');
    dataVersion = Number(row?.version ?? 0);
  }
  return { tables, migrations, dataVersion };
}
