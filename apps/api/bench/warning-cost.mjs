// The early-warning detector's cost (issue 15): recomputes every cell over the whole history, then the
// current month alone, on an existing database, and prints the times. Needs a build (`pnpm build`).
//
//   node bench/warning-cost.mjs                      # SQLite: BENCH_SQLITE_PATH, default data/lianxin.sqlite
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/lianxin_bench node bench/warning-cost.mjs
//
// It writes the signals (the same rows the API keeps): run it on a database you may recompute.
import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../dist/db/data-source.js';
import { IdNumberCipher } from '../dist/modules/petitioner/id-number-cipher.js';
import { computeSignals } from '../dist/modules/warning/warning-compute.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const url = process.env.BENCH_DATABASE_URL;
const database = url
  ? { dialect: 'postgres', url }
  : {
      dialect: 'sqlite',
      url: process.env.BENCH_SQLITE_PATH ?? path.join(here, '../../../data/lianxin.sqlite'),
    };
const runs = Number(process.env.WARNING_COST_RUNS ?? 3);

// The ID-number key is only checked against a stored row; the detector never reads petitioners.
const idNumbers = IdNumberCipher.ephemeral();
idNumbers.decrypt = () => '';
const dataSource = await openDatabase({ database, idNumbers }).catch(async (error) => {
  console.error(`cannot open ${database.url}: ${error.message}`);
  process.exit(1);
});
const [{ n }] = await dataSource.query('SELECT COUNT(*) AS n FROM petition_case');
console.log(`${database.dialect} ${url ?? database.url}: ${Number(n).toLocaleString('en')} cases`);

async function timed(label, options) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await dataSource.transaction((m) =>
      computeSignals(m, dataSource.dialect, { now: new Date(), ...options }),
    );
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label}: median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s (min ${(times[0] / 1000).toFixed(2)}, max ${(times.at(-1) / 1000).toFixed(2)}) — ` +
      `${result.cells} cells, ${result.judged} cell-months judged, ${result.rows} rows`,
  );
  return result;
}

const full = await timed('all cells, whole history', { full: true });
const [alerts] = await dataSource.query(
  `SELECT SUM(CASE WHEN level = 'RED' THEN 1 ELSE 0 END) AS red, SUM(CASE WHEN level = 'YELLOW' THEN 1 ELSE 0 END) AS yellow FROM early_warning_signal`,
);
console.log(
  `alerts: ${Number(alerts.red)} RED, ${Number(alerts.yellow)} YELLOW (${full.raised.length} raised by the last full run)`,
);
// The current month of every cell: what the first run of a month costs, and an upper bound of a run after writes.
await dataSource.query(
  `UPDATE early_warning_state SET final_through = ${dataSource.dialect.placeholder(1)}`,
  [
    new Date(Date.now() + 8 * 3600_000)
      .toISOString()
      .slice(0, 7)
      .replace(/^(\d{4})-(\d{2})$/, (_, y, m) =>
        m === '01' ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`,
      ),
  ],
);
await timed('all cells, current month', {});
// A run after one registration: its village's and township's cells.
const [pair] = await dataSource.query(
  'SELECT village_code, township_code, category_code FROM case_month_rollup WHERE accusation = 0 ORDER BY received DESC LIMIT 1',
);
await timed('one write (2 cells), current month', {
  touched: [
    { villageCode: pair.village_code, townshipCode: pair.township_code, categoryCode: pair.category_code },
  ],
});
await dataSource.destroy();
