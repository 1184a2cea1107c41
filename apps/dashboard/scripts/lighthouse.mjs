// Lighthouse (12.2.3, Debian Chromium, desktop preset or --mobile) performance of the overview, signed in: prints
// the score and the metrics behind it. A measurement to report, not a test with a threshold — the
// score moves with the machine's load (the goal is ≥ 90).
//
//   pnpm --filter @lianxin/dashboard lighthouse              # starts the built API on a fresh seed
//   pnpm --filter @lianxin/dashboard lighthouse --runs 3     # median of three runs
//   pnpm --filter @lianxin/dashboard lighthouse --mobile     # Lighthouse's default mobile emulation and throttling
//   LIANXIN_URL=http://localhost:4000 pnpm --filter @lianxin/dashboard lighthouse   # a running server
//   LIGHTHOUSE_REPORT=/tmp/lh.json …                         # also keep the (median) JSON report
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

const server = await builtServer();
try {
  const token = await loginToken(server);
  const url = `${server.url}${PAGE_PATH}`;
  const cookie = `lianxin_session=${token}`;
  // One load before measuring, so the first run does not also pay for SQLite's cold page cache.
  await fetch(url, { headers: { cookie } });
  const reports = [];
  for (let i = 1; i <= RUNS; i += 1) {
    const report = await run(url, cookie);
    if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
    const finalUrl = report.finalDisplayedUrl ?? report.finalUrl;
    if (new URL(finalUrl).pathname === '/login')
      throw new Error('lighthouse measured the login page: not signed in');
    reports.push(report);
    console.log(`run ${i}/${RUNS}: performance ${Math.round(report.categories.performance.score * 100)}`);
  }
  const sorted = [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`\nLighthouse ${median.lighthouseVersion}, ${median.environment?.hostUserAgent ?? ''}`.trim());
  console.log(
    `page: ${PAGE_PATH} (${MOBILE ? 'mobile' : 'desktop'} preset, signed in as ${server.username})`,
  );
  console.log(
    `performance score: ${Math.round(median.categories.performance.score * 100)}${RUNS > 1 ? ' (median)' : ''}`,
  );
  if (process.env.LIGHTHOUSE_REPORT) {
    fs.writeFileSync(process.env.LIGHTHOUSE_REPORT, JSON.stringify(median));
    console.log(`report: ${process.env.LIGHTHOUSE_REPORT}`);
  }
  for (const [id, name] of METRICS) {
    const audit = median.audits[id];
    if (audit)
      console.log(`  ${name.padEnd(26)} ${audit.displayValue ?? '—'}  (score ${audit.score ?? '—'})`);
  }
} finally {
  await server.stop();
}
