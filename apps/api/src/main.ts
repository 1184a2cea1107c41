// Process entry: config -> database (migrate, seed if empty) -> HTTP server.
import 'reflect-metadata';
import { localDate } from '@lianxin/domain';
import { loadConfig } from './config.js';
import { openDatabase } from './db/data-source.js';
import { countCases, loadSeed } from './db/seed-loader.js';
import { startServer } from './server.js';
import { loadOrCreateSecret } from './modules/auth/token.js';
import { IdNumberCipher, loadOrCreateIdNumberKey } from './modules/petitioner/id-number-cipher.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const idNumbers = new IdNumberCipher(loadOrCreateIdNumberKey(config.idNumberKey, config.dataDir));
  const dataSource = await openDatabase({ database: config.database, logSql: config.logSql, idNumbers });
  console.log(
    `database: ${config.database.dialect} ${config.database.dialect === 'sqlite' ? config.database.url : ''}`,
  );
  if (config.seedIfEmpty && (await countCases(dataSource)) === 0) {
    const started = Date.now();
    const result = await loadSeed(dataSource, idNumbers, { until: localDate(new Date()) });
    console.log(
      `seeded an empty database: ${result.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const authSecret = loadOrCreateSecret(config.authSecret, config.dataDir);
  const server = await startServer({ ...config, authSecret }, dataSource, idNumbers);
  const admin = await server.auth.ensureInitialAdmin(config.dataDir);
  if (admin) {
    // Shown once; never a default password. The file is the copy for whoever was not watching the console.
    console.log(
      `\nFirst start: created the administrator "${admin.username}" with the password\n\n    ${admin.password}\n`,
    );
    console.log(
      admin.file
        ? `It is also in ${admin.file} (readable by this user only): sign in, then delete the file.\n`
        : `admin-password.txt already exists in ${config.dataDir} from an earlier database and was left alone; the password above is the only copy.\n`,
    );
  }
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
