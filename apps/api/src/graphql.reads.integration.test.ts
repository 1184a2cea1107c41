// The GraphQL API over the default seed, read as an administrator: reference data both ways, a case with
// its timeline and relations, every case exactly once under each sort order, warnings, the number of SQL
// statements per request, a leader's visit calendar, and typed errors for bad arguments. KPIs, pivots and
// the article's figures: graphql.kpis.integration.test.ts; the setup: test/graphql.fixtures.ts.
import { expect, it } from 'vitest';
import { describeEachDatabase } from './test/databases.js';
import { AS_OF, graphqlSuite, MALIANQU } from './test/graphql.fixtures.js';

describeEachDatabase('GraphQL API', (dialect) => {
  const suite = graphqlSuite(dialect);
  const { ok } = suite;

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

  it('walks every case exactly once under each sort order', async () => {
    const filter = { townshipCodes: [MALIANQU], from: '2023-01-01', to: '2023-12-31' };
    const expected: { id: number }[] = await suite.api.dataSource.query(
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
    interface Node {
      repeatOf: unknown;
      leader: { unit: unknown; township: unknown } | null;
      unit: unknown;
      events: { leader: unknown; unit: unknown }[];
    }
    const run = async (first: number) => {
      const before = suite.api.counter.count;
      const data = await ok<{ cases: { edges: { node: Node }[] } }>(query, { first });
      const nodes = data.cases.edges.map((e) => e.node);
      // The optional relations some row of the page has: each costs one batched statement, whatever the rows.
      const relations = new Set(
        Object.entries({
          repeatOf: nodes.some((n) => n.repeatOf),
          leader: nodes.some((n) => n.leader),
          'leader.unit': nodes.some((n) => n.leader?.unit),
          'leader.township': nodes.some((n) => n.leader?.township),
          unit: nodes.some((n) => n.unit),
          'events.leader': nodes.some((n) => n.events.some((e) => e.leader)),
          'events.unit': nodes.some((n) => n.events.some((e) => e.unit)),
        }).flatMap(([name, present]) => (present ? [name] : [])),
      );
      const statements = suite.api.counter.statements
        .slice(before)
        .map((sql) => sql.replace(/\s+/g, ' ').slice(0, 90));
      return { statements, relations };
    };
    // More rows may only mean fewer statements (loader caches fill up: e.g. all 12 categories are
    // already loaded for the nested lists) — or one more for a relation no row of the smaller page had
    // (say the first repeat petition, and its original case): never one per row.
    const small = await run(20);
    const large = await run(200);
    const newRelations = [...large.relations].filter((r) => !small.relations.has(r)).length;
    const [few, many] = [small.statements, large.statements];
    expect(many.length, many.join('\n')).toBeLessThanOrEqual(few.length + newRelations);
    // 25 at most, one of them the access-log INSERT for the petitioners' names shown in full.
    expect(few.length, few.join('\n')).toBeLessThanOrEqual(25);
  });

  it('counts every visit of a leader per day for the calendar, not only the latest page', async () => {
    const [busiest] = await suite.api.dataSource.query(
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
      const response = await suite.api.graphql(query);
      expect(response.status, query).toBeLessThan(500);
      expect(response.errors?.[0]?.extensions.code, query).toBe(code);
      expect(response.errors?.[0]?.extensions.field, query).toBe(field);
    }
    const invalidDate = await suite.api.graphql(
      'query ($f: CaseFilter) { cases(filter: $f) { totalCount } }',
      {
        f: { from: '2023-02-30' },
      },
    );
    expect(invalidDate.status).toBe(400);
    expect(invalidDate.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
