// Measures generation speed: `pnpm build && node bench/generate.mjs [cases] [until]`.
// Not a test: the number depends on the machine. It consumes every bundle the way a loader would.
import { generateCases, generateDistrict, plannedCaseCount } from '../dist/index.js';

const cases = Number(process.argv[2] ?? 1_000_000);
const until = process.argv[3] ?? '2026-11-27';
const district = generateDistrict();
const planned = plannedCaseCount({ cases, until });
const started = performance.now();
let n = 0;
let events = 0;
let petitioners = 0;
for (const bundle of generateCases({ cases, until }, district)) {
  n++;
  events += bundle.events.length;
  petitioners += bundle.petitioners.length;
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `${n} cases (planned ${planned}), ${events} events, ${petitioners} petitioners in ${seconds.toFixed(1)} s: ` +
    `${Math.round(n / seconds)} cases/s, ${Math.round(events / seconds)} events/s`,
);
