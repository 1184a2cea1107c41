// Import speed: 100,000 cases exported from a seeded PostgreSQL database as CSV, imported by the CLI
// (`pnpm import`) into a fresh database that holds only the district. Prints rows/s and total seconds
// (goal: under 60 s). Needs `pnpm --filter @lianxin/api build` and PostgreSQL on 127.0.0.1:5432.
//   node bench/import-speed.mjs [rows]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import 'reflect-metadata';
import pg from 'pg';
import { loadConfig } from '../dist/config.js';
import { openDatabase } from '../dist/db/data-source.js';
import { loadSeed } from '../dist/db/seed-loader.js';
import { selectCases } from '../dist/modules/case/case-query.js';
import { exportCases } from '../dist/modules/transfer/case-export.js';
import { IdNumberCipher, loadOrCreateIdNumberKey } from '../dist/modules/petitioner/id-number-cipher.js';

const ROWS = Number(process.argv[2] ?? 100_000);
const GOAL_S = 60;
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function urlOf(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function recreate(name) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return urlOf(name);
}

// The key the seed and import CLIs use too (ID_NUMBER_KEY or DATA_DIR/id-number-key).
const config = loadConfig();
const idNumbers = new IdNumberCipher(loadOrCreateIdNumberKey(config.idNumberKey, config.dataDir));
const source = await recreate('lianxin_import_bench_src');
const target = await recreate('lianxin_import_bench');
const file = path.join(os.tmpdir(), `lianxin-import-${ROWS}.csv`);

console.log(`seeding ${ROWS} cases into lianxin_import_bench_src …`);
const seeded = spawnSync(
  process.execPath,
  ['dist/db/seed-cli.js', '--cases', String(ROWS), '--until', '2026-11-27', '--database', source],
  { cwd: apiDir, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (seeded.status !== 0) throw new Error('seeding the source database failed');

const src = await openDatabase({ database: { dialect: 'postgres', url: source }, idNumbers });
await exportCases(
  src,
  idNumbers,
  selectCases({ asOf: new Date('2100-01-01T00:00:00Z') }, new Date()),
  'csv',
  fs.createWriteStream(file),
);
await src.destroy();
console.log(`exported to ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`);

// The target: the same district (reference data), no cases.
const dst = await openDatabase({ database: { dialect: 'postgres', url: target }, idNumbers });
await loadSeed(dst, idNumbers, { until: '2021-01-31', cases: 5 });
for (const table of ['case_month_rollup', 'case_event', 'case_petitioner', 'petition_case', 'petitioner'])
  await dst.query(`DELETE FROM ${table}`);
await dst.destroy();

const started = Date.now();
const run = spawnSync(process.execPath, ['dist/modules/transfer/import-cli.js', file, '--database', target], {
  cwd: apiDir,
  encoding: 'utf8',
});
const seconds = (Date.now() - started) / 1000;
process.stderr.write(run.stderr);
if (run.status !== 0) throw new Error(`import failed:\n${run.stdout}`);
const summary = run.stdout.trim().split('\n').at(-1);
console.log(summary);
console.log(
  `import of ${ROWS} rows (PostgreSQL, CLI process end to end): ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds)} rows/s — goal < ${GOAL_S} s: ${seconds < GOAL_S ? 'met' : 'MISSED'}`,
);
if (seconds >= GOAL_S) process.exitCode = 1;
