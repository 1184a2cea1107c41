// pnpm backup / pnpm restore on both databases: a round trip while the API keeps writing, every
// refusal (changing nothing), retention, and the keys only when asked.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCheckDigit } from '@lianxin/domain';
import type { DatabaseConfig, Dialect } from '../../config.js';
import { openDatabase, type DialectDataSource } from '../../db/data-source.js';
import {
  createTestDatabase,
  describeEachDatabase,
  pgAvailable,
  type TestDatabase,
} from '../../test/databases.js';
import { scratchClustersAvailable, startScratchPrimary, type ScratchCluster } from '../../test/pg-cluster.js';
import { startTestApi, type TestApi } from '../../test/api.js';
import { SYSTEM } from '../../test/rollup.fixtures.js';
import { selectCases } from '../case/case-query.js';
import type { CaseFilter } from '../case/case.types.js';
import { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { rollupAnswers, StatsService } from '../stats/stats.service.js';
import { CaseDimension } from '../stats/stats.types.js';
import { BackupRefused } from './backup-errors.js';
import { createBackup, restoreBackup, type BackupSettings, type RestoreSettings } from './backup.service.js';
import { archiveName } from './retention.js';

const apiDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

const KEY = randomBytes(32);
const KEY_TEXT = KEY.toString('base64url');
const SEED = { until: '2022-06-30', casesPerYear: 100 };
/** Read at the writes' own time: the cases the writer registers are dated today. */
const QUESTIONS: [CaseFilter, CaseDimension[]][] = [
  [{}, []],
  [{}, [CaseDimension.MONTH]],
  [{ from: '2021-01-01' }, [CaseDimension.CATEGORY, CaseDimension.TOWNSHIP]],
];

const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** The DatabaseConfig a TestApi's data source was opened with. */
function configOf(api: TestApi, dialect: Dialect): DatabaseConfig {
  const options = api.dataSource.options as { database?: string; url?: string };
  return { dialect, url: dialect === 'sqlite' ? options.database! : options.url! };
}

async function rowCounts(ds: DialectDataSource, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables)
    counts[table] = Number((await ds.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
  return counts;
}

async function kpis(ds: DialectDataSource, useRollups: boolean, now: Date): Promise<unknown[]> {
  const stats = new StatsService(ds, ds.dialect, useRollups);
  const answers = [];
  for (const [filter, groupBy] of QUESTIONS) {
    const selection = selectCases(filter, now, SYSTEM);
    // Otherwise both sides would count the cases and the comparison would prove nothing.
    expect(rollupAnswers(selection, groupBy)).toBe(true);
    answers.push(await stats.caseStats(selection, groupBy));
  }
  return answers;
}

async function accessLog(ds: DialectDataSource): Promise<unknown[]> {
  const rows: Record<string, unknown>[] = await ds.query(
    'SELECT id, at, user_id, username, role, action, case_id, fields, detail FROM access_log ORDER BY id',
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at as string).toISOString() }));
}

async function refusal(work: Promise<unknown>): Promise<BackupRefused> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BackupRefused)) throw new Error(`expected a BackupRefused, got ${String(error)}`);
  return error;
}

/** A copy of `archive` with its manifest (and maybe its database entry) edited. */
async function repack(
  archive: string,
  edit: (manifest: Record<string, unknown>) => Record<string, unknown>,
  editDatabase?: (file: string) => void,
): Promise<string> {
  const dir = tempDir('lianxin-repack-');
  await tar.extract({ file: archive, cwd: dir });
  const manifestFile = path.join(dir, 'manifest.json');
  fs.writeFileSync(manifestFile, JSON.stringify(edit(JSON.parse(fs.readFileSync(manifestFile, 'utf8')))));
  const entries = fs.readdirSync(dir).filter((e) => e.startsWith('manifest') || e.startsWith('database'));
  if (editDatabase)
    editDatabase(
      path.join(
        dir,
        entries.find((e) => e.startsWith('database'))!,
      ),
    );
  const out = path.join(dir, 'edited.tar.gz');
  await tar.create({ gzip: true, cwd: dir, file: out }, entries);
  return out;
}

describeEachDatabase('backup and restore', (dialect) => {
  let api: TestApi;
  let source: DatabaseConfig;
  let dataDir: string;
  let outDir: string;
  const targets: TestDatabase[] = [];
  const other: Dialect = dialect === 'sqlite' ? 'postgres' : 'sqlite';

  const backup = (overrides: Partial<BackupSettings> = {}) =>
    createBackup({
      database: source,
      dataDir,
      outDir,
      withKeys: false,
      keysFromEnvironment: [],
      retention: {},
      warn: () => undefined,
      ...overrides,
    });
  const restore = (archive: string, database: DatabaseConfig, overrides: Partial<RestoreSettings> = {}) =>
    restoreBackup({
      archive,
      database,
      dataDir,
      withKeys: false,
      environmentKeys: { authSecret: undefined, idNumberKey: KEY },
      warn: () => undefined,
      ...overrides,
    });
  const freshTarget = async () => {
    const target = await createTestDatabase(dialect);
    targets.push(target);
    return target;
  };
  const open = (database: DatabaseConfig) => openDatabase({ database, idNumbers: new IdNumberCipher(KEY) });
  /** The target holds nothing: no SQLite file (or an empty one), no PostgreSQL table. */
  const expectEmpty = async (database: DatabaseConfig) => {
    if (database.dialect === 'sqlite') {
      expect(fs.statSync(database.url, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
      return;
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`,
    );
    await client.end();
    expect(rows).toEqual([]);
  };

  let villageCode: string;
  let written = 0;
  /** Registers a case and reads its petitioner in full (one access-log row), as a clerk's day does. */
  const writeOnce = async () => {
    const first17 = `6403021980010${String(1000 + (written % 9000)).padStart(4, '0')}`;
    const registered = await api.graphql<{ registerCase: { id: string } }>(
      `mutation { registerCase(input: { title: "备份期间", summary: "写入", matterType: APPEAL,
         categoryCode: "IRRIGATION", channel: VISIT, villageCode: "${villageCode}", headcount: 1,
         petitioners: [{ name: "王立新", phone: "13909530001", idNumber: "${first17}${idCheckDigit(first17)}" }] }) { id } }`,
    );
    expect(registered.errors).toBeUndefined();
    const read = await api.graphql(
      `query ReadPetitioner { case(id: ${registered.data!.registerCase.id}) { petitioners { name phone } } }`,
    );
    expect(read.errors).toBeUndefined();
    written += 1;
  };

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED, {}, new IdNumberCipher(KEY));
    source = configOf(api, dialect);
    villageCode = (await api.dataSource.query('SELECT code FROM village ORDER BY code LIMIT 1'))[0].code;
    dataDir = tempDir('lianxin-data-');
    outDir = path.join(tempDir('lianxin-out-'), 'backups');
    fs.writeFileSync(path.join(dataDir, 'id-number-key'), KEY_TEXT, { mode: 0o600 });
    fs.writeFileSync(path.join(dataDir, 'auth-secret'), 'a-secret-of-this-installation', { mode: 0o600 });
    // The source has an access log to carry over.
    await writeOnce();
  }, 180_000);
  afterAll(async () => {
    await api?.stop();
    for (const target of targets) await target.drop();
  });

  it('restores exactly the manifest row counts and the same KPIs when nothing was written meanwhile', async () => {
    const now = new Date();
    const { archive, manifest } = await backup();
    expect(manifest).toMatchObject({ format: 1, dialect, keys: { included: [], fromEnvironment: [] } });
    expect(manifest.migrations).toEqual({ last: 'OpenCaseCountAsOf1700000000021', count: 22 });
    expect(manifest.tables.petition_case).toBeGreaterThan(100);
    expect(await rowCounts(api.dataSource, Object.keys(manifest.tables))).toEqual(manifest.tables);

    const target = await freshTarget();
    const restored = await restore(archive, target.config);
    expect(restored.migrated).toBe(0);
    const ds = await open(target.config);
    try {
      expect(await rowCounts(ds, Object.keys(manifest.tables))).toEqual(manifest.tables);
      expect(await kpis(ds, true, now)).toEqual(await kpis(api.dataSource, true, now));
      expect(await kpis(ds, true, now)).toEqual(await kpis(ds, false, now));
      expect(await accessLog(ds)).toEqual(await accessLog(api.dataSource));
    } finally {
      await ds.destroy();
    }
  }, 120_000);

  it('a backup taken while cases are written restores its own snapshot: counts, KPIs and an access-log prefix', async () => {
    let stop = false;
    const writer = (async () => {
      while (!stop) await writeOnce();
    })();
    const before = written;
    while (written < before + 3) await new Promise((r) => setTimeout(r, 20));
    const { archive, manifest } = await backup();
    const atEnd = written;
    while (written < atEnd + 3) await new Promise((r) => setTimeout(r, 20));
    stop = true;
    await writer;

    const sourceCases = Number((await api.dataSource.query('SELECT COUNT(*) AS n FROM petition_case'))[0].n);
    // The snapshot lies strictly between the writes before the backup and the ones after it.
    expect(manifest.tables.petition_case).toBeGreaterThanOrEqual(sourceCases - (written - before));
    expect(manifest.tables.petition_case).toBeLessThan(sourceCases);

    const target = await freshTarget();
    await restore(archive, target.config);
    const ds = await open(target.config);
    try {
      expect(await rowCounts(ds, Object.keys(manifest.tables))).toEqual(manifest.tables);
      expect(Number((await ds.query('SELECT version FROM data_version WHERE id = 1'))[0].version)).toBe(
        manifest.dataVersion,
      );
      // The rollup agrees with the restored cases: no write was half in the snapshot.
      const now = new Date();
      expect(await kpis(ds, true, now)).toEqual(await kpis(ds, false, now));
      const restoredLog = await accessLog(ds);
      const sourceLog = await accessLog(api.dataSource);
      expect(restoredLog.length).toBe(manifest.tables.access_log);
      expect(restoredLog.length).toBeLessThan(sourceLog.length);
      expect(restoredLog).toEqual(sourceLog.slice(0, restoredLog.length));
    } finally {
      await ds.destroy();
    }
  }, 180_000);

  it('refuses a damaged archive, the other dialect, a newer format or schema and a non-empty target, changing nothing', async () => {
    const { archive, manifest } = await backup();
    const target = await freshTarget();
    const refused = async (file: string, database = target.config) => {
      const error = await refusal(restore(file, database));
      await expectEmpty(target.config);
      return { code: error.code, message: error.message };
    };

    const truncated = path.join(tempDir('lianxin-bad-'), 'truncated.tar.gz');
    fs.writeFileSync(truncated, fs.readFileSync(archive).subarray(0, 2000));
    expect(await refused(truncated)).toMatchObject({
      code: 'CORRUPT',
      message: /is damaged or not a Lianxin backup/,
    });

    const notAnArchive = path.join(tempDir('lianxin-bad-'), 'notes.tar.gz');
    fs.writeFileSync(notAnArchive, 'these are not the backups you are looking for\n');
    expect((await refused(notAnArchive)).code).toBe('CORRUPT');

    const altered = await repack(
      archive,
      (m) => m,
      (file) => {
        const bytes = fs.readFileSync(file);
        const at = bytes.length - 100;
        bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
        fs.writeFileSync(file, bytes);
      },
    );
    expect(await refused(altered)).toEqual({
      code: 'CORRUPT',
      message: `${manifest.database.entry} does not match the manifest's SHA-256: the archive is damaged`,
    });

    // A link in place of the database would copy whatever it points at: only plain files are read.
    const linkDir = tempDir('lianxin-link-');
    await tar.extract({ file: archive, cwd: linkDir });
    fs.rmSync(path.join(linkDir, manifest.database.entry));
    fs.symlinkSync(
      source.dialect === 'sqlite' ? source.url : '/etc/hostname',
      path.join(linkDir, manifest.database.entry),
    );
    const linked = path.join(linkDir, 'linked.tar.gz');
    await tar.create({ gzip: true, cwd: linkDir, file: linked }, ['manifest.json', manifest.database.entry]);
    expect(await refused(linked)).toEqual({
      code: 'CORRUPT',
      message: `the archive has no ${manifest.database.entry}`,
    });

    const otherTarget: DatabaseConfig =
      other === 'sqlite'
        ? { dialect: other, url: path.join(tempDir('lianxin-other-'), 'other.sqlite') }
        : { dialect: other, url: 'postgres://postgres@127.0.0.1:5432/never_connected_to' };
    expect(await refused(archive, otherTarget)).toEqual({
      code: 'OTHER_DIALECT',
      message: `the archive is a ${dialect} backup and the target is ${other}: restore it into a ${dialect} database`,
    });
    if (other === 'sqlite') expect(fs.existsSync(otherTarget.url)).toBe(false);

    const newerFormat = await repack(archive, (m) => ({ ...m, format: 2 }));
    expect((await refused(newerFormat)).code).toBe('NEWER_FORMAT');
    const newerSchema = await repack(archive, (m) => ({
      ...m,
      migrations: { last: 'SomethingLater1800000000000', count: 21 },
    }));
    expect(await refused(newerSchema)).toMatchObject({
      code: 'NEWER_MIGRATIONS',
      message: /at migration SomethingLater1800000000000 \(21 applied\); this version knows 20/,
    });

    // The source itself is not empty: refused, and not a row changes.
    const counts = await rowCounts(api.dataSource, Object.keys(manifest.tables));
    const onSource = await refusal(restore(archive, source));
    expect(onSource.code).toBe('NOT_EMPTY');
    expect(await rowCounts(api.dataSource, Object.keys(manifest.tables))).toEqual(counts);

    // No key anywhere, and the archive holds petitioners: refused before the restore, not after.
    const keyless = tempDir('lianxin-keyless-');
    const noKey = await refusal(
      restore(archive, target.config, {
        dataDir: keyless,
        environmentKeys: { authSecret: undefined, idNumberKey: undefined },
      }),
    );
    expect(noKey.code).toBe('KEYS');
    expect(noKey.message).toContain(`${path.join(keyless, 'id-number-key')} does not exist`);
    await expectEmpty(target.config);
    expect(fs.readdirSync(keyless)).toEqual([]);

    // Finally the same target takes the archive: the refusals left it as it was.
    await restore(archive, target.config);
  }, 180_000);

  it('says when the key in use does not decrypt the restored ID numbers', async () => {
    const { archive } = await backup();
    const target = await freshTarget();
    const error = await refusal(
      restore(archive, target.config, {
        environmentKeys: { authSecret: undefined, idNumberKey: randomBytes(32) },
      }),
    );
    expect(error.code).toBe('KEYS');
    expect(error.message).toMatch(
      /^the database is restored, but the ID-number key in use .* does not decrypt/,
    );
  }, 120_000);

  it('brings the restore of an older backup up to the current migrations', async () => {
    const older = await freshTarget();
    const ds = await open(older.config);
    // Back to before migration 20, which made a table: the restore must make it.
    await ds.undoLastMigration();
    await ds.undoLastMigration();
    await ds.destroy();
    const { archive, manifest } = await backup({ database: older.config });
    expect(manifest.migrations).toEqual({ last: 'BoundaryPack1700000000019', count: 20 });
    expect(manifest.tables.case_leader_rollup).toBeUndefined();

    const target = await freshTarget();
    const restored = await restore(archive, target.config);
    expect(restored.migrated).toBe(2);
    const up = await open(target.config);
    try {
      expect(await rowCounts(up, ['migrations', 'case_leader_rollup'])).toEqual({
        migrations: 22,
        case_leader_rollup: 0,
      });
    } finally {
      await up.destroy();
    }
  }, 120_000);

  it('the CLI prints the archive, and exits 1 with the reason when it refuses', async () => {
    const cli = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(
          'node',
          ['dist/modules/backup/backup-cli.js', ...args, '--database', source.url],
          {
            cwd: apiDir,
            env: { ...process.env, DATA_DIR: dataDir, ID_NUMBER_KEY: '', AUTH_SECRET: '' },
          },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('exit', (code) => resolve({ code, stdout, stderr }));
      });
    const dir = tempDir('lianxin-cli-');
    const made = await cli(['backup', '--out', dir, '--keep-last', '3']);
    expect(made.code).toBe(0);
    const archive = made.stdout.trim();
    expect(path.dirname(archive)).toBe(dir);
    expect(fs.existsSync(archive)).toBe(true);
    expect(made.stderr).toMatch(/^The archive holds no keys\./m);
    expect(made.stderr).toMatch(
      /^backed up .* at migration OpenCaseCountAsOf1700000000021 \(22\), 26 tables/m,
    );

    const refused = await cli(['restore', archive]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toMatch(/^restore: .*already (holds a database|has \d+ table)/);
  }, 120_000);

  it('writes owner-only archives and keeps only what --keep-last / --keep-days allow', async () => {
    const dir = path.join(tempDir('lianxin-retention-'), 'nightly');
    fs.mkdirSync(dir, { mode: 0o755 });
    const day = 86_400_000;
    const old = [1, 2, 3, 10, 40].map((d) => archiveName(dialect, new Date(Date.now() - d * day)));
    const foreign = ['notes.txt', archiveName(other, new Date(Date.now() - 90 * day))];
    for (const name of [...old, ...foreign]) fs.writeFileSync(path.join(dir, name), '');
    // Work directories of backups killed outright (each a database copy): two days old, and one just now.
    const [killed, running] = ['.lianxin-backup-killed', '.lianxin-backup-running'].map((n) =>
      path.join(dir, n),
    );
    for (const work of [killed!, running!]) {
      fs.mkdirSync(work);
      fs.writeFileSync(path.join(work, 'database.sqlite'), 'a copy');
    }
    const twoDaysAgo = new Date(Date.now() - 2 * day);
    fs.utimesSync(killed!, twoDaysAgo, twoDaysAgo);

    const first = await backup({ outDir: dir, retention: { keepDays: 7 } });
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(first.archive)).toBe(0o600);
    expect(first.deleted.map((f) => path.basename(f)).sort()).toEqual([old[3], old[4]].sort());
    expect(first.abandoned).toEqual([killed]);
    fs.rmSync(running!, { recursive: true });

    const second = await backup({ outDir: dir, retention: { keepLast: 2 } });
    expect(second.deleted.map((f) => path.basename(f)).sort()).toEqual([old[0], old[1], old[2]].sort());
    expect(fs.readdirSync(dir).sort()).toEqual(
      [path.basename(first.archive), path.basename(second.archive), ...foreign].sort(),
    );
  }, 120_000);

  it('puts the keys in an archive only with --with-keys, with a warning, and a restore puts them back', async () => {
    const warnings: string[] = [];
    const withoutKeys = await backup({ warn: (w) => warnings.push(w) });
    expect(warnings).toEqual([
      `The archive holds no keys. Its ID numbers decrypt only with ${path.join(dataDir, 'id-number-key')}: ` +
        'keep a copy of that file apart from the archives; a restore needs it (or use --with-keys).',
    ]);
    const entries = async (archive: string) => {
      const names: string[] = [];
      await tar.list({ file: archive, onReadEntry: (e) => names.push(e.path) });
      return names.sort();
    };
    expect(await entries(withoutKeys.archive)).toEqual(
      [withoutKeys.manifest.database.entry, 'manifest.json'].sort(),
    );

    warnings.length = 0;
    const withKeys = await backup({ withKeys: true, warn: (w) => warnings.push(w) });
    expect(await entries(withKeys.archive)).toEqual(
      [withKeys.manifest.database.entry, 'keys/auth-secret', 'keys/id-number-key', 'manifest.json'].sort(),
    );
    expect(withKeys.manifest.keys.included.map((k) => k.file)).toEqual(['auth-secret', 'id-number-key']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /CONTAINS THE KEYS \(auth-secret, id-number-key\).*every petitioner ID number/,
    );

    // A key from the environment is named, never written.
    warnings.length = 0;
    const envKey = await backup({
      withKeys: true,
      keysFromEnvironment: ['id-number-key'],
      warn: (w) => warnings.push(w),
    });
    expect(envKey.manifest.keys).toMatchObject({
      included: [{ file: 'auth-secret' }],
      fromEnvironment: ['ID_NUMBER_KEY'],
    });
    expect(await entries(envKey.archive)).not.toContain('keys/id-number-key');
    expect(warnings[0]).toMatch(/^ID_NUMBER_KEY is set in the environment: it is not in the archive/);

    // Restored into a new installation with no key of its own: the archive's keys go into its data dir.
    const newDataDir = path.join(tempDir('lianxin-new-'), 'data');
    const noKeys = { authSecret: undefined, idNumberKey: undefined };
    const target = await freshTarget();
    expect(
      (
        await refusal(
          restore(withoutKeys.archive, target.config, {
            dataDir: newDataDir,
            withKeys: true,
            environmentKeys: noKeys,
          }),
        )
      ).message,
    ).toMatch(/^the archive holds no keys/);
    const restored = await restore(withKeys.archive, target.config, {
      dataDir: newDataDir,
      withKeys: true,
      environmentKeys: noKeys,
    });
    expect(restored.keysWritten).toEqual(['auth-secret', 'id-number-key']);
    expect(fs.readFileSync(path.join(newDataDir, 'id-number-key'), 'utf8')).toBe(KEY_TEXT);
    expect(fs.readFileSync(path.join(newDataDir, 'auth-secret'), 'utf8')).toBe(
      'a-secret-of-this-installation',
    );
    expect(modeOf(path.join(newDataDir, 'id-number-key'))).toBe(0o600);
    expect(modeOf(newDataDir)).toBe(0o700);

    // Another key already in a data directory is never overwritten.
    const otherDataDir = tempDir('lianxin-otherkey-');
    const otherKey = randomBytes(32).toString('base64url');
    fs.writeFileSync(path.join(otherDataDir, 'id-number-key'), otherKey);
    const second = await freshTarget();
    const clash = await refusal(
      restore(withKeys.archive, second.config, {
        dataDir: otherDataDir,
        withKeys: true,
        environmentKeys: noKeys,
      }),
    );
    expect(clash.code).toBe('KEYS');
    expect(clash.message).toContain('holds another key than the archive');
    expect(fs.readFileSync(path.join(otherDataDir, 'id-number-key'), 'utf8')).toBe(otherKey);
    expect(fs.readdirSync(otherDataDir)).toEqual(['id-number-key']);
    await expectEmpty(second.config);
  }, 180_000);
});

// A server of its own (port 5461), which these tests stop and crash; the shared one on 5432 is never touched.
describe.skipIf(!pgAvailable || !scratchClustersAvailable)(
  'backup and restore across a server stop [postgres]',
  () => {
    let cluster: ScratchCluster;
    let outDir: string;
    const database = (name: string): DatabaseConfig => ({ dialect: 'postgres', url: cluster.url(name) });
    const createDatabase = async (name: string) => {
      const client = new pg.Client({ connectionString: cluster.url() });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
    };
    const settings = (source: DatabaseConfig): BackupSettings => ({
      database: source,
      dataDir: tempDir('lianxin-data-'),
      outDir,
      withKeys: false,
      keysFromEnvironment: ['id-number-key'],
      retention: {},
      warn: () => undefined,
    });

    beforeAll(async () => {
      cluster = await startScratchPrimary(5461);
      outDir = path.join(tempDir('lianxin-out-'), 'backups');
      await createDatabase('source');
      const ds = await openDatabase({ database: database('source'), idNumbers: new IdNumberCipher(KEY) });
      await ds.destroy();
    }, 120_000);
    afterAll(async () => {
      await cluster?.destroy();
    });

    it('a backup of a server that is down is refused with the reason, and leaves no file behind', async () => {
      await cluster.stop('fast');
      try {
        const error = await refusal(createBackup(settings(database('source'))));
        expect(error.code).toBe('NO_DATABASE');
        expect(error.message).toMatch(/^cannot connect to the PostgreSQL database: .*ECONNREFUSED/);
        expect(fs.readdirSync(outDir)).toEqual([]);
      } finally {
        await cluster.start();
      }
    }, 120_000);

    it('a restore that reported success survives a crash of the server right after it', async () => {
      const { archive, manifest } = await createBackup(settings(database('source')));
      await createDatabase('restored');
      await restoreBackup({
        archive,
        database: database('restored'),
        dataDir: tempDir('lianxin-data-'),
        withKeys: false,
        environmentKeys: { authSecret: undefined, idNumberKey: KEY },
        warn: () => undefined,
      });
      await cluster.stop('immediate');
      await cluster.start();
      const ds = await openDatabase({ database: database('restored'), idNumbers: new IdNumberCipher(KEY) });
      try {
        expect(await rowCounts(ds, Object.keys(manifest.tables))).toEqual(manifest.tables);
      } finally {
        await ds.destroy();
      }
    }, 120_000);
  },
);
