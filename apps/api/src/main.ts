// Process entry: config -> private data directory -> database (migrate, seed if empty) -> HTTP server.
import 'reflect-metadata';
import { pathToFileURL } from 'node:url';
import type { DataSource } from 'typeorm';
import { addLocalDays, CN_CALENDAR_THROUGH, localDate } from '@lianxin/domain';
import { ConfigError, describeDatabase, loadConfig, type Config } from './config.js';
import { ensurePrivateDir, InsecurePermissionsError } from './data-dir.js';
import { openDatabase } from './db/data-source.js';
import { countCases, loadSeed } from './db/seed-loader.js';
import { startServer, type RunningServer } from './server.js';
import { loadOrCreateSecret } from './modules/auth/token.js';
import { IdNumberCipher, loadOrCreateIdNumberKey } from './modules/petitioner/id-number-cipher.js';
import { configureLog, log } from './log.js';

export interface Started {
  server: RunningServer;
  dataSource: DataSource;
  /** Stops serving and closes the database. */
  stop(): Promise<void>;
}

/**
 * Everything `pnpm start` does short of the process itself (signals, umask): tests start the app this way.
 * Its progress goes to the JSON log; the first administrator's password only to `tellOperator` (the
 * console), never into a log that is collected and kept.
 */
export async function start(
  config: Config,
  tellOperator: (line: string) => void = console.log,
): Promise<Started> {
  // Before anything is read from or written to it: owner-only, or no start (see data-dir.ts).
  ensurePrivateDir(config.dataDir);
  const idNumbers = new IdNumberCipher(loadOrCreateIdNumberKey(config.idNumberKey, config.dataDir));
  const dataSource = await openDatabase({ database: config.database, logSql: config.logSql, idNumbers });
  log.info(`database: ${describeDatabase(config.database)}`);
  if (config.seedIfEmpty && (await countCases(dataSource)) === 0) {
    const started = Date.now();
    // Up to this instant, never later: no seeded fact may be dated after now.
    const now = new Date();
    const result = await loadSeed(dataSource, idNumbers, { until: localDate(now), now });
    log.info(
      `seeded an empty database: ${result.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  // Deadlines whose last day falls past the published holiday calendar may move once the State
  // Council's next arrangement is added (holidays.ts); say so well before the year turns.
  if (addLocalDays(localDate(new Date()), 90) > CN_CALENDAR_THROUGH) {
    log.warn(
      `the holiday calendar ends ${CN_CALENDAR_THROUGH}; add the next year's State Council arrangement ` +
        'to packages/domain/src/holidays.ts — deadlines after that day are flagged beyondCalendar',
    );
  }
  const authSecret = loadOrCreateSecret(config.authSecret, config.dataDir);
  const server = await startServer({ ...config, authSecret }, dataSource, idNumbers);
  const admin = await server.auth.ensureInitialAdmin(config.dataDir);
  if (admin) {
    // Shown once; never a default password. The file is the copy for whoever was not watching the console.
    log.info(
      { username: admin.username },
      'first start: created the administrator (password on the console)',
    );
    tellOperator(
      `\nFirst start: created the administrator "${admin.username}" with the password\n\n    ${admin.password}\n`,
    );
    tellOperator(
      admin.file
        ? `It is also in ${admin.file} (readable by this user only): sign in, then delete the file.\n`
        : `admin-password.txt already exists in ${config.dataDir} from an earlier database and was left alone; the password above is the only copy.\n`,
    );
  }
  log.info(
    { metrics: server.metricsUrl ?? (config.metricsToken ? `${server.url}/metrics` : 'off') },
    `Lianxin API ready at ${server.url}/graphql (health: ${server.url}/health, readiness: ${server.url}/health/ready)`,
  );
  return {
    server,
    dataSource,
    async stop() {
      await server.stop();
      await dataSource.destroy();
    },
  };
}

async function main(): Promise<void> {
  // Owner-only for every file this process creates, whoever creates it (SQLite, exports, logs): with the
  // usual umask 022 the database and its -wal/-shm were readable by every local account.
  process.umask(0o077);
  const config = loadConfig();
  configureLog({ level: config.logLevel });
  const started = await start(config);
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    // A second signal (an impatient operator, an orchestrator repeating itself) must not cut the drain.
    if (stopping) {
      log.warn(
        `${signal}: already shutting down (up to ${config.shutdownGraceMs} ms for requests in flight)`,
      );
      return;
    }
    stopping = true;
    log.info(`${signal}: shutting down; requests in flight get up to ${config.shutdownGraceMs} ms`);
    // The drain cuts what is left after the grace period; should closing still hang (a pool that never
    // hands its connections back), the process goes anyway.
    setTimeout(() => {
      log.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + SHUTDOWN_BACKSTOP_MS).unref();
    try {
      await started.stop();
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
    log.info('shut down');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** After the grace period, how long closing the database and Redis may take before the process just exits. */
const SHUTDOWN_BACKSTOP_MS = 5_000;

// Runs only as the entry point, so tests import start() without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    // A refusal the operator can act on is one line; anything else keeps its stack.
    if (error instanceof InsecurePermissionsError || error instanceof ConfigError)
      console.error(`Not starting: ${error.message}`);
    else console.error(error);
    process.exit(1);
  });
}
