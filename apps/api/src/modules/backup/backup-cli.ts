// `pnpm backup` and `pnpm restore` (apps/api/README.md, "Backup and restore").
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, parseDatabaseUrl, type Config } from '../../config.js';
import { BackupRefused } from './backup-errors.js';
import { createBackup, restoreBackup } from './backup.service.js';
import type { KeyFile } from './manifest.js';

const usage = `Usage: pnpm backup [--out DIR] [--with-keys] [--keep-last N] [--keep-days D] [--database URL]
  --out DIR        where the archive goes (default: <data dir>/backups), owner-only
  --with-keys      also put auth-secret and id-number-key in the archive (it then decrypts every ID number)
  --keep-last N    then delete older archives of this directory beyond the newest N
  --keep-days D    then delete archives older than D days (with --keep-last: deleted only when both say so)
  --database URL   postgres://… or an SQLite file (default: DATABASE_URL, else data/lianxin.sqlite)

       pnpm restore <archive> [--database URL] [--with-keys]
  into an empty database only; --with-keys puts the archive's keys into the data directory`;

/** Paths as the operator typed them: pnpm runs the script in apps/api and passes the caller's directory. */
const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

function count(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(n))
    throw new BackupRefused('USAGE', `${name} takes a number, got "${raw}"`);
  return n;
}

function databaseOf(config: Config, raw: string | undefined) {
  if (raw === undefined) return config.database;
  // A bare SQLite path is relative to where the operator stands, like --out and the archive.
  const url = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : fromCaller(raw);
  return parseDatabaseUrl(url, config.dataDir);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'with-keys': { type: 'boolean', default: false },
      'keep-last': { type: 'string' },
      'keep-days': { type: 'string' },
      database: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const known =
    (command === 'backup' && positionals.length === 0) || (command === 'restore' && positionals.length === 1);
  if (values.help || !known) {
    console.log(usage);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const database = databaseOf(config, values.database);
  const warn = (line: string) => console.error(line);
  if (command === 'backup') {
    const keysFromEnvironment: KeyFile[] = [
      ...(config.authSecret ? (['auth-secret'] as const) : []),
      ...(config.idNumberKey ? (['id-number-key'] as const) : []),
    ];
    const result = await createBackup({
      database,
      dataDir: config.dataDir,
      outDir: values.out ? fromCaller(values.out) : path.join(config.dataDir, 'backups'),
      withKeys: values['with-keys'],
      keysFromEnvironment,
      retention: {
        keepLast: count('--keep-last', values['keep-last']),
        keepDays: count('--keep-days', values['keep-days']),
      },
      warn,
    });
    const { manifest } = result;
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    console.log(result.archive);
    console.error(
      `backed up ${manifest.dialect} at migration ${manifest.migrations.last} (${manifest.migrations.count}), ` +
        `${Object.keys(manifest.tables).length} tables, ${rows} rows, data version ${manifest.dataVersion}`,
    );
    for (const old of result.deleted) console.error(`retention: deleted ${old}`);
  } else {
    const result = await restoreBackup({
      archive: fromCaller(positionals[0]!),
      database,
      dataDir: config.dataDir,
      withKeys: values['with-keys'],
      environmentKeys: { authSecret: config.authSecret, idNumberKey: config.idNumberKey },
      warn,
    });
    const { manifest } = result;
    console.log(
      `restored the ${manifest.dialect} backup of ${manifest.createdAt} (row counts match its manifest)` +
        (result.migrated > 0 ? `; ran ${result.migrated} migration(s) to bring it up to date` : '') +
        (result.keysWritten.length > 0
          ? `; wrote ${result.keysWritten.join(', ')} into ${config.dataDir}`
          : ''),
    );
  }
}

// Owner-only files (the archive, a restored database, key files): see main.ts.
process.umask(0o077);
main().catch((error: unknown) => {
  if (error instanceof BackupRefused) console.error(`${process.argv[2] ?? 'backup'}: ${error.message}`);
  else console.error(`${process.argv[2] ?? 'backup'} failed:`, error);
  process.exitCode = 1;
});
