// Process entry: config -> database (migrate, seed if empty) -> HTTP server.
import 'reflect-metadata';
import { localDate } from '@lianxin/domain';
import { loadConfig } from './config.js';
import { openDatabase } from './db/data-source.js';
import { countCases, loadSeed } from './db/seed-loader.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase({ database: config.database, logSql: config.logSql });
  console.log(
    `database: ${config.database.dialect} ${config.database.dialect === 'sqlite' ? config.database.url : ''}`,
  );
  if (config.seedIfEmpty && (await countCases(dataSource)) === 0) {
    const started = Date.now();
    const result = await loadSeed(dataSource, { until: localDate(new Date()) });
    console.log(
      `seeded an empty database: ${result.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const server = await startServer(config, dataSource);
  console.log(`Lianxin API ready at ${server.url}/graphql (health: ${server.url}/health)`);

  const shutdown = async (signal: string): Promise<void> => {
    console.log(`${signal}: shutting down`);
    await server.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
