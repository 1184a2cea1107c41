// `pnpm backup` and `pnpm restore`: one tar.gz per backup holding manifest.json, the database (SQLite
// file or pg_dump custom format) and, only when asked, the key files. A restore checks everything it
// can before it changes anything.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import type { DatabaseConfig, Dialect } from '../../config.js';
import { ensurePrivateDir, writePrivateFileOnce, type Warn } from '../../data-dir.js';
import { openDatabase } from '../../db/data-source.js';
import { dialectSpec } from '../../db/dialect.js';
import {
  IdNumberCipher,
  IdNumberDecryptError,
  loadOrCreateIdNumberKey,
  parseIdNumberKey,
} from '../petitioner/id-number-cipher.js';
import { BackupRefused } from './backup-errors.js';
import {
  BACKUP_FORMAT_VERSION,
  checkRestorable,
  countDifferences,
  DATABASE_ENTRY,
  KEY_FILES,
  keyEntry,
  MANIFEST_ENTRY,
  parseManifest,
  type BackupManifest,
  type KeyFile,
} from './manifest.js';
import { archiveName, archivesToDelete, checkRetentionPolicy, type RetentionPolicy } from './retention.js';
import type { SnapshotFacts } from './snapshot-facts.js';

/** The environment variable that replaces each key file (config.ts). */
const KEY_ENV: Record<KeyFile, string> = { 'auth-secret': 'AUTH_SECRET', 'id-number-key': 'ID_NUMBER_KEY' };

/** apps/api/package.json, from src/modules/backup or dist/modules/backup. */
const APP_VERSION = (
  JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

export interface BackupSettings {
  database: DatabaseConfig;
  dataDir: string;
  outDir: string;
  withKeys: boolean;
  /** The keys the environment configures (AUTH_SECRET, ID_NUMBER_KEY): never written to an archive. */
  keysFromEnvironment: readonly KeyFile[];
  retention: RetentionPolicy;
  /** Lines for the operator (stderr). */
  warn: Warn;
  now?: () => Date;
}

export interface BackupResult {
  archive: string;
  manifest: BackupManifest;
  /** Older archives removed by the retention policy (full paths). */
  deleted: string[];
  /** Work directories of backups killed a day or more ago, removed (full paths). */
  abandoned: string[];
}

/** The work directory of a backup is beside its archive, under this prefix, until the archive is named. */
const WORK_PREFIX = '.lianxin-backup-';
/** No backup runs this long: a work directory older than this was left by one killed outright. */
const ABANDONED_AFTER_MS = 24 * 3_600_000;

/**
 * Removes what backups killed outright left in `outDir` (each a copy of the database, perhaps the keys):
 * retention never sees them, and they must not pile up unnoticed.
 */
function removeAbandonedWork(outDir: string, now: Date, warn: Warn): string[] {
  const removed: string[] = [];
  for (const name of fs.readdirSync(outDir)) {
    if (!name.startsWith(WORK_PREFIX)) continue;
    const dir = path.join(outDir, name);
    const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
    if (!stat?.isDirectory() || now.getTime() - stat.mtimeMs < ABANDONED_AFTER_MS) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    warn(`removed ${dir}, left by a backup that was interrupted`);
    removed.push(dir);
  }
  return removed;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

export async function createBackup(settings: BackupSettings): Promise<BackupResult> {
  const { database, dataDir, outDir, withKeys, warn } = settings;
  checkRetentionPolicy(settings.retention);
  ensurePrivateDir(outDir, warn);
  const createdAt = (settings.now ?? (() => new Date()))();
  const abandoned = removeAbandonedWork(outDir, createdAt, warn);
  // Beside the archive, so the last step is a rename: a half-written archive never has our name.
  const work = fs.mkdtempSync(path.join(outDir, WORK_PREFIX));
  try {
    const databaseEntry = DATABASE_ENTRY[database.dialect];
    const databaseFile = path.join(work, databaseEntry);
    const facts = await dialectSpec(database.dialect).backup.snapshot(database.url, databaseFile);
    const included: BackupManifest['keys']['included'] = [];
    if (withKeys) {
      fs.mkdirSync(path.join(work, 'keys'), { mode: 0o700 });
      for (const file of KEY_FILES) {
        const source = path.join(dataDir, file);
        if (settings.keysFromEnvironment.includes(file) || !fs.existsSync(source)) continue;
        const copy = path.join(work, keyEntry(file));
        fs.copyFileSync(source, copy);
        included.push({ file, sha256: await sha256Of(copy) });
      }
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT_VERSION,
      appVersion: APP_VERSION,
      dialect: database.dialect,
      createdAt: createdAt.toISOString(),
      migrations: facts.migrations,
      tables: facts.tables,
      dataVersion: facts.dataVersion,
      database: {
        entry: databaseEntry,
        bytes: fs.statSync(databaseFile).size,
        sha256: await sha256Of(databaseFile),
      },
      keys: { included, fromEnvironment: settings.keysFromEnvironment.map((f) => KEY_ENV[f]) },
    };
    fs.writeFileSync(path.join(work, MANIFEST_ENTRY), `${JSON.stringify(manifest, null, 2)}\n`);
    const name = archiveName(database.dialect, createdAt);
    const partial = path.join(work, name);
    await pipeline(
      tar.create({ gzip: true, cwd: work, portable: true }, [
        MANIFEST_ENTRY,
        databaseEntry,
        ...included.map((k) => keyEntry(k.file)),
      ]),
      fs.createWriteStream(partial, { mode: 0o600, flags: 'wx' }),
    );
    // On disk before it has its name: a crash right after never leaves a named but empty archive.
    const fd = fs.openSync(partial, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    const archive = path.join(outDir, name);
    if (fs.existsSync(archive)) throw new BackupRefused('USAGE', `${archive} exists already`);
    fs.renameSync(partial, archive);
    warnAboutKeys(settings, manifest, archive);
    const deleted = archivesToDelete(
      fs.readdirSync(outDir),
      database.dialect,
      settings.retention,
      createdAt,
      name,
    ).map((old) => path.join(outDir, old));
    for (const old of deleted) fs.rmSync(old);
    return { archive, manifest, deleted, abandoned };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function warnAboutKeys(settings: BackupSettings, manifest: BackupManifest, archive: string): void {
  const { warn, dataDir } = settings;
  for (const variable of manifest.keys.fromEnvironment)
    warn(
      `${variable} is set in the environment: it is not in the archive; keep it where it can be found for a restore.`,
    );
  if (manifest.keys.included.length > 0) {
    warn(
      `!!! ${archive} CONTAINS THE KEYS (${manifest.keys.included.map((k) => k.file).join(', ')}). ` +
        'Whoever has this file can read every petitioner ID number in it and sign in as any user: ' +
        'keep it as securely as the keys themselves, never beside ordinary backups.',
    );
  } else if (!settings.keysFromEnvironment.includes('id-number-key')) {
    warn(
      `The archive holds no keys. Its ID numbers decrypt only with ${path.join(dataDir, 'id-number-key')}: ` +
        'keep a copy of that file apart from the archives; a restore needs it (or use --with-keys).',
    );
  }
}

export interface RestoreSettings {
  archive: string;
  database: DatabaseConfig;
  dataDir: string;
  /** Put the archive's key files into the data directory. */
  withKeys: boolean;
  /** AUTH_SECRET and ID_NUMBER_KEY as configured: they win over the data directory's files. */
  environmentKeys: { authSecret: string | undefined; idNumberKey: Buffer | undefined };
  warn: Warn;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Migrations run after the restore, bringing an older backup up to date. */
  migrated: number;
  /** Key files written into the data directory. */
  keysWritten: KeyFile[];
}

/** The migration names this code runs for a dialect, in order (what the `migrations` table records). */
function knownMigrations(dialect: Dialect): string[] {
  return dialectSpec(dialect)
    .migrations({ idNumbers: IdNumberCipher.ephemeral() })
    .map((M) => (new M() as { name?: string }).name ?? M.name);
}

async function extract(archive: string, work: string): Promise<void> {
  if (!fs.statSync(archive, { throwIfNoEntry: false })?.isFile())
    throw new BackupRefused('USAGE', `no archive at ${archive}`);
  const allowed = new Set([MANIFEST_ENTRY, ...Object.values(DATABASE_ENTRY), ...KEY_FILES.map(keyEntry)]);
  try {
    await tar.extract({
      file: archive,
      cwd: work,
      strict: true,
      // Plain files of our names only: a link named database.sqlite would copy whatever it points at.
      filter: (name, entry) =>
        allowed.has(name.replace(/^\.\//, '')) && 'type' in entry && entry.type === 'File',
    });
  } catch (error) {
    throw new BackupRefused(
      'CORRUPT',
      `${archive} is damaged or not a Lianxin backup (${(error as Error).message})`,
    );
  }
}

async function verifyChecksums(manifest: BackupManifest, work: string): Promise<void> {
  const file = path.join(work, manifest.database.entry);
  if (!fs.existsSync(file))
    throw new BackupRefused('CORRUPT', `the archive has no ${manifest.database.entry}`);
  const size = fs.statSync(file).size;
  if (size !== manifest.database.bytes || (await sha256Of(file)) !== manifest.database.sha256)
    throw new BackupRefused(
      'CORRUPT',
      `${manifest.database.entry} does not match the manifest's SHA-256: the archive is damaged`,
    );
  for (const key of manifest.keys.included) {
    const keyFile = path.join(work, keyEntry(key.file));
    if (!fs.existsSync(keyFile) || (await sha256Of(keyFile)) !== key.sha256)
      throw new BackupRefused(
        'CORRUPT',
        `${keyEntry(key.file)} does not match the manifest: the archive is damaged`,
      );
  }
}

/** The ID-number key in use without the archive's: the environment's, else the data directory's file. */
function currentIdNumberKey(settings: RestoreSettings): Buffer | null {
  if (settings.environmentKeys.idNumberKey) return settings.environmentKeys.idNumberKey;
  const file = path.join(settings.dataDir, 'id-number-key');
  return fs.existsSync(file) ? parseIdNumberKey(fs.readFileSync(file, 'utf8'), file) : null;
}

/**
 * Which key files to write, after checking none would replace a different key: an existing file or
 * an environment variable with another key would leave the restored ID numbers unreadable.
 */
function keysToWrite(settings: RestoreSettings, manifest: BackupManifest, work: string): KeyFile[] {
  if (manifest.keys.included.length === 0)
    throw new BackupRefused(
      'KEYS',
      'the archive holds no keys (it was taken without --with-keys): restore without --with-keys, with the key in the data directory or ID_NUMBER_KEY',
    );
  const write: KeyFile[] = [];
  for (const { file } of manifest.keys.included) {
    const archived = fs.readFileSync(path.join(work, keyEntry(file)), 'utf8');
    const fromEnv =
      file === 'id-number-key'
        ? settings.environmentKeys.idNumberKey?.equals(parseIdNumberKey(archived, keyEntry(file)))
        : settings.environmentKeys.authSecret === undefined
          ? undefined
          : settings.environmentKeys.authSecret === archived.trim();
    if (fromEnv === false)
      throw new BackupRefused(
        'KEYS',
        `${KEY_ENV[file]} is set to another key than the archive's ${file}: unset it, or restore without --with-keys`,
      );
    const target = path.join(settings.dataDir, file);
    if (!fs.existsSync(target)) write.push(file);
    else if (fs.readFileSync(target, 'utf8') !== archived)
      throw new BackupRefused(
        'KEYS',
        `${target} holds another key than the archive's: refusing to overwrite it (move it away first if the archive's key is the right one)`,
      );
  }
  return write;
}

export async function restoreBackup(settings: RestoreSettings): Promise<RestoreResult> {
  const { database, dataDir, warn } = settings;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-restore-'));
  try {
    await extract(settings.archive, work);
    if (!fs.existsSync(path.join(work, MANIFEST_ENTRY)))
      throw new BackupRefused(
        'CORRUPT',
        `${settings.archive} has no ${MANIFEST_ENTRY}: not a Lianxin backup`,
      );
    const manifest = parseManifest(fs.readFileSync(path.join(work, MANIFEST_ENTRY), 'utf8'));
    checkRestorable(manifest, database.dialect, knownMigrations(database.dialect));
    await verifyChecksums(manifest, work);
    const driver = dialectSpec(database.dialect).backup;
    await driver.checkTargetEmpty(database.url);
    const keysWritten = settings.withKeys ? keysToWrite(settings, manifest, work) : [];
    const idKeyFromArchive =
      keysWritten.includes('id-number-key') ||
      (settings.withKeys && manifest.keys.included.some((k) => k.file === 'id-number-key'));
    if (!idKeyFromArchive && (manifest.tables.petitioner ?? 0) > 0 && !currentIdNumberKey(settings))
      throw new BackupRefused(
        'KEYS',
        `no ID-number key: ID_NUMBER_KEY is unset and ${path.join(dataDir, 'id-number-key')} does not exist. ` +
          `The archive's ${manifest.tables.petitioner} petitioners' ID numbers need the key of the installation ` +
          'it was taken from: put that file there, set ID_NUMBER_KEY, or restore with --with-keys from an archive holding it',
      );

    const verify = (facts: SnapshotFacts) => {
      const differences = countDifferences(manifest.tables, facts.tables);
      if (differences.length > 0)
        throw new BackupRefused(
          'COUNTS_DIFFER',
          `the restored rows differ from the manifest (${differences.join('; ')})`,
        );
    };
    const dump = path.join(work, manifest.database.entry);
    await driver.restore(dump, database.url, verify);

    if (keysWritten.length > 0) ensurePrivateDir(dataDir, warn);
    for (const file of keysWritten)
      writePrivateFileOnce(
        path.join(dataDir, file),
        fs.readFileSync(path.join(work, keyEntry(file)), 'utf8'),
        warn,
      );

    // Migrations bring an older backup up to date; opening checks one stored ID number against the key.
    const idNumbers = new IdNumberCipher(
      loadOrCreateIdNumberKey(settings.environmentKeys.idNumberKey, dataDir),
    );
    let dataSource;
    try {
      dataSource = await openDatabase({ database, idNumbers });
    } catch (error) {
      if (!(error instanceof IdNumberDecryptError)) throw error;
      throw new BackupRefused(
        'KEYS',
        "the database is restored, but the ID-number key in use (ID_NUMBER_KEY or the data directory's id-number-key) " +
          `does not decrypt its ID numbers: ${error.message}. Put the key of the installation the backup was taken from in place before starting the server`,
      );
    }
    const migrations: unknown[] = await dataSource.query('SELECT id FROM migrations');
    await dataSource.destroy();
    return { manifest, migrated: migrations.length - manifest.migrations.count, keysWritten };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
