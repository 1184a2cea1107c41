// The server the screenshot and Lighthouse scripts look at: by default what `pnpm start` runs — the
// built API (apps/api/dist) serving the built dashboard (apps/dashboard/dist) — on a free port with a
// freshly seeded SQLite database in a temp DATA_DIR, stopped and removed afterwards (the same set-up as
// e2e/harness.ts, which is TypeScript and so cannot be imported from a plain Node script).
// LIANXIN_URL=http://host:port points the scripts at a server that is already running instead;
// LIANXIN_USERNAME / LIANXIN_PASSWORD sign in there (default: admin and DATA_DIR/admin-password.txt).
// LIANXIN_DASHBOARD_DIR serves another dashboard build than apps/dashboard/dist (as in e2e/harness.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
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

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** @returns {Promise<{ url: string, username: string, password: string, stop: () => Promise<void> }>} */
export async function builtServer() {
  if (process.env.LIANXIN_URL) {
    const dataDir = process.env.DATA_DIR ?? path.join(repoRoot, 'data');
    const password =
      process.env.LIANXIN_PASSWORD ??
      fs.readFileSync(path.join(dataDir, 'admin-password.txt'), 'utf8').trim();
    return {
      url: process.env.LIANXIN_URL.replace(/\/$/, ''),
      username: process.env.LIANXIN_USERNAME ?? 'admin',
      password,
      stop: async () => {},
    };
  }
  const apiMain = path.join(repoRoot, 'apps/api/dist/main.js');
  const dashboardDist = process.env.LIANXIN_DASHBOARD_DIR ?? path.join(repoRoot, 'apps/dashboard/dist');
  for (const file of [apiMain, path.join(dashboardDist, 'index.html')]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: build first (pnpm build)`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-scripts-'));
  const port = await freePort();
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    SEED_IF_EMPTY: '1',
    DASHBOARD_DIR: dashboardDist,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = async () => {
    if (child.exitCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  process.stderr.write(`starting the built API on ${url} (seeding a fresh database) …\n`);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the API did not answer /health in 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // The first start writes the administrator's password file; wait for it rather than race the server.
  const passwordFile = path.join(dataDir, 'admin-password.txt');
  while (!fs.existsSync(passwordFile) || !fs.readFileSync(passwordFile, 'utf8').trim()) {
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`no ${passwordFile} after the API started:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  return { url, username: 'admin', password, stop };
}

/** POST /auth/login; the session token (the value of the lianxin_session cookie). */
export async function loginToken(server) {
  const res = await fetch(`${server.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username: server.username, password: server.password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${server.username} failed: ${res.status} ${await res.text()}`);
  return (await res.json()).token;
}
