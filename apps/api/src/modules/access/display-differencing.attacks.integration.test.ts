// The wall screen account (DISPLAY) learns only what the wall shows (DESIGN.md "Trust"; issue 11,
// finding 8): the attacks performed and refused one by one — differencing two periods, the ticker as a
// case list, KPIs and leader rows over 1–2 cases, a township's or a village's own wall account. The
// defence of the class, a property test: display-differencing.integration.test.ts (whose header tells
// the instants and the seed); the setup: test/display-differencing.fixtures.ts.
import { expect, it } from 'vitest';
import { addLocalMonths, MatterType, Role, wallPeriods } from '@lianxin/domain';
import { readOperations } from '@lianxin/operations';
import { describeEachDatabase } from '../../test/databases.js';
import {
  ask,
  codes,
  dayBefore,
  displaySuite,
  FEBRUARY,
  JANUARY,
  MARCH,
  NOT_ACCUSATIONS,
  PAST_YEARS,
  type Data,
} from '../../test/display-differencing.fixtures.js';
import { DISPLAY_MIN_CELL } from './access-policy.js';
import { ruleOf } from './field-rules.js';

describeEachDatabase('DISPLAY learns only what the wall shows: the attacks', (dialect) => {
  const suite = displaySuite(dialect);
  const { at, asWall } = suite;

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
      const answer = await suite.api.graphqlAs<Data>(suite.wall, query);
      expect(codes(answer), query).toEqual(['FORBIDDEN']);
      expect(answer.data, query).toBeNull();
      expect(answer.errors![0]!.message).toContain('caseTicker(first ≤ 20): no period');
    }
  });

  it('shows in the ticker the village of a case only where the wall shows that village’s count', async () => {
    await at(MARCH);
    const ytd = await suite.truth.villageCounts(wallPeriods(MARCH.today).ytd);
    const all = await suite.api.graphql<Data>(`{ caseTicker(first: 20) { village { code } } }`);
    const shown = await suite.api.graphqlAs<Data>(
      suite.wall,
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
      const answer = await suite.api.graphqlAs<Data>(suite.wall, query);
      expect(codes(answer), query).toContain('FORBIDDEN');
      expect(JSON.stringify(answer.data ?? null), query).not.toMatch(/"(numerator|denominator)":[1-9]/);
    }
  });

  it('refuses two periods a day apart by village (1 January to today minus 1 January to yesterday)', async () => {
    await at(MARCH);
    const w = wallPeriods(MARCH.today);
    const today = await suite.api.graphqlAs<Data>(
      suite.wall,
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [VILLAGE]) { count } }`,
      { f: w.ytd },
    );
    expect(today.errors).toBeUndefined();
    for (const f of [
      { from: w.ytd.from, to: dayBefore(w.ytd.to) },
      w.today,
      { from: '2022-01-01', to: '2022-01-31' },
    ]) {
      const answer = await suite.api.graphqlAs<Data>(
        suite.wall,
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
    const real = await suite.truth.villageCounts(year);
    const [township, inIt] = [...suite.truth.townshipVillages].find(
      ([, vs]) =>
        vs.filter((v) => (real.get(v) ?? 0) > 0 && (real.get(v) ?? 0) < DISPLAY_MIN_CELL).length === 1,
    )!;
    const total = await suite.api.graphqlAs<Data>(
      suite.wall,
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: []) { count } }`,
      {
        f: { ...year, townshipCodes: [township] },
      },
    );
    const cells = await suite.api.graphqlAs<Data>(
      suite.wall,
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
    const district = await suite.api.graphqlAs<Data>(
      suite.wall,
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
    const accusations = await suite.api.graphql<Data>(
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: []) { count } }`,
      {
        f: { ...w.ytd, matterTypes: [MatterType.ACCUSATION] },
      },
    );
    expect(accusations.data!.caseStats[0].count).toBeGreaterThan(0);
    const others = [...(await suite.truth.villageCounts(w.ytd)).values()].reduce((n, c) => n + c, 0);
    const total = await suite.api.graphqlAs<Data>(
      suite.wall,
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: []) { count } }`,
      { f: w.ytd },
    );
    expect(total.data!.caseStats[0].count).toBe(others);
    const byTownship = await suite.api.graphqlAs<Data>(
      suite.wall,
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [TOWNSHIP]) { count } }`,
      { f: w.ytd },
    );
    expect((byTownship.data!.caseStats as Data[]).reduce((n, b) => n + b.count, 0)).toBe(others);
    const nested = await suite.api.graphqlAs<Data>(
      suite.wall,
      `{ township(code: "${suite.townships[0]}") { cases { totalCount } } }`,
    );
    expect(codes(nested)).toEqual(['FORBIDDEN']);
    const own = await suite.api.graphqlAs<Data>(
      suite.wall,
      `{ caseStats(filter: { matterTypes: [ACCUSATION], from: "2021-01-01", to: "2021-12-31" }, groupBy: [TOWNSHIP]) { count } }`,
    );
    expect(codes(own)).toEqual(['FORBIDDEN']);
  });

  it('withholds KPIs and leader rows over 1–2 cases early in January, and their complements', async () => {
    await at(JANUARY);
    const w = wallPeriods(JANUARY.today);
    const district = await suite.api.graphqlAs<Data>(
      suite.wall,
      ask.kpis(w.ytd, null).text,
      ask.kpis(w.ytd, null).variables,
    );
    const real = await suite.truth.kpis(w.ytd, null);
    for (const [name, value] of Object.entries(real as Data)) {
      if (value.denominator > 0 && value.denominator < DISPLAY_MIN_CELL)
        expect(district.data!.kpis[name], name).toEqual({ numerator: 0, denominator: 0, rate: null });
    }
    const rows = await suite.api.graphqlAs<Data>(
      suite.wall,
      ask.leaderWorkloads(w.ytd, null).text,
      ask.leaderWorkloads(w.ytd, null).variables,
    );
    const full = await suite.api.graphql<Data>(
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
    const [first, second] = suite.spreadLeader.townships;
    const row = async (township: string | null) => {
      const a = ask.leaderWorkloads(w.ytd, township);
      const answer = await suite.api.graphqlAs<Data>(suite.wall, a.text, a.variables);
      return (answer.data!.leaderWorkloads as Data[]).find(
        (r) => r.leader.id === String(suite.spreadLeader.id),
      )!;
    };
    expect((await row(null)).owned).toBe(4);
    expect((await row(first!)).owned).toBe(0);
    expect((await row(second!)).owned).toBe(0);
    const real = await suite.api.graphql<Data>(
      `query($f: CaseFilter) { leaderWorkloads(filter: $f) { owned } }`,
      {
        f: { ...w.ytd, townshipCodes: [first], leaderIds: [suite.spreadLeader.id] },
      },
    );
    expect(real.data!.leaderWorkloads[0].owned).toBe(3);
  });

  it('gives a township’s own wall the very cells the district’s wall shows for that township', async () => {
    for (const instant of [MARCH, FEBRUARY]) {
      await at(instant);
      const w = wallPeriods(instant.today);
      for (const township of suite.townships) {
        const own = await suite.api.headersOf(`wall-${township}`);
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
          const other = suite.townships.find((t) => t !== township)!;
          const elsewhere = await asWall(make(other), own);
          expect(JSON.stringify(elsewhere.data)).not.toMatch(/"(count|owned|denominator)":[1-9]/);
        }
      }
    }
  }, 120_000);

  it('refuses every aggregate to a wall account scoped to one village', async () => {
    await at(MARCH);
    const headers = await suite.api.headersOf('wall-village');
    const w = wallPeriods(MARCH.today);
    for (const a of [
      ask.caseStats(w.ytd, null, []),
      ask.kpis(w.ytd, null),
      ask.caseTicker(20, null),
      ask.warningCounts(null),
    ]) {
      const answer = await suite.api.graphqlAs<Data>(headers, a.text, a.variables);
      expect(codes(answer), a.text).toEqual(['FORBIDDEN']);
      expect(answer.errors![0]!.message).toContain('scoped to one village');
    }
  });

  it('refuses the wall’s early-warning page widened to villages or to an alert’s numbers (WallEarlyWarnings)', async () => {
    await at(MARCH);
    const month = MARCH.today.slice(0, 7);
    const village = suite.villages[0]!;
    for (const [query, variables] of [
      [
        `query($f: EarlyWarningFilter) { earlyWarningCounts(filter: $f) { red yellow } }`,
        { f: { scope: 'VILLAGE', from: month, to: month } },
      ],
      [
        `query($f: EarlyWarningFilter) { earlyWarnings(filter: $f, first: 10) { edges { node { id } } } }`,
        { f: { villageCode: village, from: month, to: month } },
      ],
      [
        `query($f: EarlyWarningFilter) { earlyWarnings(filter: $f, first: 10) { edges { node { observed expected village { code } } } } }`,
        { f: { scope: 'TOWNSHIP', from: month, to: month } },
      ],
      [
        `query($f: EarlyWarningFilter) { earlyWarnings(filter: $f, first: 10) { edges { node { series { observed } } } } }`,
        { f: { scope: 'TOWNSHIP', from: month, to: month } },
      ],
    ] as const) {
      const answer = await suite.api.graphqlAs<Data>(suite.wall, query, variables);
      expect(codes(answer), query).toContain('FORBIDDEN');
      expect(JSON.stringify(answer.data ?? null), query).not.toMatch(/"(observed|expected|village)"/);
    }
    for (const field of ['village', 'observed', 'expected', 'series'])
      expect(ruleOf('EarlyWarning', field)!.roles).not.toContain(Role.DISPLAY);
    expect(ruleOf('EarlyWarningNotice', 'village')!.roles).not.toContain(Role.DISPLAY);
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
      'WallBoundaries',
      'WallEarlyWarnings',
      'WallLeaders',
      'WallOverview',
      'WallReference',
      'WallTicker',
      'WallVillages',
    ]);
    for (const instant of [MARCH, FEBRUARY, JANUARY]) {
      await at(instant);
      const p = wallPeriods(instant.today);
      for (const township of [null, ...suite.townships]) {
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
          WallBoundaries: {},
          // As src/transforms/wallAlerts.ts wallAlertVariables builds them.
          WallEarlyWarnings: (() => {
            const [thisMonth, lastMonth, monthBefore] = [0, -1, -2].map((n) =>
              addLocalMonths(instant.today, n).slice(0, 7),
            ) as [string, string, string];
            const cells = (from: string, to: string) => ({
              scope: 'TOWNSHIP',
              from,
              to,
              ...(township ? { townshipCode: township } : {}),
            });
            return {
              thisMonth: cells(thisMonth, thisMonth),
              lastMonth: cells(lastMonth, lastMonth),
              monthBefore: cells(monthBefore, monthBefore),
              recent: cells(monthBefore, thisMonth),
              first: 10,
            };
          })(),
        };
        for (const op of queries) {
          const answer = await suite.api.graphqlAs<Data>(suite.wall, op.document, variables[op.name]);
          expect(answer.errors, `${op.name} ${instant.today} ${township}`).toBeUndefined();
          expect(suite.leak(answer.data), op.name).toBeNull();
        }
      }
    }
  }, 120_000);
});
