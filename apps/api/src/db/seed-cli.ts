// `pnpm seed [--seed S] [--until YYYY-MM-DD] [--cases-per-year N | --cases N] [--database URL] [--reset]`
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { localDate } from '@lianxin/domain';
import { loadConfig, parseDatabaseUrl } from '../config.js';
import { IdNumberCipher, loadOrCreateIdNumberKey } from '../modules/petitioner/id-number-cipher.js';
import { openDatabase } from './data-source.js';
import { clearSeededData, countCases, loadSeed } from './seed-loader.js';

const usage = `Usage: pnpm seed [--seed S] [--until YYYY-MM-DD] [--cases-per-year N | --cases N] [--database URL] [--reset]
  --seed            PRNG seed (default 20231120); the same seed and --until give identical data
  --until           last day of generated cases, Asia/Shanghai (default: today; today or later stops at now)
  --cases-per-year  volume per year (default 3500)
  --cases           total number of cases instead of a yearly volume
  --database        postgres://… or an SQLite file (default: DATABASE_URL, else data/lianxin.sqlite)
  --reset           wipe seeded tables first (otherwise a non-empty database is refused)`;

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      until: { type: 'string' },
      'cases-per-year': { type: 'string' },
      cases: { type: 'string' },
      database: { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const config = loadConfig();
  const database = values.database ? parseDatabaseUrl(values.database, config.dataDir) : config.database;
  const now = new Date();
  const until = values.until ?? localDate(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(until))) {
    throw new Error(`--until must be a date YYYY-MM-DD, got "${until}"`);
  }
  if (values.cases && values['cases-per-year']) throw new Error('give --cases or --cases-per-year, not both');
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed))
    throw new Error(`--seed must be an integer, got "${values.seed}"`);

  // The server's key (ID_NUMBER_KEY or DATA_DIR/id-number-key): it must read what is seeded here.
  const idNumbers = new IdNumberCipher(loadOrCreateIdNumberKey(config.idNumberKey, config.dataDir));
  const dataSource = await openDatabase({ database, idNumbers });
  try {
    const existing = await countCases(dataSource);
    if (existing > 0 && !values.reset) {
      throw new Error(`the database already holds ${existing} cases; pass --reset to replace them`);
    }
    if (values.reset) await clearSeededData(dataSource);

    const bar = new SingleBar(
      {
        format: 'seeding {bar} {percentage}% | {value}/{total} cases | {duration_formatted}',
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    const started = Date.now();
    let barStarted = false;
    const result = await loadSeed(
      dataSource,
      idNumbers,
      {
        until,
        // A range reaching today stops at this instant: nothing seeded is dated after now.
        ...(until >= localDate(now) ? { now } : {}),
        ...(seed !== undefined ? { seed } : {}),
        ...(values.cases ? { cases: positiveInt('cases', values.cases) } : {}),
        ...(values['cases-per-year']
          ? { casesPerYear: positiveInt('cases-per-year', values['cases-per-year']) }
          : {}),
      },
      ({ done, total }) => {
        if (!barStarted) {
          bar.start(total, done);
          barStarted = true;
        } else bar.update(done);
      },
    );
    bar.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `seeded ${result.cases} cases, ${result.events} events, ${result.petitioners} petitioners into ${database.dialect} in ${seconds} s`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
