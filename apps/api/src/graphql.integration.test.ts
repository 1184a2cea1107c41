import { afterAll, beforeAll, expect, it } from 'vitest';
import { ARTICLE_2023, type SeedOptions } from '@lianxin/seed';
import { computeKpisFromEvents, KpiCode } from '@lianxin/domain';
import { KPI_FIELDS as KPI_NAME } from './modules/stats/stats.service.js';
import { describeEachDatabase } from './test/databases.js';
import { startTestApi, type TestApi } from './test/api.js';
import {
  KPI_FIELDS,
  KPI_SELECTION,
  rawCases,
  readTimelines,
  referenceKpis,
  type KpiField,
  type KpiSet,
} from './test/reference-kpis.js';

// The default seed with a fixed end: 2021-01-01 … 2024-06-30, the article's 2023 inside.
const SEED: SeedOptions = { until: '2024-06-30' };
const AS_OF = '2024-06-30T23:59:59.999+08:00';
const YEAR = { from: '2023-01-01', to: '2023-12-31', asOf: AS_OF };
const MALIANQU = '640302202000';

function sumParts(buckets: { kpis: KpiSet }[], field: KpiField): [number, number] {
  return buckets.reduce<[number, number]>(
    ([n, d], b) => [n + b.kpis[field].numerator, d + b.kpis[field].denominator],
    [0, 0],
  );
}

describeEachDatabase('GraphQL API', (dialect) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await api.graphql<T>(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.status).toBe(200);
    return response.data!;
  }

  it('answers every reference query with its relations both ways', async () => {
    const data = await ok<{
      townships: { code: string; villages: { code: string; township: { code: string } }[] }[];
      categories: { code: string; nameZh: string }[];
      units: { id: string; name: string }[];
      leaders: { id: string; unit: { name: string } | null; township: { name: string } | null }[];
    }>(`{
      townships { code villages { code township { code } } }
      categories { code nameZh }
      units { id name }
      leaders { id unit { name } township { name } }
    }`);
    expect(data.townships).toHaveLength(13);
    for (const t of data.townships) for (const v of t.villages) expect(v.township.code).toBe(t.code);
    expect(data.categories.map((c) => c.code)).toContain('TREE_SHADING');
    expect(data.categories.find((c) => c.code === 'IRRIGATION')?.nameZh).toBe('灌溉用水');
    expect(data.units.length).toBeGreaterThanOrEqual(20);
    expect(data.leaders.length).toBeGreaterThanOrEqual(55);

    const one = await ok<{
      township: { name: string };
      villages: { name: string }[];
      village: { name: string; township: { name: string } };
      leader: { name: string };
    }>(
      `query ($t: String!, $v: String!, $l: ID!) {
        township(code: $t) { name } villages(townshipCode: $t) { name }
        village(code: $v) { name township { name } } leader(id: $l) { name }
      }`,
      {
        t: MALIANQU,
        v: data.townships.find((t) => t.code === MALIANQU)!.villages[0]!.code,
        l: data.leaders[0]!.id,
      },
    );
    expect(one.township.name).toBe('马莲渠乡');
    expect(one.villages.map((v) => v.name)).toContain('陈木闸村');
    expect(one.village.township.name).toBe('马莲渠乡');
  });

  it('returns a case by id and by code with its timeline, deadlines and relations', async () => {
    const { cases } = await ok<{ cases: { edges: { node: { id: string; code: string } }[] } }>(
      `{ cases(filter: { from: "2023-07-01", to: "2023-07-31", categoryCodes: ["IRRIGATION"], text: "吴家沟村" }, first: 5) { edges { node { id code } } } }`,
    );
    expect(cases.edges.length).toBeGreaterThan(0);
    const { id, code } = cases.edges[0]!.node;
    const data = await ok<{
      case: {
        code: string;
        events: { type: string; at: string }[];
        deadlines: { kind: string; state: string }[];
      };
      caseByCode: {
        id: string;
        village: { name: string };
        township: { name: string };
        petitioners: { name: string }[];
      };
    }>(
      `query ($id: ID!, $code: String!) {
        case(id: $id) { code events { type at } deadlines(asOf: "${AS_OF}") { kind state } }
        caseByCode(code: $code) { id village { name } township { name } petitioners { name } }
      }`,
      { id, code },
    );
    expect(data.case.code).toBe(code);
    expect(data.caseByCode.id).toBe(id);
    expect(data.caseByCode.village.name).toBe('吴家沟村');
    expect(data.caseByCode.township.name).toBe('扁担沟镇');
    expect(data.case.events[0]!.type).toBe('REGISTERED');
    const times = data.case.events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(data.case.deadlines.map((d) => d.kind).slice(0, 2)).toEqual(['REGISTRATION', 'ACCEPTANCE']);
    // In full for an administrator (the access-control suites check masking by role).
    for (const p of data.caseByCode.petitioners) expect(p.name).toMatch(/^\p{Script=Han}{2,4}$/u);
  });

  it('computes the KPIs of 2023 exactly as the event log gives them, closed months as known at their close', async () => {
    const { kpis } = await ok<{ kpis: KpiSet }>(
      `query ($f: CaseFilter) { kpis(filter: $f) ${KPI_SELECTION} }`,
      {
        f: YEAR,
      },
    );
    const reference = computeKpisFromEvents(
      await readTimelines(api.dataSource),
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
    const today = referenceKpis(await rawCases(api.dataSource), '2023', Date.parse(AS_OF)).total.kpis;
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

  it('walks every case exactly once under each sort order', async () => {
    const filter = { townshipCodes: [MALIANQU], from: '2023-01-01', to: '2023-12-31' };
    const expected: { id: number }[] = await api.dataSource.query(
      `SELECT id FROM petition_case WHERE township_code = '${MALIANQU}'
         AND received_on >= '2023-01-01' AND received_on <= '2023-12-31'`,
    );
    expect(expected.length).toBeGreaterThan(100);
    for (const field of ['ID', 'CODE', 'RECEIVED_AT', 'DUE_AT', 'CURRENT_DUE_AT']) {
      for (const direction of ['ASC', 'DESC']) {
        const seen: string[] = [];
        let after: string | null = null;
        let total = 0;
        for (let page = 0; page < 50; page++) {
          const {
            cases,
          }: {
            cases: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: { node: { id: string } }[];
            };
          } = await ok(
            `query ($f: CaseFilter, $o: CaseOrder, $after: String) {
                cases(filter: $f, orderBy: $o, first: 37, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
                }
              }`,
            { f: filter, o: { field, direction }, after },
          );
          total = cases.totalCount;
          seen.push(...cases.edges.map((e) => e.node.id));
          if (!cases.pageInfo.hasNextPage) break;
          after = cases.pageInfo.endCursor;
        }
        expect(new Set(seen).size, `${field} ${direction}`).toBe(seen.length);
        expect(seen.map(Number).sort((a, b) => a - b)).toEqual(
          expected.map((r) => Number(r.id)).sort((a, b) => a - b),
        );
        expect(total).toBe(expected.length);
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
      .filter((v) => ['APPOINTMENT', 'HOME_VISIT', 'FOLLOW_UP'].includes(v.kind))
      .reduce((n, v) => n + v.count, 0);
    expect(fieldVisits).toBeGreaterThanOrEqual(ARTICLE_2023.fieldVisitsMin);
    expect(fieldVisits).toBeLessThanOrEqual(ARTICLE_2023.fieldVisitsMax);
    expect(data.shade).toHaveLength(ARTICLE_2023.treeShadingVillagesInMalianqu);
    expect(data.shade.map((b) => b.village.name)).toContain('陈木闸村');
  });

  it('lists warnings most urgent first, red before its due date has passed never', async () => {
    const { warnings } = await ok<{
      warnings: { level: string; dueAt: string; daysLeft: number; case: { status: string } }[];
    }>(
      `{ warnings(asOf: "2024-06-30T12:00:00+08:00", first: 200) { level dueAt daysLeft case { status } } }`,
    );
    expect(warnings.length).toBeGreaterThan(0);
    const asOf = Date.parse('2024-06-30T12:00:00+08:00');
    const dues = warnings.map((w) => Date.parse(w.dueAt));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    for (const w of warnings) {
      expect(w.level).toBe(Date.parse(w.dueAt) < asOf ? 'RED' : 'YELLOW');
      expect(['CLOSED', 'NOT_ACCEPTED']).not.toContain(w.case.status);
      expect(w.daysLeft).toBeLessThanOrEqual(3);
    }
  });

  it('keeps the number of SQL statements per request independent of the rows returned', async () => {
    const query = `query ($first: Int) {
      cases(first: $first, filter: { from: "2023-01-01", to: "2023-12-31" }) {
        totalCount
        edges { node {
          code collective category { code } village { name township { name } } township { name }
          leader { name unit { name } township { name } } unit { name } repeatOf { code }
          events { type leader { name } unit { name } } petitioners { name } deadlines { kind }
        } }
      }
      townships { villages { cases(first: 2) { totalCount edges { node { code category { nameZh } } } } } }
    }`;
    const statements = async (first: number) => {
      const before = api.counter.count;
      await ok(query, { first });
      return api.counter.statements.slice(before).map((sql) => sql.replace(/\s+/g, ' ').slice(0, 90));
    };
    // More rows may only mean fewer statements (loader caches fill up: e.g. all 12 categories are
    // already loaded for the nested lists); never more.
    const few = await statements(20);
    const many = await statements(200);
    expect(many.length, many.join('\n')).toBeLessThanOrEqual(few.length);
    // 25 at most, one of them the access-log INSERT for the petitioners' names shown in full.
    expect(few.length, few.join('\n')).toBeLessThanOrEqual(25);
  });

  it('counts every visit of a leader per day for the calendar, not only the latest page', async () => {
    const [busiest] = await api.dataSource.query(
      `SELECT leader_id, COUNT(*) AS n FROM case_event WHERE type = 'VISIT' AND occurred_on BETWEEN '2023-01-01' AND '2023-12-31'
        GROUP BY leader_id ORDER BY COUNT(*) DESC LIMIT 1`,
    );
    const days = await ok<{ leader: { visitDays: { day: string; count: number }[] } }>(
      `{ leader(id: ${busiest.leader_id}) { visitDays(from: "2023-01-01", to: "2023-12-31") { day count } } }`,
    );
    const list = days.leader.visitDays;
    expect(list.reduce((n, d) => n + d.count, 0)).toBe(Number(busiest.n));
    expect(list.every((d) => d.day >= '2023-01-01' && d.day <= '2023-12-31' && d.count > 0)).toBe(true);
    expect([...list].sort((a, b) => a.day.localeCompare(b.day))).toEqual(list);
  });

  it('answers bad arguments with typed errors, never a server error', async () => {
    const cases: [string, string, string | undefined][] = [
      ['{ township(code: "nope") { name } }', 'TOWNSHIP_NOT_FOUND', 'code'],
      ['{ village(code: "nope") { name } }', 'VILLAGE_NOT_FOUND', 'code'],
      ['{ villages(townshipCode: "nope") { name } }', 'TOWNSHIP_NOT_FOUND', 'townshipCode'],
      ['{ caseByCode(code: "LT-1999-000001") { id } }', 'CASE_NOT_FOUND', 'code'],
      ['{ case(id: "999999999") { id } }', 'CASE_NOT_FOUND', 'id'],
      ['{ leader(id: "0") { id } }', 'LEADER_NOT_FOUND', 'id'],
      [
        '{ cases(filter: { townshipCodes: ["nope"] }) { totalCount } }',
        'TOWNSHIP_NOT_FOUND',
        'filter.townshipCodes',
      ],
      [
        '{ kpis(filter: { categoryCodes: ["NOPE"] }) { repeatRate { rate } } }',
        'CATEGORY_NOT_FOUND',
        'filter.categoryCodes',
      ],
      [
        '{ cases(filter: { from: "2023-12-31", to: "2023-01-01" }) { totalCount } }',
        'BAD_USER_INPUT',
        'filter.from',
      ],
      [
        '{ caseStats(filter: { from: "2023-12-31", to: "2023-01-01" }, groupBy: [MONTH]) { count } }',
        'BAD_USER_INPUT',
        'filter.from',
      ],
      ['{ cases(first: 201) { totalCount } }', 'BAD_USER_INPUT', 'first'],
      ['{ cases(first: 0) { totalCount } }', 'BAD_USER_INPUT', 'first'],
      ['{ cases(after: "not-a-cursor") { totalCount } }', 'BAD_USER_INPUT', 'after'],
      [
        `{ cases(after: "${Buffer.from('["CODE:ASC",null,1]').toString('base64url')}") { totalCount } }`,
        'BAD_USER_INPUT',
        'after',
      ],
      ['{ caseStats(groupBy: [MONTH, YEAR]) { count } }', 'BAD_USER_INPUT', 'groupBy'],
      ['{ caseStats(filter: { kpi: SATISFACTION }, groupBy: []) { count } }', 'BAD_USER_INPUT', 'filter.kpi'],
      ['{ cases(filter: { kpiPart: NUMERATOR }) { totalCount } }', 'BAD_USER_INPUT', 'filter.kpiPart'],
    ];
    for (const [query, code, field] of cases) {
      const response = await api.graphql(query);
      expect(response.status, query).toBeLessThan(500);
      expect(response.errors?.[0]?.extensions.code, query).toBe(code);
      expect(response.errors?.[0]?.extensions.field, query).toBe(field);
    }
    const invalidDate = await api.graphql('query ($f: CaseFilter) { cases(filter: $f) { totalCount } }', {
      f: { from: '2023-02-30' },
    });
    expect(invalidDate.status).toBe(400);
    expect(invalidDate.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
