// bench:api's database: opened with the driver of its dialect, created and seeded when missing, refused
// when it holds fewer cases than asked or predates a migration (unless BENCH_MIGRATE=1).
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import {
  ADMIN_URL,
  apiDir,
  AUTH_SECRET,
  BenchError,
  CASES,
  DATABASE_URL,
  DIALECT,
  log,
  MIGRATION_DIRS,
  MIGRATION_FILE,
  repoRoot,
  SEED_UNTIL,
  SQLITE_PATH,
} from './settings.mjs';

// ---------------------------------------------------------------- database

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs `fn` on the SQLite bench file, read-only (better-sqlite3, the API's own driver). */
export async function withSqlite(fn) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(SQLITE_PATH, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** The bench database's tables, case count and migrations run, whichever dialect. */
async function inspectDatabase() {
  if (DIALECT === 'sqlite') {
    if (!fs.existsSync(SQLITE_PATH)) return { cases: 0 };
    return withSqlite((db) => {
      const tables = new Set(
        db
          .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
          .all()
          .map((r) => r.name),
      );
      if (!tables.has('petition_case')) return { cases: 0, tables };
      return {
        cases: db.prepare('SELECT COUNT(*) AS n FROM petition_case').get().n,
        ran: new Set(
          db
            .prepare('SELECT timestamp FROM migrations')
            .all()
            .map((r) => String(r.timestamp)),
        ),
        tables,
      };
    });
  }
  return withClient(DATABASE_URL, async (client) => {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    const tables = new Set(rows.map((r) => r.tablename));
    if (!tables.has('petition_case')) return { cases: 0, tables };
    const count = await client.query('SELECT COUNT(*)::int AS n FROM petition_case');
    const ran = await client.query('SELECT timestamp::text AS t FROM migrations');
    return { cases: count.rows[0].n, ran: new Set(ran.rows.map((r) => r.t)), tables };
  });
}

/** Creates and seeds the bench database when it is missing or empty; refuses one it cannot use. */
export async function prepareDatabase() {
  let where;
  if (DIALECT === 'postgres') {
    const dbName = decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));
    if (!dbName) throw new BenchError(`BENCH_DATABASE_URL names no database: ${DATABASE_URL}`);
    where = `database ${dbName}`;
    await withClient(ADMIN_URL, async (admin) => {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
      if (rowCount === 0) {
        log(`creating database ${dbName}`);
        await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(dbName)}`);
      }
    });
  } else {
    where = path.relative(repoRoot, SQLITE_PATH);
    fs.mkdirSync(path.dirname(SQLITE_PATH), { recursive: true });
  }
  let db = await inspectDatabase();
  if (db.cases === 0) {
    log(`seeding ${CASES.toLocaleString('en')} cases into ${where} (5–10 minutes on 2 cores) …`);
    const started = Date.now();
    await run(process.execPath, [
      path.join(apiDir, 'dist/db/seed-cli.js'),
      '--cases',
      String(CASES),
      '--until',
      SEED_UNTIL,
      '--database',
      DATABASE_URL,
    ]);
    log(`seeded in ${Math.round((Date.now() - started) / 1000)} s`);
    if (DIALECT === 'sqlite') writeStamp();
    db = await inspectDatabase();
  }
  const drop =
    DIALECT === 'postgres' ? `drop it (DROP DATABASE ${where.slice('database '.length)})` : `delete ${where}`;
  if (db.cases < CASES) {
    throw new BenchError(`${where} holds ${db.cases} cases, not ${CASES}: ${drop} and run again to reseed`);
  }
  // The bench's own SQLite file notices a migration edited since it was built (same name, other SQL):
  // only a new seed gives what a seed writes now.
  const stampFile = `${SQLITE_PATH}.json`;
  if (DIALECT === 'sqlite' && fs.existsSync(stampFile)) {
    const built = migrationFiles();
    const stamped = JSON.parse(fs.readFileSync(stampFile, 'utf8')).files ?? {};
    const edited = Object.keys(stamped).filter((f) => built[f] !== undefined && built[f] !== stamped[f]);
    if (edited.length > 0)
      throw new BenchError(
        `${edited.join(', ')} changed since ${where} was built: ${drop} and run again to reseed`,
      );
  }
  // A database built before a migration would be migrated by the API at start-up, which takes long at
  // 1M; the bench refuses it unless told to migrate it first (BENCH_MIGRATE=1, as an upgrade would).
  const missing = MIGRATION_DIRS.flatMap((sub) =>
    fs.readdirSync(path.join(apiDir, 'dist/db/migrations', sub)),
  )
    // Migrations only: common/ also holds the schema helpers they share.
    .filter((file) => MIGRATION_FILE.test(file))
    .map((file) => file.slice(0, -3))
    .filter((name) => !db.ran.has(name.split('-')[0]))
    .sort();
  if (missing.length > 0) {
    if (process.env.BENCH_MIGRATE !== '1')
      throw new BenchError(
        `${where} predates migration ${missing.join(', ')}: ${drop} and run again to reseed, ` +
          'or migrate it with BENCH_MIGRATE=1',
      );
    log(`migrating ${where} (${missing.join(', ')}) …`);
    const started = Date.now();
    // The users CLI opens the database as the API does: it runs the migrations and their rollup rebuild.
    execFileSync(
      process.execPath,
      [path.join(apiDir, 'dist/modules/auth/users-cli.js'), 'list', '--database', DATABASE_URL],
      {
        env: { ...process.env, AUTH_SECRET },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    log(`migrated in ${Math.round((Date.now() - started) / 1000)} s`);
    if (DIALECT === 'sqlite') writeStamp();
    db = await inspectDatabase();
  }
  return db;
}

/** Each built file of the dialect's migration folders (migrations and their helpers) by its hash. */
function migrationFiles() {
  const files = {};
  for (const sub of MIGRATION_DIRS) {
    const dir = path.join(apiDir, 'dist/db/migrations', sub);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js')))
      files[`${sub}/${file}`] = createHash('sha256')
        .update(fs.readFileSync(path.join(dir, file)))
        .digest('hex');
  }
  return files;
}

/** Records which migrations the SQLite bench file was built with (beside it). */
function writeStamp() {
  const stamp = { cases: CASES, until: SEED_UNTIL, files: migrationFiles() };
  fs.writeFileSync(`${SQLITE_PATH}.json`, `${JSON.stringify(stamp, null, 2)}\n`);
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new BenchError(`${path.basename(args[0])} exited with ${code}`)),
    );
  });
}
