// The wall screen account (DISPLAY) learns only what the wall shows (DESIGN.md "Trust"; issue 11,
// finding 8): the attacks performed and refused, and the defence of the class — a property test.
// fast-check draws random SETS of DISPLAY queries from the catalogue (display-rules.ts: every township,
// both years, every grouping) together with random shapes outside it, which must all be FORBIDDEN; an
// attacker model then works out, from all the answers of a set, the interval of every village's
// possible count — published cells, withheld cells, zeros, township totals (treated as public: the
// ticker publishes them case by case) and the sums tying them, propagated to a fixed point. No village
// holding 1–2 cases may end with a closed interval; no answer may carry a case's code, title, text or
// petitioner; no KPI or leader row over 1–2 cases may be shown or be the difference of shown numbers.
//
// The clock (Date only) is pinned to 20 March, 1 February and 4 January 2022, on a seed ending 20 March
// 2022 with 1,200 cases a year: in March most village cells of the year hold 1–2 cases beside a few of
// 3–5; on 1 February a township's KPI counts 1–2 cases beside larger ones; on 4 January the district's
// KPIs, township totals and leader rows are under 3 too; 2021 has townships with one small village
// among large ones; and one leader is given cases in two townships, 3 and 1. That the data has those
// small cells is asserted: without them the property would prove nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MatterType, Role, wallPeriods, type WallPeriods } from '@lianxin/domain';
import { readOperations } from '@lianxin/operations';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../test/api.js';
import { describeEachDatabase } from '../../test/databases.js';
import { DISPLAY_MIN_CELL } from './access-policy.js';
import { withheldCells } from './display-rules.js';
import { ruleOf } from './field-rules.js';

// GraphQL answers, walked by hand.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

interface Period {
  from: string;
  to: string;
}

/** Two local instants (Asia/Shanghai 15:00) the suites run at, and the seed that reaches the later. */
const MARCH = { now: '2022-03-20T15:00:00+08:00', today: '2022-03-20' };
const FEBRUARY = { now: '2022-02-01T15:00:00+08:00', today: '2022-02-01' };
const JANUARY = { now: '2022-01-04T15:00:00+08:00', today: '2022-01-04' };
const SEED = { until: '2022-03-20', casesPerYear: 1200 };
const PAST_YEARS: Period[] = [
  { from: '2021-01-01', to: '2021-12-31' },
  { from: '2020-01-01', to: '2020-12-31' },
];
const NOT_ACCUSATIONS = Object.values(MatterType).filter((t) => t !== MatterType.ACCUSATION);

const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

// ---- the questions -----------------------------------------------------------------------------------

interface Ask {
  text: string;
  variables: Record<string, unknown>;
  field: 'caseStats' | 'kpis' | 'leaderWorkloads' | 'warningCounts' | 'caseTicker' | 'other';
  period: Period | null;
  township: string | null;
  groupBy?: readonly string[];
}

const filterOf = (period: Period | null, township: string | null) => ({
  ...(period ?? {}),
  ...(township ? { townshipCodes: [township] } : {}),
});
const KPI = '{ numerator denominator rate }';
const BUCKET =
  'categoryCode townshipCode villageCode channel status leaderId unitId matterType period count suppressed';

const ask = {
  caseStats: (period: Period | null, township: string | null, groupBy: readonly string[]): Ask => ({
    text: `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [${groupBy.join(', ')}]) { ${BUCKET} } }`,
    variables: { f: filterOf(period, township) },
    field: 'caseStats',
    period,
    township,
    groupBy,
  }),
  kpis: (period: Period | null, township: string | null): Ask => ({
    text: `query($f: CaseFilter) { kpis(filter: $f) { timelyAcceptance ${KPI} onTimeClosure ${KPI} satisfaction ${KPI} } }`,
    variables: { f: filterOf(period, township) },
    field: 'kpis',
    period,
    township,
  }),
  leaderWorkloads: (period: Period | null, township: string | null): Ask => ({
    text: `query($f: CaseFilter) { leaderWorkloads(filter: $f) { leader { id name } owned open closed overdue closedOnTime ${KPI} } }`,
    variables: { f: filterOf(period, township) },
    field: 'leaderWorkloads',
    period,
    township,
  }),
  warningCounts: (township: string | null): Ask => ({
    text: `query($f: CaseFilter) { warningCounts(filter: $f) { red yellow } }`,
    variables: { f: filterOf(null, township) },
    field: 'warningCounts',
    period: null,
    township,
  }),
  caseTicker: (first: number, township: string | null): Ask => ({
    text: `query($f: CaseFilter) { caseTicker(first: ${first}, filter: $f) { receivedAt category { code } township { code } village { code name } } }`,
    variables: { f: filterOf(null, township) },
    field: 'caseTicker',
    period: null,
    township,
  }),
};

/** Every shape of the catalogue, for the district and for each township. */
function catalogue(w: WallPeriods, townships: readonly string[]): Ask[] {
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
function outsideCatalogue(w: WallPeriods, townships: readonly string[], villages: readonly string[]) {
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

/** What is true, read as an administrator (accusations left out, as DISPLAY counts them). */
interface Truth {
  townshipVillages: Map<string, string[]>;
  villageCounts(period: Period): Promise<Map<string, number>>;
  kpis(period: Period, township: string | null): Promise<Data>;
}

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

const periodKey = (p: Period) => `${p.from}…${p.to}`;

/** Everything the answers of one set give away; returns what should not have been. */
async function attack(answers: [Ask, Data][], truth: Truth, ytd: Period): Promise<string[]> {
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

// ---- the suites --------------------------------------------------------------------------------------

describe('withheldCells (complementary suppression of one partition)', () => {
  const cells = (values: Record<string, number>) => new Map(Object.entries(values));
  it('withholds nothing without a cell of 1–2 cases', () => {
    expect(withheldCells(cells({ a: 0, b: 3, c: 7 }), true)).toEqual(new Set());
  });
  it('adds the smallest published cell to a lone small cell, so the total minus the rest bounds it by [1, 3]', () => {
    expect(withheldCells(cells({ a: 1, b: 0, c: 3, d: 4, e: 9 }), true)).toEqual(new Set(['a', 'c']));
  });
  it('breaks an all-ones remainder (two ones and the total give each exactly)', () => {
    expect(withheldCells(cells({ a: 1, b: 1, c: 5, d: 4 }), true)).toEqual(new Set(['a', 'b', 'd']));
  });
  it('keeps two twos as they are (each ranges over [1, 3])', () => {
    expect(withheldCells(cells({ a: 2, b: 2, c: 5 }), true)).toEqual(new Set(['a', 'b']));
  });
  it('withholds every cell, zeros too, when no published cell is left to add', () => {
    expect(withheldCells(cells({ a: 1, b: 0, c: 0 }), true)).toEqual(new Set(['a', 'b', 'c']));
  });
  it('withholds every cell when the total itself is withheld', () => {
    expect(withheldCells(cells({ a: 1, b: 1, c: 0 }), false)).toEqual(new Set(['a', 'b', 'c']));
  });
  it('picks complements by count, then key: the same cells every time', () => {
    const input = cells({ z: 3, y: 3, x: 1, w: 8 });
    expect(withheldCells(input, true)).toEqual(new Set(['x', 'y']));
    expect(withheldCells(new Map([...input].reverse()), true)).toEqual(new Set(['x', 'y']));
  });
});

describeEachDatabase('DISPLAY learns only what the wall shows', (dialect) => {
  let api: TestApi;
  let townships: string[];
  let villages: string[];
  let truth: Truth;
  let wall: Record<string, string>;
  let leak: (body: unknown) => string | null;
  let spreadLeader: { id: number; townships: string[] };
  /** Answers by question, per instant (the plans are deterministic for a day). */
  const answered = new Map<string, Promise<GraphQLResponse<Data>>>();

  const sql = async (query: string): Promise<Data[]> => api.dataSource.query(query);

  async function at(instant: { now: string }) {
    vi.setSystemTime(new Date(instant.now));
    // Tokens are issued on the pinned clock.
    wall = await api.headersOf('wall');
  }

  function asWall(a: Pick<Ask, 'text' | 'variables'>, headers = wall) {
    const key = `${new Date().toISOString().slice(0, 10)} ${JSON.stringify(headers)} ${a.text} ${JSON.stringify(a.variables)}`;
    let answer = answered.get(key);
    if (!answer) answered.set(key, (answer = api.graphqlAs<Data>(headers, a.text, a.variables)));
    return answer;
  }

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    // A leader in charge of 3 cases of this year in one township and 1 in another (the seed's leaders
    // keep to one township): their row in the second must be withheld, and so must the first's.
    const [idle] = await sql(
      `SELECT id FROM leader WHERE id NOT IN (SELECT leader_id FROM petition_case
         WHERE received_on >= '2022-01-01' AND leader_id IS NOT NULL) ORDER BY id LIMIT 1`,
    );
    const ytdCases = await sql(
      `SELECT id, township_code FROM petition_case WHERE received_on BETWEEN '2022-02-01' AND '2022-03-19'
         AND matter_type <> 'ACCUSATION' AND leader_id IS NULL ORDER BY id`,
    );
    const [first, second] = [...new Set(ytdCases.map((c) => c.township_code as string))];
    spreadLeader = { id: Number(idle!.id), townships: [first!, second!] };
    const given = [
      ...ytdCases.filter((c) => c.township_code === first).slice(0, 3),
      ...ytdCases.filter((c) => c.township_code === second).slice(0, 1),
    ].map((c) => Number(c.id));
    await sql(`UPDATE petition_case SET leader_id = ${spreadLeader.id} WHERE id IN (${given.join(', ')})`);
    for (const t of await sql(`SELECT code FROM township`))
      await api.auth.createUser({ username: `wall-${t.code}`, role: Role.DISPLAY, townshipCode: t.code });
    const [someVillage] = await sql(`SELECT code FROM village ORDER BY code LIMIT 1`);
    await api.auth.createUser({
      username: 'wall-village',
      role: Role.DISPLAY,
      villageCode: someVillage!.code,
    });
    // Only now: TypeORM tells date columns by the identity of the global Date when it builds metadata.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(MARCH.now));
    const places = await sql(`SELECT code, township_code FROM village ORDER BY code`);
    townships = (await sql(`SELECT code FROM township ORDER BY code`)).map((t) => t.code);
    villages = places.map((v) => v.code);
    const townshipVillages = new Map(townships.map((t) => [t, [] as string[]]));
    for (const v of places) townshipVillages.get(v.township_code)!.push(v.code);

    const counts = new Map<string, Promise<Map<string, number>>>();
    const kpis = new Map<string, Promise<Data>>();
    truth = {
      townshipVillages,
      villageCounts(period) {
        const key = `${new Date().toISOString().slice(0, 10)} ${periodKey(period)}`;
        if (!counts.has(key))
          counts.set(
            key,
            api
              .graphql<Data>(
                `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [VILLAGE]) { villageCode count } }`,
                { f: { ...period, matterTypes: NOT_ACCUSATIONS } },
              )
              .then((r) => new Map(r.data!.caseStats.map((b: Data) => [b.villageCode, b.count]))),
          );
        return counts.get(key)!;
      },
      kpis(period, township) {
        const key = `${new Date().toISOString().slice(0, 10)} ${periodKey(period)} ${township}`;
        if (!kpis.has(key))
          kpis.set(
            key,
            api
              .graphql<Data>(
                `query($f: CaseFilter) { kpis(filter: $f) { timelyAcceptance ${KPI} onTimeClosure ${KPI} satisfaction ${KPI} } }`,
                { f: { ...filterOf(period, township), matterTypes: NOT_ACCUSATIONS } },
              )
              .then((r) => r.data!.kpis),
          );
        return kpis.get(key)!;
      },
    };

    // Finds case codes, titles and summaries, and petitioners' names, phones and ID numbers, in an answer.
    const petitioners = await sql(`SELECT name, phone, id_number FROM petitioner`);
    const leaders = new Set((await sql(`SELECT name FROM leader`)).map((l) => l.name));
    const texts = await sql(`SELECT code, title, summary FROM petition_case`);
    const secretStrings = new Set<string>([
      ...petitioners.map((p) => p.name).filter((n: string) => !leaders.has(n)),
      ...texts.flatMap((t) => [t.code, t.title, t.summary]),
    ]);
    const secretDigits = petitioners.flatMap((p) => [p.phone, api.idNumbers.decrypt(p.id_number)]);
    leak = (body) => {
      const json = JSON.stringify(body);
      const strings: string[] = [];
      JSON.parse(json, (_k, v) => (typeof v === 'string' && strings.push(v), v));
      return strings.find((s) => secretStrings.has(s)) ?? secretDigits.find((d) => json.includes(d)) ?? null;
    };
    expect(leak({ x: texts[0]!.title })).toBe(texts[0]!.title);
  }, 180_000);
  afterAll(async () => {
    await api?.stop();
    vi.useRealTimers();
  });

  const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions.code);

  it('has the small cells suppression is about (else this suite would prove nothing)', async () => {
    await at(MARCH);
    const w = wallPeriods(MARCH.today);
    const ytd = await truth.villageCounts(w.ytd);
    const small = [...ytd.values()].filter((n) => n > 0 && n < DISPLAY_MIN_CELL);
    expect(small.length).toBeGreaterThan(30);
    expect([...ytd.values()].filter((n) => n >= DISPLAY_MIN_CELL).length).toBeGreaterThan(10);
    const year = await truth.villageCounts(PAST_YEARS[0]!);
    expect([...year.values()].filter((n) => n > 0 && n < DISPLAY_MIN_CELL).length).toBeGreaterThan(10);
    // Townships with exactly one small cell: primary suppression alone would give it away.
    const lone = [...truth.townshipVillages].filter(
      ([, vs]) =>
        vs.filter((v) => (year.get(v) ?? 0) > 0 && (year.get(v) ?? 0) < DISPLAY_MIN_CELL).length === 1,
    );
    expect(lone.length).toBeGreaterThan(2);

    await at(FEBRUARY);
    const feb = wallPeriods(FEBRUARY.today).ytd;
    const loneKpi = await Promise.all(
      townships.map(async (t) => (await truth.kpis(feb, t)).timelyAcceptance.denominator as number),
    );
    expect(loneKpi.filter((d) => d > 0 && d < DISPLAY_MIN_CELL)).toHaveLength(1);

    await at(JANUARY);
    const early = await truth.villageCounts(wallPeriods(JANUARY.today).ytd);
    const perTownship = [...truth.townshipVillages.values()].map((vs) =>
      vs.reduce((n, v) => n + (early.get(v) ?? 0), 0),
    );
    expect(perTownship.some((n) => n > 0 && n < DISPLAY_MIN_CELL)).toBe(true);
    const kpis = await truth.kpis(wallPeriods(JANUARY.today).ytd, null);
    expect(Object.values(kpis).some((k: Data) => k.denominator > 0 && k.denominator < DISPLAY_MIN_CELL)).toBe(
      true,
    );
  });

  for (const instant of [MARCH, FEBRUARY, JANUARY]) {
    it(`every DISPLAY query of the catalogue at once gives no village, KPI or leader row of 1–2 away (${instant.today})`, async () => {
      await at(instant);
      const w = wallPeriods(instant.today);
      const asks = catalogue(w, townships);
      const answers: [Ask, Data][] = [];
      for (let i = 0; i < asks.length; i += 8) {
        const batch = asks.slice(i, i + 8);
        const got = await Promise.all(batch.map((a) => asWall(a)));
        got.forEach((r, j) => {
          expect(r.errors, `${batch[j]!.text} ${JSON.stringify(batch[j]!.variables)}`).toBeUndefined();
          expect(leak(r.data), batch[j]!.text).toBeNull();
          answers.push([batch[j]!, r.data!]);
        });
      }
      expect(await attack(answers, truth, w.ytd)).toEqual([]);
      // Withholding did happen, and beyond the cells under 3.
      const ytdVillages = answers.find(
        ([a]) => a.groupBy?.[0] === 'VILLAGE' && a.period === w.ytd && !a.township,
      )!;
      const real = await truth.villageCounts(w.ytd);
      const withheld = (ytdVillages[1].caseStats as Data[]).filter((b) => b.suppressed);
      expect(withheld.length).toBeGreaterThan(0);
      if (instant === MARCH)
        expect(withheld.some((b) => (real.get(b.villageCode) ?? 0) >= DISPLAY_MIN_CELL)).toBe(true);
    }, 300_000);

    it(`random sets of DISPLAY queries give nothing away, and every shape outside the catalogue is FORBIDDEN (${instant.today}, property)`, async () => {
      await at(instant);
      const w = wallPeriods(instant.today);
      const allowed = catalogue(w, townships);
      await fc.assert(
        fc.asyncProperty(
          fc.subarray(allowed, { minLength: 1, maxLength: 24 }),
          fc.array(outsideCatalogue(w, townships, villages), { minLength: 1, maxLength: 4 }),
          async (set, refused) => {
            const answers: [Ask, Data][] = [];
            for (const a of set) {
              const r = await asWall(a);
              expect(r.errors, `${a.text} ${JSON.stringify(a.variables)}`).toBeUndefined();
              expect(leak(r.data)).toBeNull();
              answers.push([a, r.data!]);
            }
            expect(await attack(answers, truth, w.ytd)).toEqual([]);
            for (const a of refused) {
              const r = await asWall(a);
              expect(codes(r), `${a.text} ${JSON.stringify(a.variables)}`).toContain('FORBIDDEN');
              if (a.root) expect(r.data ?? null, a.text).toBeNull();
              expect(leak(r.data)).toBeNull();
            }
          },
        ),
        { numRuns: 25, seed: 20220210 },
      );
    }, 300_000);
  }

  it('refuses the ticker paged by asOf, filtered by status, leader or KPI, or longer than the wall’s 20', async () => {
    await at(MARCH);
    const attacks = [
      `{ caseTicker(first: 20, filter: { asOf: "2022-01-15T00:00:00Z" }) { receivedAt } }`,
      `{ caseTicker(first: 20, filter: { statuses: [CLOSED] }) { receivedAt } }`,
      `{ caseTicker(first: 20, filter: { leaderIds: [1] }) { receivedAt } }`,
      `{ caseTicker(first: 20, filter: { kpi: SATISFACTION, kpiPart: NUMERATOR }) { receivedAt } }`,
      `{ caseTicker(first: 20, filter: { from: "2022-01-01", to: "2022-01-31" }) { receivedAt } }`,
      `{ caseTicker(first: 50) { receivedAt } }`,
    ];
    for (const query of attacks) {
      const answer = await api.graphqlAs<Data>(wall, query);
      expect(codes(answer), query).toEqual(['FORBIDDEN']);
      expect(answer.data, query).toBeNull();
      expect(answer.errors![0]!.message).toContain('caseTicker(first ≤ 20): no period');
    }
  });

  it('shows in the ticker the village of a case only where the wall shows that village’s count', async () => {
    await at(MARCH);
    const ytd = await truth.villageCounts(wallPeriods(MARCH.today).ytd);
    const all = await api.graphql<Data>(`{ caseTicker(first: 20) { village { code } } }`);
    const shown = await api.graphqlAs<Data>(
      wall,
      `{ caseTicker(first: 20) { receivedAt village { code } township { code } } }`,
    );
    expect(shown.errors).toBeUndefined();
    const entries = shown.data!.caseTicker as Data[];
    expect(entries).toHaveLength(20);
    // Some of the latest cases lie in villages of 1–2 cases this year: their village is withheld.
    const small = (all.data!.caseTicker as Data[]).filter(
      (e) => (ytd.get(e.village.code) ?? 0) < DISPLAY_MIN_CELL,
    );
    expect(small.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.village === null).length).toBeGreaterThanOrEqual(small.length);
    for (const e of entries)
      if (e.village) expect(ytd.get(e.village.code)).toBeGreaterThanOrEqual(DISPLAY_MIN_CELL);
  });

  it('refuses the satisfaction numerator and denominator by village or as a case list (the dissatisfied of a year)', async () => {
    await at(MARCH);
    for (const query of [
      `{ caseStats(filter: { kpi: SATISFACTION, from: "2021-01-01", to: "2021-12-31" }, groupBy: [VILLAGE]) { count } }`,
      `{ caseStats(filter: { from: "2021-01-01", to: "2021-12-31" }, groupBy: [VILLAGE]) { kpis { satisfaction { numerator denominator } } } }`,
      `{ cases(filter: { kpi: SATISFACTION, kpiPart: NUMERATOR }) { totalCount } }`,
      `{ caseTicker(first: 20, filter: { kpi: SATISFACTION, kpiPart: DENOMINATOR }) { village { code } } }`,
    ]) {
      const answer = await api.graphqlAs<Data>(wall, query);
      expect(codes(answer), query).toContain('FORBIDDEN');
      expect(JSON.stringify(answer.data ?? null), query).not.toMatch(/"(numerator|denominator)":[1-9]/);
    }
  });

  it('refuses two periods a day apart by village (1 January to today minus 1 January to yesterday)', async () => {
    await at(MARCH);
    const w = wallPeriods(MARCH.today);
    const today = await api.graphqlAs<Data>(
      wall,
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [VILLAGE]) { count } }`,
      { f: w.ytd },
    );
    expect(today.errors).toBeUndefined();
    for (const f of [
      { from: w.ytd.from, to: dayBefore(w.ytd.to) },
      w.today,
      { from: '2022-01-01', to: '2022-01-31' },
    ]) {
      const answer = await api.graphqlAs<Data>(
        wall,
        `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [VILLAGE]) { count } }`,
        { f },
      );
      expect(codes(answer), JSON.stringify(f)).toEqual(['FORBIDDEN']);
      expect(answer.errors![0]!.message).toContain(`the year to date (${w.ytd.from}…${w.ytd.to})`);
    }
  });

  it('hides a second village wherever a township total minus the others would give a lone small cell away', async () => {
    await at(MARCH);
    const year = PAST_YEARS[0]!;
    const real = await truth.villageCounts(year);
    const [township, inIt] = [...truth.townshipVillages].find(
      ([, vs]) =>
        vs.filter((v) => (real.get(v) ?? 0) > 0 && (real.get(v) ?? 0) < DISPLAY_MIN_CELL).length === 1,
    )!;
    const total = await api.graphqlAs<Data>(
      wall,
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: []) { count } }`,
      {
        f: { ...year, townshipCodes: [township] },
      },
    );
    const cells = await api.graphqlAs<Data>(
      wall,
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [VILLAGE]) { villageCode count suppressed } }`,
      {
        f: { ...year, townshipCodes: [township] },
      },
    );
    const buckets = cells.data!.caseStats as Data[];
    const withheld = buckets.filter((b) => b.suppressed);
    expect(withheld.length).toBeGreaterThanOrEqual(2);
    const rest =
      total.data!.caseStats[0].count - buckets.reduce((n: number, b: Data) => n + (b.count ?? 0), 0);
    // The remainder could be split in several ways, each withheld cell anywhere from 1 to 3 or more.
    expect(rest).toBeGreaterThanOrEqual(withheld.length + 2);
    expect(inIt.length).toBeGreaterThan(withheld.length);
    // The same cells are withheld when the whole district is asked.
    const district = await api.graphqlAs<Data>(
      wall,
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [VILLAGE]) { villageCode suppressed } }`,
      { f: year },
    );
    const again = (district.data!.caseStats as Data[]).filter(
      (b) => b.suppressed && inIt.includes(b.villageCode),
    );
    expect(again.map((b) => b.villageCode).sort()).toEqual(withheld.map((b) => b.villageCode).sort());
  });

  it('counts no accusation for DISPLAY, and refuses counts through case lists (Township.cases.totalCount …)', async () => {
    await at(MARCH);
    const w = wallPeriods(MARCH.today);
    const accusations = await api.graphql<Data>(
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: []) { count } }`,
      {
        f: { ...w.ytd, matterTypes: [MatterType.ACCUSATION] },
      },
    );
    expect(accusations.data!.caseStats[0].count).toBeGreaterThan(0);
    const others = [...(await truth.villageCounts(w.ytd)).values()].reduce((n, c) => n + c, 0);
    const total = await api.graphqlAs<Data>(
      wall,
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: []) { count } }`,
      { f: w.ytd },
    );
    expect(total.data!.caseStats[0].count).toBe(others);
    const byTownship = await api.graphqlAs<Data>(
      wall,
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [TOWNSHIP]) { count } }`,
      { f: w.ytd },
    );
    expect((byTownship.data!.caseStats as Data[]).reduce((n, b) => n + b.count, 0)).toBe(others);
    const nested = await api.graphqlAs<Data>(
      wall,
      `{ township(code: "${townships[0]}") { cases { totalCount } } }`,
    );
    expect(codes(nested)).toEqual(['FORBIDDEN']);
    const own = await api.graphqlAs<Data>(
      wall,
      `{ caseStats(filter: { matterTypes: [ACCUSATION], from: "2021-01-01", to: "2021-12-31" }, groupBy: [TOWNSHIP]) { count } }`,
    );
    expect(codes(own)).toEqual(['FORBIDDEN']);
  });

  it('withholds KPIs and leader rows over 1–2 cases early in January, and their complements', async () => {
    await at(JANUARY);
    const w = wallPeriods(JANUARY.today);
    const district = await api.graphqlAs<Data>(
      wall,
      ask.kpis(w.ytd, null).text,
      ask.kpis(w.ytd, null).variables,
    );
    const real = await truth.kpis(w.ytd, null);
    for (const [name, value] of Object.entries(real as Data)) {
      if (value.denominator > 0 && value.denominator < DISPLAY_MIN_CELL)
        expect(district.data!.kpis[name], name).toEqual({ numerator: 0, denominator: 0, rate: null });
    }
    const rows = await api.graphqlAs<Data>(
      wall,
      ask.leaderWorkloads(w.ytd, null).text,
      ask.leaderWorkloads(w.ytd, null).variables,
    );
    const full = await api.graphql<Data>(
      `query($f: CaseFilter) { leaderWorkloads(filter: $f) { leader { id } owned } }`,
      {
        f: { ...w.ytd, matterTypes: NOT_ACCUSATIONS },
      },
    );
    const smallLeaders = (full.data!.leaderWorkloads as Data[]).filter(
      (r) => r.owned > 0 && r.owned < DISPLAY_MIN_CELL,
    );
    expect(smallLeaders.length).toBeGreaterThan(0);
    for (const r of smallLeaders) {
      const shown = (rows.data!.leaderWorkloads as Data[]).find((x) => x.leader.id === r.leader.id)!;
      expect([shown.owned, shown.open, shown.closed, shown.overdue]).toEqual([0, 0, 0, 0]);
    }
  });

  it('withholds a leader’s row of 1 case in one township and, to protect it, their row of 3 in another', async () => {
    await at(MARCH);
    const w = wallPeriods(MARCH.today);
    const [first, second] = spreadLeader.townships;
    const row = async (township: string | null) => {
      const a = ask.leaderWorkloads(w.ytd, township);
      const answer = await api.graphqlAs<Data>(wall, a.text, a.variables);
      return (answer.data!.leaderWorkloads as Data[]).find((r) => r.leader.id === String(spreadLeader.id))!;
    };
    expect((await row(null)).owned).toBe(4);
    expect((await row(first!)).owned).toBe(0);
    expect((await row(second!)).owned).toBe(0);
    const real = await api.graphql<Data>(`query($f: CaseFilter) { leaderWorkloads(filter: $f) { owned } }`, {
      f: { ...w.ytd, townshipCodes: [first], leaderIds: [spreadLeader.id] },
    });
    expect(real.data!.leaderWorkloads[0].owned).toBe(3);
  });

  it('gives a township’s own wall the very cells the district’s wall shows for that township', async () => {
    for (const instant of [MARCH, FEBRUARY]) {
      await at(instant);
      const w = wallPeriods(instant.today);
      for (const township of townships) {
        const own = await api.headersOf(`wall-${township}`);
        for (const make of [
          (t: string | null) => ask.caseStats(w.ytd, t, ['VILLAGE']),
          (t: string | null) => ask.caseStats(PAST_YEARS[0]!, t, ['VILLAGE']),
          (t: string | null) => ask.kpis(w.ytd, t),
          (t: string | null) => ask.leaderWorkloads(w.ytd, t),
        ]) {
          const district = await asWall(make(township));
          const mine = await asWall(make(null), own);
          expect(district.errors).toBeUndefined();
          expect(mine.data, `${township} ${make(null).text}`).toEqual(district.data);
          // …and nothing of another township.
          const other = townships.find((t) => t !== township)!;
          const elsewhere = await asWall(make(other), own);
          expect(JSON.stringify(elsewhere.data)).not.toMatch(/"(count|owned|denominator)":[1-9]/);
        }
      }
    }
  }, 120_000);

  it('refuses every aggregate to a wall account scoped to one village', async () => {
    await at(MARCH);
    const headers = await api.headersOf('wall-village');
    const w = wallPeriods(MARCH.today);
    for (const a of [
      ask.caseStats(w.ytd, null, []),
      ask.kpis(w.ytd, null),
      ask.caseTicker(20, null),
      ask.warningCounts(null),
    ]) {
      const answer = await api.graphqlAs<Data>(headers, a.text, a.variables);
      expect(codes(answer), a.text).toEqual(['FORBIDDEN']);
      expect(answer.errors![0]!.message).toContain('scoped to one village');
    }
  });

  it('keeps village and category off the wall’s change notices', () => {
    for (const field of ['village', 'category'])
      expect(ruleOf('ChangeNotice', field)!.roles).not.toContain(Role.DISPLAY);
    for (const field of ['at', 'event', 'township'])
      expect(ruleOf('ChangeNotice', field)!.roles).toContain(Role.DISPLAY);
  });

  it('answers every query the wall sends (@lianxin/operations Wall*.graphql), with the wall’s variables, for the district and each township', async () => {
    const queries = readOperations().filter((op) => op.name.startsWith('Wall') && op.kind === 'query');
    expect(queries.map((q) => q.name).sort()).toEqual([
      'WallLeaders',
      'WallOverview',
      'WallReference',
      'WallTicker',
      'WallVillages',
    ]);
    for (const instant of [MARCH, FEBRUARY, JANUARY]) {
      await at(instant);
      const p = wallPeriods(instant.today);
      for (const township of [null, ...townships]) {
        // As the wall builds them (scoped() in the dashboard's src/wall/data.ts: the wall's own township).
        const scoped = (f: object) => (township ? { ...f, townshipCodes: [township] } : f);
        const variables: Record<string, Record<string, unknown>> = {
          WallOverview: {
            ytd: scoped(p.ytd),
            lastYear: scoped(p.lastYear),
            today: scoped(p.today),
            month: scoped(p.month),
            trend: scoped(p.trend),
            open: scoped({}),
          },
          WallTicker: { first: 20, filter: scoped({}) },
          WallLeaders: { filter: scoped(p.ytd) },
          WallVillages: { filter: scoped(p.ytd) },
          WallReference: {},
        };
        for (const op of queries) {
          const answer = await api.graphqlAs<Data>(wall, op.document, variables[op.name]);
          expect(answer.errors, `${op.name} ${instant.today} ${township}`).toBeUndefined();
          expect(leak(answer.data), op.name).toBeNull();
        }
      }
    }
  }, 120_000);
});
