// Peak memory of a 1,000,000-case export: each format runs in its own child process that streams every
// case of the bench database to /dev/null and reports its peak RSS (process.resourceUsage().maxRSS,
// the kernel's VmHWM). Needs `pnpm --filter @lianxin/api build` first.
//   node bench/export-memory.mjs            (BENCH_DATABASE_URL, default postgres://…/lianxin_bench)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/lianxin_bench';
const LIMIT_MB = 250;

if (process.argv[2] === '--child') {
  const format = process.argv[3];
  await import('reflect-metadata');
  const { openDatabase } = await import('../dist/db/data-source.js');
  const { selectCases } = await import('../dist/modules/case/case-query.js');
  const { exportCases } = await import('../dist/modules/transfer/case-export.js');
  const { loadConfig } = await import('../dist/config.js');
  const { IdNumberCipher, loadOrCreateIdNumberKey } =
    await import('../dist/modules/petitioner/id-number-cipher.js');
  // The key `pnpm seed` encrypted the bench database with (ID_NUMBER_KEY or DATA_DIR/id-number-key).
  const config = loadConfig();
  const idNumbers = new IdNumberCipher(loadOrCreateIdNumberKey(config.idNumberKey, config.dataDir));
  const dataSource = await openDatabase({ database: { dialect: 'postgres', url }, idNumbers });
  const out = fs.createWriteStream('/dev/null');
  const started = Date.now();
  // asOf past the bench data's last day, so every case counts whatever today's date is.
  const all = selectCases({ asOf: new Date('2100-01-01T00:00:00Z') }, new Date());
  const rows = await exportCases(dataSource, idNumbers, all, format, out);
  const seconds = (Date.now() - started) / 1000;
  await dataSource.destroy();
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ format, rows, seconds, maxRssMb }));
} else {
  const self = fileURLToPath(import.meta.url);
  let ok = true;
  for (const format of ['csv', 'xlsx']) {
    const child = spawnSync(process.execPath, [self, '--child', format], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`${format} export failed`);
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1));
    const within = r.maxRssMb < LIMIT_MB;
    ok &&= within;
    console.log(
      `${format.toUpperCase().padEnd(4)} ${r.rows} cases in ${r.seconds.toFixed(1)} s (${Math.round(r.rows / r.seconds)} rows/s), peak RSS ${r.maxRssMb.toFixed(0)} MB ${within ? '<' : '>='} ${LIMIT_MB} MB`,
    );
  }
  if (!ok) process.exitCode = 1;
}
