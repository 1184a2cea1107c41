// The real product for browser tests: the built API (apps/api/dist) serving the built dashboard
// (apps/dashboard/dist) on a free port, on a freshly seeded SQLite database in a temp DATA_DIR —
// what `pnpm start` runs. A separate process (the dashboard never imports the API), so a test can
// stop and restart it like an outage.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const apiMain = path.join(repoRoot, 'apps/api/dist/main.js');
const usersCli = path.join(repoRoot, 'apps/api/dist/modules/auth/users-cli.js');
// LIANXIN_DASHBOARD_DIR: a build elsewhere (`vite build --outDir …`), so a browser run on a shared
// machine is not broken halfway by someone else's `pnpm build` emptying dist/.
const dashboardDist = process.env.LIANXIN_DASHBOARD_DIR ?? path.join(repoRoot, 'apps/dashboard/dist');

export interface ApiOptions {
  /** Reuse a data directory (a second instance, or a restart); default: a new temp one. */
  dataDir?: string;
  port?: number;
  /** e.g. redis://127.0.0.1:6379 for change notices across instances. */
  redisUrl?: string;
  /** Extra environment (LIVE_RECHECK_MS …). */
  env?: Record<string, string>;
}

export interface RunningApi {
  url: string;
  port: number;
  dataDir: string;
  /** The first administrator's password (data/admin-password.txt). */
  adminPassword: string;
  /** Creates a user with this password through the users CLI. */
  createUser(username: string, role: string, password: string, extra?: string[]): void;
  /** A bearer token for a user (users CLI, the server's secret). */
  tokenFor(username: string, hours?: number): string;
  /** Stops the process (SIGTERM, then SIGKILL). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  restart(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startApi(options: ApiOptions = {}): Promise<RunningApi> {
  for (const file of [apiMain, path.join(dashboardDist, 'index.html')]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: build first (pnpm build)`);
  }
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-e2e-'));
  const port = options.port ?? (await freePort());
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    SEED_IF_EMPTY: '1',
    DASHBOARD_DIR: dashboardDist,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  };
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  let child: ChildProcess | null = null;
  let output = '';

  const launch = async () => {
    const proc = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    proc.stdout!.on('data', keep);
    proc.stderr!.on('data', keep);
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`the API exited with ${proc.exitCode}:\n${output}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`the API did not answer /health in 90 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const stop = async () => {
    const proc = child as ChildProcess | null;
    if (!proc || proc.exitCode !== null) return;
    const gone = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
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
    await new Promise((r) => setTimeout(r, 50));
  }
  const cli = (args: string[], input?: string) =>
    execFileSync(process.execPath, [usersCli, ...args], { env, input }).toString();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    adminPassword: fs.readFileSync(passwordFile, 'utf8').trim(),
    createUser(username, role, password, extra = []) {
      cli(['create', '--username', username, '--role', role, '--password-stdin', ...extra], `${password}\n`);
    },
    tokenFor(username, hours = 8) {
      return cli(['token', '--username', username, '--hours', String(hours)])
        .trim()
        .split('\n')
        .at(-1)!;
    },
    stop,
    restart: launch,
  };
}
