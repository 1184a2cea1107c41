#!/usr/bin/env node
// Soak test of the wall screen (/wall): opens it in headless Chromium, drives hundreds of case changes
// through the API as fast as it takes them, and reports what a wall running for days would suffer:
// JS heap growth after warm-up (goal ≤ 10 %, held against the wall's JavaScript objects from heap
// snapshots; the raw heap is reported beside it, see heapByKind), the ECharts instance count (must not
// change: charts are updated in place, never re-created), DOM size, and console errors (none).
//
//   pnpm --filter @lianxin/dashboard soak                      # starts the built API on a fresh seeded DATA_DIR
//   pnpm --filter @lianxin/dashboard soak -- --updates 1000
//   node scripts/soak.mjs --url http://host:4000 --admin-password … --display-token …
//
// Needs the built API (apps/api/dist) and dashboard (apps/dashboard/dist) unless --url is given, and
// Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Exits 1 when a goal is missed.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, startApi } from '@lianxin/e2e/built-api';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    'admin-password': { type: 'string' },
    'display-token': { type: 'string' },
    updates: { type: 'string', default: '500' },
    warmup: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '4' },
    pages: { type: 'string', default: 'overview,leaders,villages' },
    dwell: { type: 'string', default: '5' },
  },
});
const UPDATES = Number(args.updates);
const WARMUP = Number(args.warmup);
const CONCURRENCY = Number(args.concurrency);
const HEAP_GROWTH_GOAL = 0.1;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The built API on a fresh seeded SQLite DATA_DIR (@lianxin/e2e), with a DISPLAY user for the wall. */
async function startSoakApi() {
  const api = await startApi();
  api.createUser('soak-wall', 'DISPLAY', 'soak-wall-password-0001');
  return { ...api, displayToken: api.tokenFor('soak-wall', 24) };
}

async function gql(url, token, query, variables = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idNumber(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return first17 + '10X98765432'[sum % 11];
}

const REGISTER = `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptCase(id: $id, version: $v) { id } }`;

/** `count` updates: registrations, each second one followed by accepting a case registered earlier. */
async function drive(url, token, places, count, offset) {
  const toAccept = [];
  let next = 0;
  async function one(n) {
    if (n % 2 === 1 && toAccept.length) {
      const c = toAccept.shift();
      await gql(url, token, ACCEPT, { id: c.id, v: c.version });
      return;
    }
    const village = places.villages[n % places.villages.length];
    const serial = String((offset + n) % 1000).padStart(3, '0');
    const data = await gql(url, token, REGISTER, {
      input: {
        categoryCode: places.categories[n % places.categories.length],
        channel: 'VISIT',
        headcount: 1,
        matterType: 'APPEAL',
        petitioners: [
          {
            name: `压测${serial}`,
            phone: `1380000${serial.padStart(4, '0')}`,
            idNumber: idNumber(`64030219900101${serial}`),
          },
        ],
        summary: `大屏压测 ${offset + n}`,
        title: `大屏压测 ${offset + n}`,
        villageCode: village,
      },
    });
    toAccept.push(data.registerCase);
  }
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const n = next++;
        await one(n);
      }
    }),
  );
}

async function measure(page, cdp) {
  // The smallest of three samples after full collections (twice each: a first collection can leave what
  // a second frees), so a refresh that happens to hold a response at that instant does not count.
  let usedSize = Infinity;
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    usedSize = Math.min(usedSize, (await cdp.send('Runtime.getHeapUsage')).usedSize);
    await sleep(500);
  }
  const heap = { usedSize };
  const inPage = await page.evaluate(() => ({
    echarts: document.querySelectorAll('[_echarts_instance_]').length,
    canvases: document.querySelectorAll('canvas').length,
    domNodes: document.getElementsByTagName('*').length,
    preciseHeap: performance.memory?.usedJSHeapSize ?? null,
    asOf: document.querySelector('[data-testid="wall-asof"]')?.textContent?.trim(),
  }));
  return { usedHeap: heap.usedSize, ...inPage };
}

/**
 * The heap by kind, from a heap snapshot: JavaScript objects (objects, arrays, closures, strings, numbers,
 * V8's shapes of them) apart from compiled code and the browser's native objects. Raw heap growth over a
 * soak is mostly V8 compiling hot functions more (code) and DevTools / performance-timeline buffers that
 * the measuring itself fills (native): measured here, so the report shows whether the wall's own objects
 * grow.
 */
async function heapByKind(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const kinds = { js: 0, code: 0, native: 0 };
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]];
    const kind = type === 'code' ? 'code' : type === 'native' ? 'native' : 'js';
    kinds[kind] += snapshot.nodes[i + sizeAt];
  }
  return kinds;
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;

async function main() {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium)`);
  const api = args.url
    ? {
        url: args.url.replace(/\/$/, ''),
        adminPassword: args['admin-password'] ?? process.env.LIANXIN_ADMIN_PASSWORD,
        displayToken: args['display-token'] ?? process.env.LIANXIN_DISPLAY_TOKEN,
        stop: async () => {},
      }
    : await startSoakApi();
  if (!api.adminPassword || !api.displayToken)
    throw new Error(
      'with --url, give --admin-password and --display-token (or LIANXIN_ADMIN_PASSWORD, LIANXIN_DISPLAY_TOKEN)',
    );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', ...CHROMIUM_FLAGS, '--enable-precise-memory-info'],
  });
  const consoleErrors = [];
  try {
    const login = await fetch(`${api.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: api.adminPassword }),
    });
    if (!login.ok) throw new Error(`admin sign-in failed: ${login.status}`);
    const { token } = await login.json();
    const ref = await gql(api.url, token, '{ townships { villages { code } } categories { code } }');
    const places = {
      villages: ref.townships.flatMap((t) => t.villages.map((v) => v.code)),
      categories: ref.categories.map((c) => c.code),
    };

    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    let navigations = 0;
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations++);
    await page.goto(`${api.url}/wall?pages=${args.pages}&dwell=${args.dwell}&token=${api.displayToken}`);
    await page.locator('[data-connected="socket"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[_echarts_instance_] canvas').length > 0);
    const navigationsAtStart = navigations;
    const cdp = await context.newCDPSession(page);

    console.log(`wall open at ${api.url}/wall; warm-up: ${WARMUP} updates`);
    const started = Date.now();
    await drive(api.url, token, places, WARMUP, 0);
    await sleep(3000);
    const before = await measure(page, cdp);
    const kindsBefore = await heapByKind(cdp);
    console.log(`driving ${UPDATES} updates (${CONCURRENCY} at a time)`);
    const t0 = Date.now();
    // In steps of 100, with the heap after each: a leak grows step by step, a warm-up effect levels off.
    const checkpoints = [];
    for (let done = 0; done < UPDATES;) {
      const step = Math.min(100, UPDATES - done);
      await drive(api.url, token, places, step, WARMUP + done);
      done += step;
      if (done < UPDATES) {
        await sleep(1500);
        const m = await measure(page, cdp);
        checkpoints.push({ updates: done, heap: m.usedHeap });
        console.log(`  after ${done}: heap ${mb(m.usedHeap)}, ECharts instances ${m.echarts}`);
      }
    }
    const driveSeconds = (Date.now() - t0) / 1000;
    // Let the last notices land (debounce, refetch) and a page rotation or two pass.
    await sleep(Math.max(4000, Number(args.dwell) * 1000 + 1000));
    const after = await measure(page, cdp);
    const kindsAfter = await heapByKind(cdp);

    const growth = (after.usedHeap - before.usedHeap) / before.usedHeap;
    const pct = (a, b) => Math.round(((b - a) / a) * 1000) / 10;
    const objectGrowth = (kindsAfter.js - kindsBefore.js) / kindsBefore.js;
    const report = {
      updates: UPDATES,
      warmup: WARMUP,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      updatesPerSecond: Math.round((UPDATES / driveSeconds) * 10) / 10,
      heapAfterWarmup: before.usedHeap,
      heapAtEnd: after.usedHeap,
      heapGrowth: Math.round(growth * 1000) / 10,
      heapByKind: {
        jsObjects: [kindsBefore.js, kindsAfter.js, pct(kindsBefore.js, kindsAfter.js)],
        compiledCode: [kindsBefore.code, kindsAfter.code, pct(kindsBefore.code, kindsAfter.code)],
        native: [kindsBefore.native, kindsAfter.native, pct(kindsBefore.native, kindsAfter.native)],
      },
      checkpoints,
      echartsInstances: [before.echarts, after.echarts],
      canvases: [before.canvases, after.canvases],
      domNodes: [before.domNodes, after.domNodes],
      preciseHeap: [before.preciseHeap, after.preciseHeap],
      asOf: after.asOf,
      navigations: navigations - navigationsAtStart,
      consoleErrors,
    };
    console.log(JSON.stringify(report, null, 2));
    // The goal is held against the wall's own objects; the raw heap is reported beside it, with what
    // made the difference (compiled code and native buffers, see heapByKind).
    const failures = [
      objectGrowth > HEAP_GROWTH_GOAL &&
        `JS objects grew ${pct(kindsBefore.js, kindsAfter.js)} % (goal ≤ ${HEAP_GROWTH_GOAL * 100} %)`,
      before.echarts !== after.echarts && `ECharts instances changed: ${before.echarts} → ${after.echarts}`,
      after.echarts === 0 && 'no ECharts instance on the wall',
      report.navigations !== 0 && `the page navigated ${report.navigations} times`,
      consoleErrors.length && `${consoleErrors.length} console errors`,
    ].filter(Boolean);
    console.log(
      `JS heap ${mb(before.usedHeap)} → ${mb(after.usedHeap)} (${report.heapGrowth >= 0 ? '+' : ''}${report.heapGrowth} %): ` +
        `JS objects ${mb(kindsBefore.js)} → ${mb(kindsAfter.js)} (${pct(kindsBefore.js, kindsAfter.js)} %), ` +
        `compiled code ${mb(kindsBefore.code)} → ${mb(kindsAfter.code)}, native ${mb(kindsBefore.native)} → ${mb(kindsAfter.native)}`,
    );
    console.log(
      `ECharts instances ${before.echarts} → ${after.echarts}, DOM nodes ${before.domNodes} → ${after.domNodes}, ` +
        `console errors ${consoleErrors.length}, ${report.updatesPerSecond} updates/s`,
    );
    console.log(failures.length ? `FAIL: ${failures.join('; ')}` : 'ok: all soak goals met');
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    await browser.close();
    await api.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
