// The DISPLAY property's model (display-differencing.integration.test.ts): the catalogue of
// questions the wall may ask, the shapes outside it, and an attacker who works out from a set of answers
// the interval of every village's possible count (see that file's header).
import fc from 'fast-check';
import type { WallPeriods } from '@lianxin/domain';
import { DISPLAY_MIN_CELL } from '../modules/access/access-policy.js';
import {
  ask,
  dayBefore,
  filterOf,
  KPI,
  PAST_YEARS,
  periodKey,
  type Ask,
  type Data,
  type Period,
  type Truth,
} from './display-differencing.fixtures.js';

/** Every shape of the catalogue, for the district and for each township. */
export function catalogue(w: WallPeriods, townships: readonly string[]): Ask[] {
  const out: Ask[] = [];
  for (const township of [null, ...townships]) {
    for (const groupBy of [[], ['CATEGORY'], ['TOWNSHIP'], ['VILLAGE']])
      for (const period of [w.ytd, ...PAST_YEARS]) out.push(ask.caseStats(period, township, groupBy));
    out.push(ask.caseStats(w.today, township, []), ask.caseStats(w.month, township, []));
    out.push(ask.caseStats(w.trend, township, ['MONTH']));
    out.push(ask.kpis(w.ytd, township), ask.kpis(w.lastYear, township));
    out.push(ask.leaderWorkloads(w.ytd, township), ask.warningCounts(township));
    out.push(ask.caseTicker(20, township), ask.caseTicker(5, township));
  }
  return out;
}

/** Shapes outside the catalogue, each of which must be refused. */
export function outsideCatalogue(w: WallPeriods, townships: readonly string[], villages: readonly string[]) {
  const township = fc.option(fc.constantFrom(...townships), { nil: null });
  // Periods the wall never sends: a day short of the year to date (the differencing attack), shifted
  // ends, open ends, a past year cut short, today or the trend by village.
  const badPeriods: Period[] = [
    { from: w.ytd.from, to: dayBefore(w.ytd.to) },
    { from: dayBefore(w.ytd.from), to: w.ytd.to },
    { from: '2021-01-01', to: '2021-12-30' },
    { from: '2021-02-01', to: '2021-12-31' },
    { from: '2021-01-01', to: w.ytd.to },
  ];
  const extraFilters: Record<string, unknown>[] = [
    { statuses: ['CLOSED'] },
    { leaderIds: [1] },
    { unitIds: [1] },
    { categoryCodes: ['IRRIGATION'] },
    { channels: ['VISIT'] },
    { matterTypes: ['APPEAL'] },
    { kpi: 'SATISFACTION' },
    { kpi: 'SATISFACTION', kpiPart: 'NUMERATOR' },
    { asOf: '2021-12-31T00:00:00Z' },
    { text: '水' },
    { villageCodes: [villages[0]] },
    { overdue: true },
    { dueSoon: false },
    { repeat: true },
    { townshipCodes: townships.slice(0, 2) },
    { townshipCodes: [] },
  ];
  const badGroupings = [
    ['STATUS'],
    ['LEADER'],
    ['UNIT'],
    ['CHANNEL'],
    ['MATTER_TYPE'],
    ['DAY'],
    ['WEEK'],
    ['MONTH'],
    ['QUARTER'],
    ['YEAR'],
    ['VILLAGE', 'CATEGORY'],
    ['TOWNSHIP', 'VILLAGE'],
    ['VILLAGE', 'MONTH'],
    ['CATEGORY', 'TOWNSHIP'],
  ];
  const nested = [
    `{ townships { cases { totalCount } } }`,
    `{ categories { cases { totalCount } } }`,
    `{ units { cases { totalCount } } }`,
    `{ leaders { cases { totalCount } } }`,
    `{ villages(townshipCode: "${townships[0]}") { cases { totalCount } } }`,
    `{ cases { totalCount } }`,
    `{ warnings { level } }`,
    `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [TOWNSHIP]) { kpis { satisfaction ${KPI} } } }`,
    `query($f: CaseFilter) { kpis(filter: $f) { leaderResolution ${KPI} } }`,
    `query($f: CaseFilter) { leaderWorkloads(filter: $f) { visits { kind count } instructions } }`,
  ];
  const refusedAtRoot = (a: Ask) => ({ ...a, root: true });
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...badPeriods), township, fc.constantFrom([], ['TOWNSHIP'], ['VILLAGE']))
      .map(([p, t, g]) => refusedAtRoot(ask.caseStats(p, t, g))),
    fc
      .tuple(fc.constantFrom(w.today, w.trend), township)
      .map(([p, t]) => refusedAtRoot(ask.caseStats(p, t, ['VILLAGE']))),
    fc
      .tuple(
        fc.constantFrom({ from: w.ytd.from }, { to: w.ytd.to }, null),
        township,
        fc.constantFrom([], ['VILLAGE']),
      )
      .map(([p, t, g]) => refusedAtRoot(ask.caseStats(p as Period | null, t, g))),
    fc
      .tuple(fc.constantFrom(...badGroupings), township, fc.constantFrom(w.ytd, PAST_YEARS[0]!))
      .map(([g, t, p]) => refusedAtRoot(ask.caseStats(p, t, g))),
    fc
      .tuple(
        fc.constantFrom(...extraFilters),
        township,
        fc.constantFrom('caseStats', 'kpis', 'leaderWorkloads', 'warningCounts', 'caseTicker'),
      )
      .map(([extra, t, field]) => {
        const base =
          field === 'caseStats'
            ? ask.caseStats(w.ytd, t, ['VILLAGE'])
            : field === 'kpis'
              ? ask.kpis(w.ytd, t)
              : field === 'leaderWorkloads'
                ? ask.leaderWorkloads(w.ytd, t)
                : field === 'warningCounts'
                  ? ask.warningCounts(t)
                  : ask.caseTicker(20, t);
        return refusedAtRoot({ ...base, variables: { f: { ...(base.variables.f as object), ...extra } } });
      }),
    fc
      .tuple(
        fc.constantFrom<Period | null>(w.today, w.trend, PAST_YEARS[0]!, null, {
          from: w.lastYear.from,
          to: dayBefore(w.lastYear.to),
        }),
        township,
      )
      .map(([p, t]) => refusedAtRoot(ask.kpis(p, t))),
    fc
      .tuple(fc.constantFrom<Period | null>(w.lastYear, w.trend, w.today, null), township)
      .map(([p, t]) => refusedAtRoot(ask.leaderWorkloads(p, t))),
    fc
      .tuple(fc.constantFrom(w.ytd, w.today), township)
      .map(([p, t]) => refusedAtRoot({ ...ask.warningCounts(t), variables: { f: filterOf(p, t) } })),
    township.map((t) =>
      refusedAtRoot({
        ...ask.warningCounts(t),
        text: `query($f: CaseFilter) { warningCounts(filter: $f, asOf: "2021-06-30T00:00:00Z") { red yellow } }`,
      }),
    ),
    fc.tuple(fc.integer({ min: 21, max: 50 }), township).map(([n, t]) => refusedAtRoot(ask.caseTicker(n, t))),
    township.map((t) => refusedAtRoot({ ...ask.caseTicker(20, t), variables: { f: filterOf(w.ytd, t) } })),
    fc.constantFrom(...nested).map((text) => ({
      text,
      variables: { f: w.ytd },
      field: 'other' as const,
      period: null,
      township: null,
      root: false,
    })),
  );
}

// ---- the attacker ------------------------------------------------------------------------------------

/**
 * Per village: the interval of counts consistent with every answer, given each township's exact total.
 * A withheld cell is at least 1 unless its whole township is withheld (zeros are withheld only then).
 */
function intervals(
  cells: ReadonlyMap<string, number | 'withheld'>,
  villages: readonly string[],
  total: number,
): Map<string, [number, number]> {
  const hidden = villages.filter((v) => cells.get(v) === 'withheld');
  const known = villages.reduce(
    (n, v) => n + (typeof cells.get(v) === 'number' ? (cells.get(v) as number) : 0),
    0,
  );
  const rest = total - known;
  const whole = hidden.length === villages.length;
  const lo = new Map(hidden.map((v) => [v, whole ? 0 : 1]));
  const hi = new Map(hidden.map((v) => [v, rest]));
  for (let changed = true; changed;) {
    changed = false;
    for (const v of hidden) {
      const others = hidden.filter((o) => o !== v);
      const upper = Math.min(hi.get(v)!, rest - others.reduce((n, o) => n + lo.get(o)!, 0));
      const lower = Math.max(lo.get(v)!, rest - others.reduce((n, o) => n + hi.get(o)!, 0));
      if (upper !== hi.get(v) || lower !== lo.get(v)) {
        hi.set(v, upper);
        lo.set(v, lower);
        changed = true;
      }
    }
  }
  return new Map(hidden.map((v) => [v, [lo.get(v)!, hi.get(v)!]]));
}

/** Everything the answers of one set give away; returns what should not have been. */
export async function attack(answers: [Ask, Data][], truth: Truth, ytd: Period): Promise<string[]> {
  const problems: string[] = [];
  const allVillages = [...truth.townshipVillages.values()].flat();
  // Village cells per period, as published (a number) or withheld.
  const cells = new Map<string, { period: Period; cells: Map<string, number | 'withheld'> }>();
  const note = (period: Period, village: string, value: number | 'withheld') => {
    const entry = cells.get(periodKey(period)) ?? { period, cells: new Map() };
    cells.set(periodKey(period), entry);
    const before = entry.cells.get(village);
    if (before !== undefined && before !== value)
      problems.push(`${village} ${periodKey(period)} reads ${before} in one answer and ${value} in another`);
    entry.cells.set(village, value);
  };
  const kpiAnswers = new Map<string, Map<string | null, Data>>();
  const leaderAnswers = new Map<string | null, Data[]>();
  const tickerVillages: { village: string; receivedAt: string }[] = [];

  for (const [a, data] of answers) {
    if (a.field === 'caseStats') {
      for (const b of data.caseStats as Data[]) {
        for (const key of ['channel', 'status', 'leaderId', 'unitId', 'matterType'])
          if (b[key] !== null) problems.push(`${a.text}: bucket keyed by ${key}`);
        if (b.villageCode !== null && !b.suppressed && b.count > 0 && b.count < DISPLAY_MIN_CELL)
          problems.push(`${a.text} ${JSON.stringify(a.variables)}: a published cell of ${b.count}`);
        if (b.suppressed && b.villageCode === null)
          problems.push(`${a.text}: a bucket withheld that is not a village`);
      }
      if (a.groupBy?.includes('VILLAGE')) {
        const scope = a.township ? truth.townshipVillages.get(a.township)! : allVillages;
        const seen = new Set<string>();
        for (const b of data.caseStats as Data[]) {
          seen.add(b.villageCode);
          note(a.period!, b.villageCode, b.suppressed ? 'withheld' : b.count);
        }
        for (const v of scope) if (!seen.has(v)) note(a.period!, v, 0);
      }
    }
    if (a.field === 'kpis') {
      const byScope = kpiAnswers.get(periodKey(a.period!)) ?? new Map();
      kpiAnswers.set(periodKey(a.period!), byScope);
      byScope.set(a.township, data.kpis);
      const real = await truth.kpis(a.period!, a.township);
      for (const [name, value] of Object.entries(data.kpis as Data)) {
        if (value.denominator > 0 && value.denominator < DISPLAY_MIN_CELL)
          problems.push(
            `kpis ${JSON.stringify(a.variables)} ${name}: ${value.numerator}/${value.denominator} shown`,
          );
        if (value.denominator > 0 && JSON.stringify(value) !== JSON.stringify(real[name]))
          problems.push(
            `kpis ${JSON.stringify(a.variables)} ${name}: ${JSON.stringify(value)} is not the truth`,
          );
      }
    }
    if (a.field === 'leaderWorkloads') {
      leaderAnswers.set(a.township, data.leaderWorkloads);
      for (const w of data.leaderWorkloads as Data[]) {
        if (w.owned > 0 && w.owned < DISPLAY_MIN_CELL)
          problems.push(`leader ${w.leader.id} ${a.township}: a row of ${w.owned} cases shown`);
        const d = w.closedOnTime.denominator;
        if (d > 0 && d < DISPLAY_MIN_CELL)
          problems.push(`leader ${w.leader.id} ${a.township}: on time over ${d}`);
      }
    }
    if (a.field === 'caseTicker') {
      for (const e of data.caseTicker as Data[])
        if (e.village) tickerVillages.push({ village: e.village.code, receivedAt: e.receivedAt });
    }
  }

  // Village intervals, for every period and township the answers cover.
  for (const { period, cells: known } of cells.values()) {
    const real = await truth.villageCounts(period);
    for (const [township, villages] of truth.townshipVillages) {
      if (!villages.every((v) => known.has(v))) continue;
      const total = villages.reduce((n, v) => n + (real.get(v) ?? 0), 0);
      for (const v of villages) {
        const value = known.get(v);
        if (typeof value === 'number' && value !== (real.get(v) ?? 0))
          problems.push(`${v} ${periodKey(period)}: published ${value}, truly ${real.get(v) ?? 0}`);
      }
      for (const [v, [lo, hi]] of intervals(known, villages, total)) {
        const n = real.get(v) ?? 0;
        if (n < lo || n > hi) problems.push(`model unsound: ${v} holds ${n}, outside [${lo}, ${hi}]`);
        if (n > 0 && n < DISPLAY_MIN_CELL && lo === hi)
          problems.push(`${township}/${v} ${periodKey(period)}: worked out exactly (${n})`);
      }
    }
  }

  // The district minus the townships shown must not be a KPI over 1–2 cases either.
  for (const [key, byScope] of kpiAnswers) {
    const district = byScope.get(null);
    if (!district || truth.townshipVillages.size + 1 !== byScope.size) continue;
    for (const name of Object.keys(district)) {
      const shown = [...byScope].filter(([t]) => t !== null).reduce((n, [, k]) => n + k[name].denominator, 0);
      const rest = district[name].denominator - shown;
      if (district[name].denominator > 0 && rest > 0 && rest < DISPLAY_MIN_CELL)
        problems.push(`kpis ${key} ${name}: the district minus the townships leaves ${rest}`);
    }
  }
  const districtLeaders = leaderAnswers.get(null);
  if (districtLeaders && leaderAnswers.size === truth.townshipVillages.size + 1) {
    for (const row of districtLeaders) {
      for (const part of ['owned', 'due'] as const) {
        const value = (w: Data) => (part === 'owned' ? w.owned : w.closedOnTime.denominator);
        let shown = 0;
        for (const [t, rows] of leaderAnswers)
          if (t !== null) shown += value(rows.find((w: Data) => w.leader.id === row.leader.id)!);
        const rest = value(row) - shown;
        if (value(row) > 0 && rest > 0 && rest < DISPLAY_MIN_CELL)
          problems.push(`leader ${row.leader.id} ${part}: the district minus the townships leaves ${rest}`);
      }
    }
  }

  // The ticker names a village only where its year-to-date cell is published.
  const ytdCells = cells.get(periodKey(ytd))?.cells;
  const ytdCounts = await truth.villageCounts(ytd);
  for (const { village, receivedAt } of tickerVillages) {
    if ((ytdCounts.get(village) ?? 0) < DISPLAY_MIN_CELL)
      problems.push(
        `the ticker names ${village}, which holds ${ytdCounts.get(village) ?? 0} cases this year`,
      );
    if (ytdCells?.get(village) === 'withheld') problems.push(`the ticker names withheld ${village}`);
    if (Date.parse(receivedAt) < Date.parse(`${ytd.from}T00:00:00+08:00`))
      problems.push(`the ticker names the village of a case of last year (${receivedAt})`);
  }
  return problems;
}
