// `pnpm backtest [--seed S] [--until YYYY-MM-DD] [--seeds N] [--cases-per-year N]`: replays the
// early-warning detector over the seeded history and prints, per scope and level, sensitivity, false
// alarms per month and median detection delay against the waves the seed planted.
import { parseArgs } from 'node:util';
import { CATEGORY_LABELS, type CategoryCode } from '@lianxin/domain';
import { countCells, type LevelScore, monthName, runDetector, score } from './backtest.js';
import { generateCases, plantedOutbreaks } from './cases.js';
import { DEFAULT_SEED, generateDistrict } from './district.js';
import type { Outbreak } from './outbreaks.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    until: { type: 'string', default: '2026-11-30' },
    seeds: { type: 'string', default: '1' },
    'cases-per-year': { type: 'string' },
  },
});

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`--${name} must be a positive integer, got ${value}`);
  return n;
}

const firstSeed = values.seed === undefined ? DEFAULT_SEED : positive('seed', values.seed);
const seeds = positive('seeds', values.seeds);
const until = values.until;
const casesPerYear =
  values['cases-per-year'] === undefined ? undefined : positive('cases-per-year', values['cases-per-year']);
// Whole months only: the month of `until` counts when `until` is its last day.
const end = new Date(`${until}T00:00:00Z`);
end.setUTCDate(end.getUTCDate() + 1);
const months = (end.getUTCFullYear() - 2021) * 12 + end.getUTCMonth();
const firstJudged = 25; // warningYears: two years of history behind the month

const scores: LevelScore[] = [];
const started = performance.now();
let detectorMs = 0;
for (let k = 0; k < seeds; k++) {
  const seed = firstSeed + k;
  const options = { seed, until, ...(casesPerYear ? { casesPerYear } : {}) };
  const district = generateDistrict(seed);
  const outbreaks = plantedOutbreaks(options, district);
  const counts = countCells(generateCases(options, district), months);
  const t0 = performance.now();
  const township = runDetector(counts.township, firstJudged);
  const village = runDetector(counts.village, firstJudged);
  detectorMs += performance.now() - t0;
  const place = new Map([...district.townships.map((t) => [t.code, t.name] as const)]);
  const results = (['RED', 'YELLOW'] as const).flatMap((level) => [
    score('TOWNSHIP', level, township.alarms, township.judged, outbreaks, district),
    score('VILLAGE', level, village.alarms, village.judged, outbreaks, district),
  ]);
  scores.push(...results);
  if (k === 0) {
    console.log(
      `Early-warning backtest: seed ${seed}, cases 2021-01 … ${until}, judged ${monthName(firstJudged)} … ${monthName(months - 1)} (${township.judged} months)`,
    );
    console.log(
      `cells: ${counts.township.size} township × category, ${counts.village.size} village × category\n`,
    );
    console.log("Planted waves (delay in months from the wave's start to its first alert; – = not found):");
    console.log(
      '| wave | township | category | months | × | usual a month | township RED | township YELLOW | village RED | village YELLOW |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    outbreaks.forEach((o: Outbreak, i) => {
      const delay = (s: LevelScore) => {
        const d = s.waves[i]!.delay;
        return d === null ? '–' : String(d);
      };
      const [tr, vr, ty, vy] = results;
      console.log(
        `| ${o.id} | ${place.get(o.townshipCode)} | ${CATEGORY_LABELS[o.category as CategoryCode].zh} | ${o.months[0]} … ${o.months[o.months.length - 1]} | ${o.multiplier} | ${(o.usual.reduce((a, b) => a + b, 0) / o.usual.length).toFixed(1)} | ${delay(tr!)} | ${delay(ty!)} | ${delay(vr!)} | ${delay(vy!)} |`,
      );
    });
    console.log('');
  }
}

const fmt = (n: number | null, digits = 2) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));
type Scope = 'TOWNSHIP' | 'VILLAGE' | 'EITHER';
const SCOPE_NAMES: Record<Scope, string> = {
  TOWNSHIP: 'township × category',
  VILLAGE: 'village × category',
  EITHER: 'either (district-wide)',
};

/** Each wave's delay at a scope and level over all seeds; EITHER takes the earlier of the two scopes. */
function delaysOf(scope: Scope, level: 'RED' | 'YELLOW'): { extra: number; delay: number | null }[] {
  const of = (sc: 'TOWNSHIP' | 'VILLAGE') => scores.filter((s) => s.scope === sc && s.level === level);
  const township = of('TOWNSHIP').flatMap((s) => s.waves);
  const village = of('VILLAGE').flatMap((s) => s.waves);
  return township.map((w, i) => {
    const v = village[i]!.delay;
    const t = w.delay;
    const delay =
      scope === 'TOWNSHIP' ? t : scope === 'VILLAGE' ? v : t === null ? v : v === null ? t : Math.min(t, v);
    const o = w.outbreak;
    const extra = ((o.multiplier - 1) * o.usual.reduce((a, b) => a + b, 0)) / o.usual.length;
    return { extra, delay };
  });
}

function falseAlarms(scope: Scope, level: 'RED' | 'YELLOW'): { count: number; perMonth: number } {
  const mine = scores.filter((s) => s.level === level && (scope === 'EITHER' || s.scope === scope));
  const count = mine.reduce((sum, s) => sum + s.falseAlarms, 0);
  return { count, perMonth: mine.reduce((sum, s) => sum + s.falseAlarmsPerMonth, 0) / seeds };
}

console.log(
  `Summary over ${seeds} seed${seeds > 1 ? 's' : ''} (${firstSeed}${seeds > 1 ? ` … ${firstSeed + seeds - 1}` : ''}):`,
);
console.log(
  '| scope | level | sensitivity | false alarms | false alarms per month | median delay (months) |',
);
console.log('|---|---|---|---|---|---|');
for (const scope of ['TOWNSHIP', 'VILLAGE', 'EITHER'] as const) {
  for (const level of ['RED', 'YELLOW'] as const) {
    const waves = delaysOf(scope, level);
    const delays = waves.flatMap((w) => (w.delay === null ? [] : [w.delay])).sort((a, b) => a - b);
    const mid = delays.length ? (delays[(delays.length - 1) >> 1]! + delays[delays.length >> 1]!) / 2 : null;
    const fa = falseAlarms(scope, level);
    console.log(
      `| ${SCOPE_NAMES[scope]} | ${level} | ${delays.length}/${waves.length} = ${fmt(delays.length / waves.length)} | ${fa.count} | ${fmt(fa.perMonth)} | ${fmt(mid, 1)} |`,
    );
  }
}

// How sensitivity grows with a wave's size: the extra cases a month it brings over the usual.
const BANDS: [number, number][] = [
  [0, 6],
  [6, 10],
  [10, Infinity],
];
console.log('\nSensitivity by the extra cases a wave brings per month (RED):');
console.log('| extra cases per month | waves | township × category | either |');
console.log('|---|---|---|---|');
const township = delaysOf('TOWNSHIP', 'RED');
const either = delaysOf('EITHER', 'RED');
for (const [lo, hi] of BANDS) {
  const inBand = (w: { extra: number }) => w.extra >= lo && w.extra < hi;
  const t = township.filter(inBand);
  const e = either.filter(inBand);
  const share = (list: typeof t) => `${list.filter((w) => w.delay !== null).length}/${list.length}`;
  console.log(`| ${hi === Infinity ? `≥ ${lo}` : `${lo}–${hi}`} | ${t.length} | ${share(t)} | ${share(e)} |`);
}
console.log(
  `\ndetector: ${(detectorMs / 1000).toFixed(1)} s over ${seeds} seed(s); whole run ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
