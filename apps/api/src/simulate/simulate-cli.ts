// `pnpm simulate [--url URL] [--every 3s | --rate N] [--count N] [--seed S] [--token T]`: a demo feed
// for the command-center wall. Talks to a running API over HTTP like any client; only the token comes
// from the server's own user store and secret (as `pnpm users token` does).
import { loadConfig, parseDatabaseUrl } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { loadOrCreateSecret } from '../modules/auth/token.js';
import { IdNumberCipher, loadOrCreateIdNumberKey } from '../modules/petitioner/id-number-cipher.js';
import { ApiError, SimulatorClient, type TokenSource } from './simulate-client.js';
import { simulatorToken } from './simulate-credentials.js';
import { OptionError, parseSimulateArgs, USAGE } from './simulate-options.js';
import { describeError, Simulator } from './simulator.js';

/** Long enough for a day on the wall; a fresh one is signed when the API says it expired. */
const TOKEN_HOURS = 24;

/** Signs a token in the server's database, opened only for that and closed again. */
function databaseTokens(databaseUrl: string | undefined): TokenSource {
  return async () => {
    const config = loadConfig();
    const database = databaseUrl ? parseDatabaseUrl(databaseUrl, config.dataDir) : config.database;
    // Opening migrates, and migration 5 encrypts ID numbers: with the server's key, never a new one.
    const idNumbers = new IdNumberCipher(loadOrCreateIdNumberKey(config.idNumberKey, config.dataDir));
    const dataSource = await openDatabase({ database, idNumbers });
    try {
      const auth = new AuthService(dataSource, {
        secret: loadOrCreateSecret(config.authSecret, config.dataDir),
        tokenTtlSeconds: config.tokenTtlHours * 3600,
      });
      return await simulatorToken(auth, TOKEN_HOURS);
    } finally {
      await dataSource.destroy();
    }
  };
}

async function main(): Promise<void> {
  const options = parseSimulateArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const given = options.token;
  const tokens: TokenSource = given ? async () => given : databaseTokens(options.database);
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const controller = new AbortController();
  // First Ctrl-C: finish the action in flight and print the summary; a second one quits at once.
  process.once('SIGINT', () => {
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  process.once('SIGTERM', () => controller.abort());

  const every = options.everyMs >= 1000 ? `${options.everyMs / 1000}s` : `${options.everyMs}ms`;
  console.log(
    `simulating against ${options.url}, one action every ${every}, seed ${seed} (rerun with --seed ${seed}); Ctrl-C stops`,
  );
  const report = await Simulator.start(new SimulatorClient(options.url, tokens), {
    everyMs: options.everyMs,
    ...(options.count !== undefined ? { count: options.count } : {}),
    seed,
    signal: controller.signal,
    out: (line) => console.log(line),
  });
  const handled = [...report.handled].map(([code, n]) => `${n} ${code}`).join(', ') || 'none';
  console.log(
    `stopped after ${report.actions} actions: ${report.registered.length} registered, ${report.advanced.size} cases advanced; refusals handled: ${handled}; errors: ${report.failures.length}`,
  );
  if (report.failures.length > 0 && report.failures.length === report.actions) process.exitCode = 1;
}

main().catch((error: unknown) => {
  if (error instanceof OptionError) console.error(`${error.message}\n${USAGE}`);
  else if (error instanceof ApiError) {
    // A token signed with another secret than the server's is the usual mistake: say what to do.
    const hint =
      error.code === 'UNAUTHENTICATED'
        ? "\n  run it with the server's DATABASE_URL, DATA_DIR and AUTH_SECRET, or pass --token"
        : '';
    console.error(`simulate: the API refused (${error.code}): ${error.message}${hint}`);
  } else console.error(`simulate: ${describeError(error)}`);
  process.exitCode = 1;
});
