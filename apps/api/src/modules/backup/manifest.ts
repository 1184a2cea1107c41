// manifest.json, the first entry of every backup archive: what the archive holds and what a restore
// must check before it changes anything (format, dialect, migration level, checksum, row counts).
import type { Dialect } from '../../config.js';
import { BackupRefused } from './backup-errors.js';

/** Raised when the archive layout or the manifest's meaning changes; a restore refuses newer ones. */
export const BACKUP_FORMAT_VERSION = 1;

/** The archive's entries. Keys live under keys/ so a listing shows at once whether they are in it. */
export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY: Record<Dialect, string> = {
  sqlite: 'database.sqlite',
  postgres: 'database.pgdump',
};
export const KEY_FILES = ['auth-secret', 'id-number-key'] as const;
export type KeyFile = (typeof KEY_FILES)[number];
export const keyEntry = (file: KeyFile): string => `keys/${file}`;

export interface BackupManifest {
  format: number;
  appVersion: string;
  dialect: Dialect;
  /** ISO instant the backup started (the snapshot follows at once); the archive's name carries it too. */
  createdAt: string;
  /** The last migration applied (its class name, as the `migrations` table records it) and how many. */
  migrations: { last: string | null; count: number };
  /** Rows of every table of the snapshot, `migrations` included, by name. */
  tables: Record<string, number>;
  /** data_version.version in the snapshot. */
  dataVersion: number;
  /** The database entry: its name in the archive, its size and SHA-256 (hex). */
  database: { entry: string; bytes: number; sha256: string };
  /** Key files in the archive (with their SHA-256), and keys that came from the environment (not written). */
  keys: { included: { file: KeyFile; sha256: string }[]; fromEnvironment: string[] };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isSha256 = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);

/**
 * Reads manifest.json's text into a manifest, or refuses naming what is wrong. The format is checked
 * first: a newer archive may have any shape, and "made by a newer version" is the message it deserves.
 */
export function parseManifest(text: string): BackupManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupRefused('CORRUPT', 'manifest.json is not JSON');
  }
  if (!isRecord(raw) || !isCount(raw.format) || raw.format === 0)
    throw new BackupRefused('CORRUPT', 'manifest.json has no format version');
  if (raw.format > BACKUP_FORMAT_VERSION)
    throw new BackupRefused(
      'NEWER_FORMAT',
      `the archive has format ${raw.format}; this version reads up to ${BACKUP_FORMAT_VERSION}: restore it with a newer Lianxin`,
    );
  const bad = (what: string) => new BackupRefused('CORRUPT', `manifest.json: ${what}`);
  if (typeof raw.dialect !== 'string' || !Object.hasOwn(DATABASE_ENTRY, raw.dialect))
    throw bad(`dialect is not one of ${Object.keys(DATABASE_ENTRY).join(', ')}`);
  const dialect = raw.dialect as Dialect;
  if (typeof raw.appVersion !== 'string') throw bad('appVersion is missing');
  if (typeof raw.createdAt !== 'string' || Number.isNaN(Date.parse(raw.createdAt)))
    throw bad('createdAt is not a date');
  const migrations = raw.migrations;
  if (
    !isRecord(migrations) ||
    !isCount(migrations.count) ||
    !(migrations.last === null || typeof migrations.last === 'string')
  )
    throw bad('migrations is not { last, count }');
  if (!isRecord(raw.tables) || !Object.values(raw.tables).every(isCount))
    throw bad('tables is not a row count per table');
  if (!isCount(raw.dataVersion)) throw bad('dataVersion is not a count');
  const database = raw.database;
  if (
    !isRecord(database) ||
    database.entry !== DATABASE_ENTRY[dialect] ||
    !isCount(database.bytes) ||
    !isSha256(database.sha256)
  )
    throw bad('database is not { entry, bytes, sha256 } of this dialect');
  const keys = raw.keys;
  if (
    !isRecord(keys) ||
    !Array.isArray(keys.included) ||
    !keys.included.every((k) => isRecord(k) && KEY_FILES.includes(k.file as KeyFile) && isSha256(k.sha256)) ||
    !Array.isArray(keys.fromEnvironment) ||
    !keys.fromEnvironment.every((k) => typeof k === 'string')
  )
    throw bad('keys is not { included, fromEnvironment }');
  return raw as unknown as BackupManifest;
}

/**
 * Whether this code can restore the archive into a database of `dialect`: the same dialect, and a
 * migration level it knows (`known`: this code's migration names, in order). An older level is fine —
 * the restore migrates it up — but a migration this code has never heard of means a newer schema.
 */
export function checkRestorable(manifest: BackupManifest, dialect: Dialect, known: readonly string[]): void {
  if (manifest.dialect !== dialect)
    throw new BackupRefused(
      'OTHER_DIALECT',
      `the archive is a ${manifest.dialect} backup and the target is ${dialect}: restore it into a ${manifest.dialect} database`,
    );
  const { last, count } = manifest.migrations;
  if (count > known.length || (last !== null && !known.includes(last)))
    throw new BackupRefused(
      'NEWER_MIGRATIONS',
      `the archive's schema is at migration ${last ?? '(none)'} (${count} applied); this version knows ` +
        `${known.length}, up to ${known.at(-1) ?? '(none)'}: restore it with a newer Lianxin`,
    );
}

/** The row counts that differ between the manifest and the restored database, as readable lines. */
export function countDifferences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return tables
    .filter((t) => expected[t] !== actual[t])
    .map((t) => `${t}: ${expected[t] ?? 'absent'} in the manifest, ${actual[t] ?? 'absent'} restored`);
}
