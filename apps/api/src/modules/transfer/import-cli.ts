// `pnpm import <file.xlsx|file.csv> [--partial] [--rejects <file>] [--database URL]`
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { configurePeriods } from '../case/case-query.js';
import { StatsService } from '../stats/stats.service.js';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig, parseDatabaseUrl } from '../../config.js';
import { openDatabase } from '../../db/data-source.js';
import { IdNumberCipher, loadOrCreateIdNumberKey } from '../petitioner/id-number-cipher.js';
import { ClosedPeriodError, importCases, type ImportProgress } from './case-import.js';
import { formatOfFileName, writeSheet } from './sheet-io.js';

const usage = `Usage: pnpm import <file.xlsx|file.csv> [--partial] [--rejects <file>] [--reason TEXT] [--database URL]
  --partial    import the valid rows and write the refused ones to the rejects file
               (default: all or nothing — one error and nothing is written)
  --rejects    where refused rows go, with a 错误原因 column (default: <file>-rejects.<ext>)
  --reason     why cases dated in closed months are added: imported as a recorded revision of each
               month they change (without it such a file is refused)
  --database   postgres://… or an SQLite file (default: DATABASE_URL, else data/lianxin.sqlite)
Columns: apps/api/templates/README.md`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      partial: { type: 'boolean', default: false },
      rejects: { type: 'string' },
      reason: { type: 'string' },
      database: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(usage);
    if (!values.help) process.exitCode = 2;
    return;
  }
  // `pnpm run import` runs in apps/api; pnpm passes the directory it was called from as INIT_CWD.
  const callerDir = process.env.INIT_CWD ?? process.cwd();
  const file = path.resolve(callerDir, positionals[0]!);
  formatOfFileName(file);
  const config = loadConfig();
  configurePeriods(config.periodGraceDays);
  const database = values.database ? parseDatabaseUrl(values.database, config.dataDir) : config.database;
  const buffer = fs.readFileSync(file);

  // A bar on a terminal; plain lines otherwise (logs, and the crash-safety test that waits for one).
  const bar = process.stdout.isTTY
    ? new SingleBar(
        {
          format: '{phase} {bar} {percentage}% | {value}/{total} rows | {duration_formatted}',
          hideCursor: true,
        },
        Presets.shades_classic,
      )
    : null;
  let phase: ImportProgress['phase'] | null = null;
  const onProgress = (p: ImportProgress): void => {
    if (bar) {
      if (phase !== p.phase) {
        if (phase) bar.stop();
        bar.start(p.total, p.done, { phase: p.phase === 'validate' ? 'checking' : 'writing ' });
      } else bar.update(p.done);
    } else if (p.phase === 'write') console.log(`written ${p.done}/${p.total}`);
    phase = p.phase;
  };

  // The server's key (ID_NUMBER_KEY or DATA_DIR/id-number-key): it must read what is imported here.
  const idNumbers = new IdNumberCipher(loadOrCreateIdNumberKey(config.idNumberKey, config.dataDir));
  const dataSource = await openDatabase({ database, idNumbers });
  try {
    const { report, rejects } = await importCases(dataSource, idNumbers, buffer, {
      fileName: path.basename(file),
      partial: values.partial,
      onProgress,
      // The operator at the console stands for an administrator; the revision names the OS user.
      revision: values.reason?.trim()
        ? {
            by: `cli:${os.userInfo().username}`,
            reason: values.reason.trim(),
            stats: new StatsService(dataSource, dataSource.dialect),
          }
        : null,
    });
    bar?.stop();
    for (const e of report.errors.slice(0, 50)) {
      console.error(`row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
    }
    if (report.errors.length > 50) console.error(`… and ${report.errors.length - 50} more problems`);
    if (rejects.rows.length > 0 && (values.partial || values.rejects)) {
      const ext = path.extname(file);
      const target = path.resolve(callerDir, values.rejects ?? file.slice(0, -ext.length) + '-rejects' + ext);
      fs.writeFileSync(target, await writeSheet(formatOfFileName(target), rejects.headers, rejects.rows));
      console.error(`${rejects.rows.length} refused rows written to ${target}`);
    }
    const rate = report.seconds > 0 ? Math.round(report.imported / report.seconds) : 0;
    if (report.committed) {
      console.log(
        `imported ${report.imported} of ${report.rows} rows into ${database.dialect} in ${report.seconds.toFixed(1)} s (${rate} rows/s)` +
          (report.rejected ? `; ${report.rejected} refused` : ''),
      );
    } else {
      console.error(
        report.rows === 0
          ? 'nothing to import: the file has no data rows'
          : `nothing imported: ${report.rejected} of ${report.rows} rows have problems (fix them, or pass --partial)`,
      );
      process.exitCode = 1;
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  // At the console the administrator's "reason" is the --reason option.
  const hint = error instanceof ClosedPeriodError ? ' (pass --reason TEXT)' : '';
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}${hint}`);
  process.exitCode = 1;
});
