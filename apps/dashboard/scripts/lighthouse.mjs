// Lighthouse (12.2.3, Debian Chromium, desktop preset or --mobile) performance of the overview, signed in: prints
// the score and the metrics behind it. A measurement to report, not a test with a threshold — the
// score moves with the machine's load (the goal is ≥ 90).
//
//   pnpm --filter @lianxin/dashboard lighthouse              # starts the built API on a fresh seed
//   pnpm --filter @lianxin/dashboard lighthouse --runs 3     # median of three runs
//   pnpm --filter @lianxin/dashboard lighthouse --mobile     # Lighthouse's default mobile emulation and throttling
//   LIANXIN_URL=http://localhost:4000 pnpm --filter @lianxin/dashboard lighthouse   # a running server
//   LIGHTHOUSE_REPORT=/tmp/lh.json …                         # also keep the (median) JSON report
//   … --baseline /tmp/dist-base                               # against another build, runs interleaved
//
// The score moves by ±10 between runs on a shared 2-core machine (Lighthouse's mobile preset multiplies
// the observed main-thread time by 4), so a change is judged against a baseline build measured in the
// same session, one run each in turn (e.g. `git stash; vite build --outDir /tmp/dist-base; git stash pop`).
//
// Lighthouse loads the page in a fresh profile, so the session rides along as a Cookie header on every
// request (--extra-headers), with the token from POST /auth/login.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS, builtServer, loginToken } from './built-server.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
const PAGE_PATH = process.env.LIGHTHOUSE_PATH ?? '/';
/** Lighthouse's own default (a mid-range phone, slow 4G, 4× CPU slowdown) instead of the desktop preset. */
const MOBILE = process.argv.includes('--mobile');
const baselineArg = process.argv.indexOf('--baseline');
/** Another dashboard build (a directory like dist/) measured in turn with this one, on its own server. */
const BASELINE = baselineArg > 0 ? path.resolve(process.argv[baselineArg + 1] ?? '') : null;
const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin/lighthouse');

const METRICS = [
  ['first-contentful-paint', 'First Contentful Paint'],
  ['largest-contentful-paint', 'Largest Contentful Paint'],
  ['total-blocking-time', 'Total Blocking Time'],
  ['cumulative-layout-shift', 'Cumulative Layout Shift'],
  ['speed-index', 'Speed Index'],
  ['interactive', 'Time to Interactive'],
];

function run(url, cookie) {
  const args = [
    url,
    ...(MOBILE ? [] : ['--preset=desktop']),
    '--only-categories=performance',
    `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
    `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}`));
      try {
        resolve(JSON.parse(out));
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** One signed-in page load on `server`, measured. */
async function measure(server, cookie) {
  const report = await run(`${server.url}${PAGE_PATH}`, cookie);
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
  const finalUrl = report.finalDisplayedUrl ?? report.finalUrl;
  if (new URL(finalUrl).pathname === '/login')
    throw new Error('lighthouse measured the login page: not signed in');
  return report;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const score = (report) => Math.round(report.categories.performance.score * 100);

/** The median run (by score), and each metric's own median over the runs. */
function summary(label, reports) {
  const sorted = [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const mid = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `${label}performance score: ${score(mid)}${RUNS > 1 ? ` (median; runs ${reports.map(score).join(' ')})` : ''}`,
  );
  for (const [id, name] of METRICS) {
    const values = reports.map((r) => r.audits[id]?.numericValue).filter((v) => typeof v === 'number');
    if (!values.length) continue;
    const value = median(values);
    const shown = id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`;
    console.log(`  ${name.padEnd(26)} ${shown.padStart(8)}${RUNS > 1 ? '  (median of the metric)' : ''}`);
  }
  return mid;
}

const builds = [{ label: BASELINE ? 'this build: ' : '', dir: undefined }];
if (BASELINE) builds.unshift({ label: `baseline ${BASELINE}: `, dir: BASELINE });
const servers = [];
try {
  for (const build of builds) {
    const server = await builtServer(build.dir ? { dashboardDir: build.dir } : undefined);
    servers.push(server);
    const cookie = `lianxin_session=${await loginToken(server)}`;
    // One load before measuring, so the first run does not also pay for SQLite's cold page cache.
    await fetch(`${server.url}${PAGE_PATH}`, { headers: { cookie } });
    Object.assign(build, { server, cookie, reports: [] });
  }
  for (let i = 1; i <= RUNS; i += 1) {
    for (const build of builds) {
      const report = await measure(build.server, build.cookie);
      build.reports.push(report);
      console.log(`run ${i}/${RUNS}: ${build.label}performance ${score(report)}`);
    }
  }
  const first = builds[0].reports[0];
  console.log(`\nLighthouse ${first.lighthouseVersion}, ${first.environment?.hostUserAgent ?? ''}`.trim());
  console.log(
    `page: ${PAGE_PATH} (${MOBILE ? 'mobile' : 'desktop'} preset, signed in as ${servers[0].username})`,
  );
  let mid = null;
  for (const build of builds) mid = summary(build.label, build.reports);
  if (process.env.LIGHTHOUSE_REPORT) {
    fs.writeFileSync(process.env.LIGHTHOUSE_REPORT, JSON.stringify(mid));
    console.log(`report (this build's median run): ${process.env.LIGHTHOUSE_REPORT}`);
  }
} finally {
  for (const server of servers) await server.stop();
}
