// SQLite: the online backup API copies the live database page by page while the server keeps
// writing (WAL); restore moves a verified copy into place with one rename.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BackupRefused } from './backup-errors.js';
import { readSnapshotFacts, type BackupDriver, type SnapshotFacts } from './snapshot-facts.js';

const TABLES_SQL = `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`;

/** Every page in one step. */
const ALL_PAGES = 0x7fffffff;

async function factsOfSqliteFile(file: string): Promise<SnapshotFacts> {
  // Not read-only: a read-only connection cannot open a WAL-mode file that has no -shm yet.
  const db = new Database(file, { fileMustExist: true });
  try {
    return await readSnapshotFacts(
      async (sql) => db.prepare(sql).all() as Record<string, unknown>[],
      TABLES_SQL,
    );
  } finally {
    db.close();
  }
}

/**
 * Copies `source` into the new file `copy` and reads the facts from the copy, so they describe exactly
 * what was copied. All pages go in one step, inside one read transaction: with the default 100 pages
 * per step, a write by the server between two steps restarts the copy, and under steady writes it
 * might never finish.
 */
async function backupSqlite(source: string, copy: string): Promise<SnapshotFacts> {
  if (source === ':memory:')
    throw new BackupRefused('NO_DATABASE', 'an in-memory SQLite database cannot be backed up');
  if (!fs.statSync(source, { throwIfNoEntry: false })?.size)
    throw new BackupRefused('NO_DATABASE', `no SQLite database at ${source}`);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(copy, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  return factsOfSqliteFile(copy);
}

const COMPANIONS = ['-wal', '-shm', '-journal'];
const sizeOf = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.size;

/** An existing database file (or write-ahead log) with anything in it is never replaced. */
function checkSqliteTargetEmpty(target: string): void {
  if (sizeOf(target) || sizeOf(`${target}-wal`))
    throw new BackupRefused(
      'NOT_EMPTY',
      `${target} already holds a database: restore into a new file (or move this one away first)`,
    );
}

/**
 * Puts the archive's database at `target` through a temp file in the same directory and one rename,
 * so the target is either absent/empty or the whole copy. `verify` reads the copy before the rename.
 */
async function restoreSqlite(
  extracted: string,
  target: string,
  verify: (facts: SnapshotFacts) => void,
): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const temp = `${target}.restoring-${process.pid}`;
  try {
    fs.copyFileSync(extracted, temp, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(temp, 0o600);
    verify(await factsOfSqliteFile(temp));
    const fd = fs.openSync(temp, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    // Empty leftovers of an empty target would be read as this database's log.
    for (const suffix of COMPANIONS) fs.rmSync(`${target}${suffix}`, { force: true });
    checkSqliteTargetEmpty(target);
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
    for (const suffix of COMPANIONS) fs.rmSync(`${temp}${suffix}`, { force: true });
  }
}

export const sqliteBackup: BackupDriver = {
  snapshot: backupSqlite,
  checkTargetEmpty: async (url) => checkSqliteTargetEmpty(url),
  restore: restoreSqlite,
};
