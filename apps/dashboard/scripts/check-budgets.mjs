// Run after `vite build` (part of the package's `build` script): prints the gzip size of the JavaScript
// the dashboard's first page load needs and of the ECharts chunk, and exits non-zero over budget.
// "Initial" = the entry script of dist/index.html and every chunk it preloads; route views and ECharts
// load later. graphiql.html is a separate entry and is not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = { initial: 300 * KB, echarts: 150 * KB };
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

const initialFiles = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
].map((m) => m[1]);
if (initialFiles.length === 0) {
  console.error('check-budgets: no entry script found in dist/index.html');
  process.exit(1);
}
const echartsFiles = readdirSync(join(dist, 'assets'))
  .filter((f) => /^echarts-.*\.js$/.test(f))
  .map((f) => `assets/${f}`);
if (echartsFiles.length === 0) {
  console.error(
    'check-budgets: no assets/echarts-*.js chunk (is the codeSplitting group in vite.config.ts?)',
  );
  process.exit(1);
}
const zrenderFiles = readdirSync(join(dist, 'assets'))
  .filter((f) => /^zrender-.*\.js$/.test(f))
  .map((f) => `assets/${f}`);
const leaked = [...echartsFiles, ...zrenderFiles].filter((f) => initialFiles.includes(f));

const rows = [
  ['initial JS (index.html entry + preloads)', initialFiles, BUDGETS.initial],
  ['ECharts chunk', echartsFiles, BUDGETS.echarts],
];
let failed = false;
for (const [name, files, budget] of rows) {
  const size = files.reduce((sum, f) => sum + gz(f), 0);
  const ok = size <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(size)} gzip (budget ${kb(budget)})`);
  for (const f of files) console.log(`       ${f} ${kb(gz(f))}`);
}
// Not budgeted, printed so nobody mistakes the ECharts chunk for the whole cost of the first chart:
// zrender (ECharts' canvas engine) is a chunk of its own and loads with it.
const core = [...echartsFiles, ...zrenderFiles].reduce((sum, f) => sum + gz(f), 0);
console.log(`info ECharts + zrender, loaded with the first chart: ${kb(core)} gzip`);
for (const f of zrenderFiles) console.log(`       ${f} ${kb(gz(f))}`);
if (leaked.length) {
  // The point of the split: charts load with the first chart page, never with the shell.
  console.log(`OVER ECharts is part of the initial load (${leaked.join(', ')})`);
  failed = true;
}
process.exit(failed ? 1 : 0);
