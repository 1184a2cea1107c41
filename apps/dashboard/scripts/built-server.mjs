// The server the screenshot and Lighthouse scripts look at: by default what `pnpm start` runs — the
// built API (apps/api/dist) serving the built dashboard (apps/dashboard/dist) — on a free port with a
// freshly seeded SQLite database in a temp DATA_DIR (@lianxin/e2e's built-api.mjs, as the browser tests
// start it), stopped and removed afterwards.
// LIANXIN_URL=http://host:port points the scripts at a server that is already running instead;
// LIANXIN_USERNAME / LIANXIN_PASSWORD sign in there (default: admin and DATA_DIR/admin-password.txt).
// LIANXIN_DASHBOARD_DIR serves another dashboard build than apps/dashboard/dist (as in the browser tests).
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, startApi } from '@lianxin/e2e/built-api';

export { CHROMIUM, CHROMIUM_FLAGS, repoRoot } from '@lianxin/e2e/built-api';

/**
 * @param {{ dashboardDir?: string }} [options] another dashboard build to serve (a fresh server only)
 * @returns {Promise<{ url: string, username: string, password: string, stop: () => Promise<void> }>}
 */
export async function builtServer(options = {}) {
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
  process.stderr.write('starting the built API (seeding a fresh database) …\n');
  const api = await startApi(options.dashboardDir ? { env: { DASHBOARD_DIR: options.dashboardDir } } : {});
  process.stderr.write(`… on ${api.url}\n`);
  return {
    url: api.url,
    username: 'admin',
    password: api.adminPassword,
    async stop() {
      await api.stop();
      fs.rmSync(api.dataDir, { recursive: true, force: true });
    },
  };
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
