// The GraphQL API's figures over the default seed, read as an administrator: the KPIs of 2023 exactly as
// the event log gives them, the cases behind a KPI's parts, pivot buckets and village rows that add up
// to their totals, and the article's 2023 figures. The other reads: graphql.reads.integration.test.ts.
import { expect, it } from 'vitest';
import { ARTICLE_2023 } from '@lianxin/seed';
import { computeKpisFromEvents, FIELD_VISIT_KINDS, KpiCode } from '@lianxin/domain';
import { KPI_FIELDS as KPI_NAME } from './modules/stats/stats.service.js';
import { describeEachDatabase } from './test/databases.js';
import { AS_OF, graphqlSuite, MALIANQU, sumParts, YEAR } from './test/graphql.fixtures.js';
import {
  KPI_FIELDS,
  KPI_SELECTION,
  localDay,
  ms,
  rawCases,
  readTimelines,
  referenceKpis,
  type KpiSet,
} from './test/reference-kpis.js';

describeEachDatabase('GraphQL API', (dialect) => {
  const suite = graphqlSuite(dialect);
  const { ok } = suite;

  it('computes the KPIs of 2023 exactly as the event log gives them, closed months as known at their close', async () => {
    const { kpis } = await ok<{ kpis: KpiSet }>(
      `query ($f: CaseFilter) { kpis(filter: $f) ${KPI_SELECTION} }`,
      {
        f: YEAR,
      },
    );
    const reference = computeKpisFromEvents(
      await readTimelines(suite.api.dataSource),
      { from: YEAR.from, to: YEAR.to },
      new Date(AS_OF),
    );
    for (const code of Object.values(KpiCode)) {
      const { numerator, denominator } = reference[code];
      expect(kpis[KPI_NAME[code]], code).toMatchObject({ numerator, denominator });
    }
    expect(kpis.repeatRate.denominator).toBe(3500);
    // By 2024-06-30 every month of 2023 has closed: the year reads as its months were known then, which
    // for measures that settle at once (not 包案化解率, judged 4 months on) equals the rows of today.
    const today = referenceKpis(await rawCases(suite.api.dataSource), '2023', Date.parse(AS_OF)).total.kpis;
    for (const field of ['timelyAcceptance', 'onTimeClosure', 'satisfaction', 'repeatRate'] as const)
      expect(kpis[field], field).toEqual(today[field]);
  });

  it('lists exactly the cases behind a KPI numerator and denominator', async () => {
    const { kpis, den, num } = await ok<{
      kpis: KpiSet;
      den: { totalCount: number };
      num: { totalCount: number };
    }>(
      `query ($f: CaseFilter) {
      kpis(filter: $f) { onTimeClosure { numerator denominator } }
      den: cases(filter: { from: "2023-01-01", to: "2023-12-31", asOf: "${AS_OF}", kpi: ON_TIME_CLOSURE, kpiPart: DENOMINATOR }) { totalCount }
      num: cases(filter: { from: "2023-01-01", to: "2023-12-31", asOf: "${AS_OF}", kpi: ON_TIME_CLOSURE, kpiPart: NUMERATOR }) { totalCount }
    }`,
      { f: YEAR },
    );
    expect(den.totalCount).toBe(kpis.onTimeClosure.denominator);
    expect(num.totalCount).toBe(kpis.onTimeClosure.numerator);
  });

  it('has pivot buckets that add up to the totals, by category and by month', async () => {
    type Bucket = { count: number; kpis: KpiSet };
    const data = await ok<{ kpis: KpiSet; byCategory: Bucket[]; byMonth: (Bucket & { period: string })[] }>(
      `query ($f: CaseFilter) {
        kpis(filter: $f) ${KPI_SELECTION}
        byCategory: caseStats(filter: $f, groupBy: [CATEGORY]) { count kpis ${KPI_SELECTION} }
        byMonth: caseStats(filter: $f, groupBy: [MONTH]) { period count kpis ${KPI_SELECTION} }
      }`,
      { f: YEAR },
    );
    for (const buckets of [data.byCategory, data.byMonth]) {
      expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(data.kpis.repeatRate.denominator);
      for (const field of KPI_FIELDS) {
        expect(sumParts(buckets, field), field).toEqual([
          data.kpis[field].numerator,
          data.kpis[field].denominator,
        ]);
      }
    }
    expect(data.byMonth.map((b) => b.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}-01`),
    );
  });

  it('has the village rows of each township adding up to the township row', async () => {
    type Bucket = { townshipCode: string; villageCode: string | null; count: number; kpis: KpiSet };
    const data = await ok<{ townships: Bucket[]; villages: Bucket[] }>(
      `query ($f: CaseFilter) {
        townships: caseStats(filter: $f, groupBy: [TOWNSHIP]) { townshipCode villageCode count kpis ${KPI_SELECTION} }
        villages: caseStats(filter: $f, groupBy: [TOWNSHIP, VILLAGE]) { townshipCode villageCode count kpis ${KPI_SELECTION} }
      }`,
      { f: YEAR },
    );
    expect(data.townships).toHaveLength(13);
    for (const township of data.townships) {
      const villages = data.villages.filter((v) => v.townshipCode === township.townshipCode);
      expect(villages.reduce((n, v) => n + v.count, 0)).toBe(township.count);
      for (const field of KPI_FIELDS) {
        expect(sumParts(villages, field)).toEqual([
          township.kpis[field].numerator,
          township.kpis[field].denominator,
        ]);
      }
    }
  });

  it("reads the article's 2023 figures back through the API", async () => {
    const { county, secretary } = await ok<{ county: { id: string }[]; secretary: { id: string }[] }>(`{
      county: leaders(filter: { ranks: [COUNTY] }) { id }
      secretary: leaders(filter: { posts: [PARTY_SECRETARY] }) { id }
    }`);
    const data = await ok<{
      owned: { totalCount: number };
      workloads: {
        leader: { rank: string; post: string };
        instructions: number;
        visits: { kind: string; count: number }[];
      }[];
      shade: { village: { name: string } }[];
    }>(
      `query ($county: [Int!], $malianqu: String!) {
        owned: cases(filter: { from: "2023-01-01", to: "2023-12-31", leaderIds: $county }) { totalCount }
        workloads: leaderWorkloads(filter: { from: "2023-01-01", to: "2023-12-31", leaderIds: $county }) {
          leader { rank post } instructions visits { kind count }
        }
        shade: caseStats(filter: { from: "2023-01-01", to: "2023-12-31", categoryCodes: ["TREE_SHADING"], townshipCodes: [$malianqu] }, groupBy: [VILLAGE]) {
          village { name }
        }
      }`,
      { county: county.map((l) => Number(l.id)), malianqu: MALIANQU },
    );
    expect(data.owned.totalCount).toBe(ARTICLE_2023.countyLeaderCases);
    expect(data.workloads.find((w) => w.leader.post === 'PARTY_SECRETARY')?.instructions).toBe(
      ARTICLE_2023.secretaryInstructions,
    );
    expect(secretary).toHaveLength(1);
    const fieldVisits = data.workloads
      .flatMap((w) => w.visits)
      .filter((v) => (FIELD_VISIT_KINDS as readonly string[]).includes(v.kind))
      .reduce((n, v) => n + v.count, 0);
    expect(fieldVisits).toBe(ARTICLE_2023.fieldVisits);
    expect(fieldVisits).toBeGreaterThanOrEqual(ARTICLE_2023.fieldVisitsMin);
    expect(fieldVisits).toBeLessThanOrEqual(ARTICLE_2023.fieldVisitsMax);
    expect(data.shade).toHaveLength(ARTICLE_2023.treeShadingVillagesInMalianqu);
    expect(data.shade.map((b) => b.village.name)).toContain('陈木闸村');
  });

  it("counts a leader's cases in one cohort: closed in time ≤ closed ≤ owned, each as the cases give it", async () => {
    type Row = { leader: { id: string }; owned: number; open: number; closed: number; closedInTime: number };
    const { workloads } = await ok<{ workloads: Row[] }>(
      `{ workloads: leaderWorkloads(filter: { from: "2023-01-01", to: "2023-12-31" }) {
          leader { id } owned open closed closedInTime } }`,
    );
    const expected = new Map<number, { owned: number; closed: number; closedInTime: number }>();
    for (const r of await rawCases(suite.api.dataSource)) {
      if (r.leader_id === null || localDay(ms(r.received_at)!).slice(0, 4) !== '2023') continue;
      const e = expected.get(Number(r.leader_id)) ?? { owned: 0, closed: 0, closedInTime: 0 };
      e.owned += 1;
      if (r.status === 'CLOSED') {
        e.closed += 1;
        const handled = ms(r.replied_at) ?? ms(r.closed_at);
        if (handled !== null && handled <= ms(r.due_at)!) e.closedInTime += 1;
      }
      expected.set(Number(r.leader_id), e);
    }
    expect([...expected.values()].some((e) => e.closedInTime > 0 && e.closedInTime < e.closed)).toBe(true);
    for (const w of workloads) {
      const e = expected.get(Number(w.leader.id)) ?? { owned: 0, closed: 0, closedInTime: 0 };
      expect({ owned: w.owned, closed: w.closed, closedInTime: w.closedInTime }, w.leader.id).toEqual(e);
      expect(w.open + w.closed).toBeLessThanOrEqual(w.owned);
    }
  });
  it('runs only the workload statements the fields ask for, with the same numbers', async () => {
    type Row = { leader: { id: string }; owned: number; instructions: number; visits: { count: number }[] };
    const all = `leader { id } owned open closed closedInTime overdue closedOnTime { numerator }
      resolution { numerator } instructions visits { kind count }`;
    const ask = async (fields: string) => {
      const before = suite.api.counter.statements.length;
      const { workloads } = await ok<{ workloads: Row[] }>(
        `{ workloads: leaderWorkloads(filter: { from: "2023-01-01", to: "2023-12-31" }) { ${fields} } }`,
      );
      const grouped = suite.api.counter.statements.slice(before).filter((sql) => /GROUP BY/i.test(sql));
      return { workloads, grouped: grouped.length };
    };
    const full = await ask(all);
    const events = await ask('leader { id } owned instructions visits { kind count }');
    // Cases (always: the rows are ordered by them) and events, not the KPIs' statement (one for both
    // resolution and due dates, from the leader rollup).
    expect([full.grouped, events.grouped]).toEqual([3, 2]);
    expect(events.workloads.map((w) => [w.leader.id, w.owned, w.instructions, w.visits])).toEqual(
      full.workloads.map((w) => [w.leader.id, w.owned, w.instructions, w.visits]),
    );
  });
});
