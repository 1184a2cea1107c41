// The real product for browser tests and the screenshot, Lighthouse, soak and heavy-query scripts: the
// built API (apps/api/dist) serving the built UIs (apps/dashboard/dist, apps/graphiql/dist) on a free
// port, on a freshly seeded SQLite database in a temp DATA_DIR — what `pnpm start` runs — and how to
// drive Debian's Chromium. Plain JavaScript so the Node scripts and the TypeScript tests (through
// harness.ts, which types it) share one copy. A separate process (no UI imports the API), so a test can
// stop and restart it like an outage.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const apiMain = path.join(repoRoot, 'apps/api/dist/main.js');
const usersCli = path.join(repoRoot, 'apps/api/dist/modules/auth/users-cli.js');
// LIANXIN_DASHBOARD_DIR / LIANXIN_GRAPHIQL_DIR: a build elsewhere (`vite build --outDir …`), so a browser
// run on a shared machine is not broken halfway by someone else's `pnpm build` emptying dist/.
const uiBuilds = {
  dashboard: process.env.LIANXIN_DASHBOARD_DIR ?? path.join(repoRoot, 'apps/dashboard/dist'),
  graphiql: process.env.LIANXIN_GRAPHIQL_DIR ?? path.join(repoRoot, 'apps/graphiql/dist'),
};

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** TOOLCHAIN.md: without the networking flags Chromium floods the closed network with Google calls. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the built API (types: harness.ts ApiOptions / RunningApi).
 * @param {{ dataDir?: string, port?: number, redisUrl?: string, env?: Record<string, string>, builds?: ('dashboard' | 'graphiql')[] }} [options]
 */
export async function startApi(options = {}) {
  const builds = options.builds ?? ['dashboard'];
  for (const file of [apiMain, ...builds.map((ui) => path.join(uiBuilds[ui], 'index.html'))]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: build first (pnpm build)`);
  }
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-e2e-'));
  const port = options.port ?? (await freePort());
  /** @type {Record<string, string | undefined>} */
  // The caller's own DATABASE_URL only through options.env (default: SQLite in the data directory).
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  const env = {
    ...inherited,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    SEED_IF_EMPTY: '1',
    DASHBOARD_DIR: uiBuilds.dashboard,
    GRAPHIQL_DIR: uiBuilds.graphiql,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  };
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
  let output = '';

  const launch = async () => {
    const proc = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    output = '';
    const keep = (/** @type {Buffer} */ chunk) => (output = (output + chunk.toString()).slice(-20_000));
    proc.stdout.on('data', keep);
    proc.stderr.on('data', keep);
    for (const deadline = Date.now() + 120_000; ; await sleep(200)) {
      if (proc.exitCode !== null) throw new Error(`the API exited with ${proc.exitCode}:\n${output}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`the API did not answer /health in 120 s:\n${output}`);
    }
  };
  const stop = async () => {
    const proc = /** @type {import('node:child_process').ChildProcess | null} */ (child);
    if (!proc || proc.exitCode !== null) return;
    const gone = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await Promise.race([gone, sleep(5000)]);
    if (proc.exitCode === null) {
      proc.kill('SIGKILL');
      await gone;
    }
  };
  await launch();
  // /health answers as soon as the server listens; the first administrator (an argon2 hash) is created
  // just after, so the password file can lag the first answer by a moment.
  const passwordFile = path.join(dataDir, 'admin-password.txt');
  for (const deadline = Date.now() + 10_000; !fs.existsSync(passwordFile) && Date.now() < deadline;) {
    await sleep(50);
  }
  const cli = (/** @type {string[]} */ args, /** @type {string=} */ input = undefined) =>
    execFileSync(process.execPath, [usersCli, ...args], { env, input }).toString();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    adminPassword: fs.readFileSync(passwordFile, 'utf8').trim(),
    /** Creates a user with this password through the users CLI. */
    createUser(
      /** @type {string} */ username,
      /** @type {string} */ role,
      /** @type {string} */ password,
      /** @type {string[]} */ extra = [],
    ) {
      cli(['create', '--username', username, '--role', role, '--password-stdin', ...extra], `${password}\n`);
    },
    /** A bearer token for a user (users CLI, the server's secret). */
    tokenFor(/** @type {string} */ username, hours = 8) {
      return /** @type {string} */ (
        cli(['token', '--username', username, '--hours', String(hours)])
          .trim()
          .split('\n')
          .at(-1)
      );
    },
    stop,
    /** Starts it again on the same port and data. */
    restart: launch,
  };
}
