// What the bench scripts share: ports, seeded randomness, the dashboard's period arithmetic, the
// machine's load and the revision measured.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addLocalMonths, OPEN_STATUSES, samePeriodLastYear } from '@lianxin/domain';

/** A port nothing listens on now, for a child server (the browser tests' helper). */
export { freePort } from '@lianxin/e2e/built-api';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** mulberry32: a small seeded PRNG, so every run (and both dialects) loads the same filters. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
export const pick = (rng, items) => items[Math.floor(rng() * items.length)];
export const randomInt = (rng, min, max) => min + Math.floor(rng() * (max - min + 1));

// format/period.ts of the dashboard, on the same domain functions: the overview compares with the same
// period last year (同比), as the wall does.
export { samePeriodLastYear };
export const trendPeriod = (to) => ({ from: addLocalMonths(to, -11), to });

/** OverviewView.vue's headline strip: cases open now and received today, narrowed like the page. */
export const openNowFilter = (placeFilter) => ({ ...placeFilter, statuses: [...OPEN_STATUSES] });
export const todayFilter = (placeFilter, today) => ({ ...placeFilter, from: today, to: today });

/** The commit measured, `+dirty` when the API's sources differ from it. */
export function gitRevision() {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps/api/src'], { cwd: repoRoot })
      .toString()
      .trim();
    return dirty ? `${rev}+dirty` : rev;
  } catch {
    return null;
  }
}

export const cpuSample = () =>
  os.cpus().reduce(
    (acc, { times }) => {
      const total = times.user + times.nice + times.sys + times.idle + times.irq;
      return { total: acc.total + total, idle: acc.idle + times.idle };
    },
    { total: 0, idle: 0 },
  );

/** Share of CPU time in use by anything between two samples. */
export function cpuShare(before, after) {
  const total = after.total - before.total;
  return total > 0 ? Number((1 - (after.idle - before.idle) / total).toFixed(2)) : 0;
}

/** Share of CPU time in use by anything over `ms` (this machine is shared). */
export async function cpuBusy(ms) {
  const before = cpuSample();
  await sleep(ms);
  return cpuShare(before, cpuSample());
}
