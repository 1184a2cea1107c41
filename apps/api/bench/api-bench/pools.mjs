// bench:api's request pools: seeded random filters, and each operation's variables built from them as
// the dashboard's views build them.
import { addLocalDays, addLocalMonths, diffLocalDays } from '@lianxin/domain';
import {
  openNowFilter,
  pick,
  prng,
  randomInt,
  samePeriodLastYear,
  todayFilter,
  trendPeriod,
} from '../lib.mjs';
import {
  OPERATIONS,
  ORDER_FIELDS,
  PAGE_SIZE,
  POOL_SIZE,
  PRNG_SEED,
  SEED_FIRST_DAY,
  SEED_UNTIL,
} from './settings.mjs';

// ---------------------------------------------------------------- filters as the views build them

const monthAligned = (p) => p.from.endsWith('-01') && addLocalDays(p.to, 1).endsWith('-01');

/**
 * A period of 1–24 months, not aligned to months: it ends on the seed's last day ("to today", the
 * dashboard's usual end) or on a random day, and starts that many months earlier give or take ten days.
 */
function randomPeriod(rng) {
  for (;;) {
    const to =
      rng() < 0.4
        ? SEED_UNTIL
        : addLocalDays('2022-01-01', randomInt(rng, 0, diffLocalDays('2022-01-01', SEED_UNTIL)));
    const months = randomInt(rng, 1, 24);
    const sameDay = addLocalDays(addLocalMonths(to, -months), Number(to.slice(8)) - 1);
    let from = addLocalDays(sameDay, 1 + randomInt(rng, -10, 10));
    if (from < SEED_FIRST_DAY) from = SEED_FIRST_DAY;
    if (from > to) from = to;
    const period = { from, to };
    if (!monthAligned(period)) return period;
  }
}

/** The filter bar's state: one township or none, one category or none, a period. */
function randomFilter(rng, reference) {
  return {
    township: rng() < 0.3 ? null : pick(rng, reference.townships).code,
    category: rng() < 0.3 ? null : pick(rng, reference.categories),
    period: randomPeriod(rng),
  };
}

/** filters/filter.ts toCaseFilter: only what is set, period first. */
export function toCaseFilter(filter, period) {
  const out = {};
  if (period) {
    out.from = period.from;
    out.to = period.to;
  }
  if (filter.township) out.townshipCodes = [filter.township];
  if (filter.category) out.categoryCodes = [filter.category];
  return out;
}

/**
 * OverviewView.vue's variables (an ANALYST reads cases: the warning list is included); "today" is the
 * seed's last day, the day the bench's data stands for.
 */
export function overviewVariables(filter) {
  return {
    filter: toCaseFilter(filter, filter.period),
    lastYear: toCaseFilter(filter, samePeriodLastYear(filter.period)),
    open: openNowFilter(toCaseFilter(filter, null)),
    today: todayFilter(toCaseFilter(filter, null), SEED_UNTIL),
    trend: toCaseFilter(filter, trendPeriod(filter.period.to)),
    warningFilter: toCaseFilter(filter, null),
    warningsFirst: 8,
    withWarningList: true,
  };
}

/** CasesView.vue's variables for the first page. */
function listVariables(filter, rng) {
  return {
    filter: toCaseFilter(filter, filter.period),
    orderBy: { field: pick(rng, ORDER_FIELDS), direction: rng() < 0.5 ? 'ASC' : 'DESC' },
    first: PAGE_SIZE,
    after: null,
  };
}

export function buildPools(reference) {
  const rng = prng(PRNG_SEED);
  const pools = { overview: [], list: [] };
  for (let i = 0; i < POOL_SIZE; i++) {
    const filter = randomFilter(rng, reference);
    pools.overview.push({ id: `overview-${i}`, filter, variables: overviewVariables(filter) });
  }
  for (let i = 0; i < POOL_SIZE; i++) {
    const filter = randomFilter(rng, reference);
    pools.list.push({ id: `list-${i}`, filter, variables: listVariables(filter, rng) });
  }
  for (const [op, pool] of Object.entries(pools)) {
    for (const entry of pool) {
      entry.body = JSON.stringify({
        operationName: OPERATIONS[op].operationName,
        query: OPERATIONS[op].query,
        variables: entry.variables,
      });
    }
  }
  return pools;
}
