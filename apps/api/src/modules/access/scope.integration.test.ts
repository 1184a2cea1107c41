// Row-level access: area scope (a 马莲渠乡 user never sees a 扁担沟镇 case, count or bucket),
// accusation cases (only their unit, their leader and administrators), and the wall screen's DISPLAY
// account (aggregates only, no personal data whatever it asks; what the wall may ask and the cells it
// gets withheld: display-differencing.integration.test.ts).
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { startTestApi, type TestApi } from '../../test/api.js';
import { describeEachDatabase } from '../../test/databases.js';
import { DISPLAY_MIN_CELL } from './access-policy.js';

const SEED = { until: '2022-06-30', casesPerYear: 600 };

// GraphQL answers, walked by hand.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

describeEachDatabase('access by area, accusation and role', (dialect) => {
  let api: TestApi;
  let malian: string;
  let biandan: string;
  let malianUser: Record<string, string>;
  let wall: Record<string, string>;

  const sql = async (query: string): Promise<Data[]> => api.dataSource.query(query);
  const count = async (where: string) =>
    Number((await sql(`SELECT COUNT(*) AS n FROM petition_case c WHERE ${where}`))[0]!.n);

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
    const townships = await sql(`SELECT code, name FROM township`);
    malian = townships.find((t) => t.name === '马莲渠乡')!.code;
    biandan = townships.find((t) => t.name === '扁担沟镇')!.code;
    await api.auth.createUser({ username: 'malian', role: Role.CLERK, townshipCode: malian });
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    malianUser = await api.headersOf('malian');
    wall = await api.headersOf('wall');
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
  });

  async function as(headers: Record<string, string>, query: string, variables?: Record<string, unknown>) {
    const answer = await api.graphqlAs<Data>(headers, query, variables);
    return answer;
  }

  /** Finds petitioners' names, phones and ID numbers, and case codes, titles and summaries, in an answer. */
  async function leakDetector(): Promise<(body: unknown) => string | null> {
    const petitioners = await sql(`SELECT name, phone, id_number FROM petitioner`);
    const leaders = new Set((await sql(`SELECT name FROM leader`)).map((l) => l.name));
    const texts = await sql(`SELECT code, title, summary FROM petition_case`);
    const secretStrings = new Set<string>([
      ...petitioners.map((p) => p.name).filter((n: string) => !leaders.has(n)),
      ...texts.flatMap((t) => [t.code, t.title, t.summary]),
    ]);
    const secretDigits = petitioners.flatMap((p) => [p.phone, api.idNumbers.decrypt(p.id_number)]);
    const leak = (body: unknown): string | null => {
      const json = JSON.stringify(body);
      const strings: string[] = [];
      JSON.parse(json, (_k, v) => (typeof v === 'string' && strings.push(v), v));
      return strings.find((s) => secretStrings.has(s)) ?? secretDigits.find((d) => json.includes(d)) ?? null;
    };
    return leak;
  }

  it('shows a 马莲渠乡 user only 马莲渠乡: lists, counts, buckets, KPIs, workloads, places', async () => {
    const inMalian = await count(`c.township_code = '${malian}' AND c.matter_type <> 'ACCUSATION'`);
    expect(inMalian).toBeGreaterThan(20);
    const list = await as(
      malianUser,
      `{ cases(first: 200) { totalCount edges { node { township { code } } } } }`,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.cases.totalCount).toBe(inMalian);
    expect(new Set(list.data!.cases.edges.map((e: Data) => e.node.township.code))).toEqual(new Set([malian]));

    const elsewhere = await as(
      malianUser,
      `{ cases(filter: { townshipCodes: ["${biandan}"] }) { totalCount } kpis(filter: { townshipCodes: ["${biandan}"] }) { timelyAcceptance { denominator } } }`,
    );
    expect(elsewhere.data).toEqual({
      cases: { totalCount: 0 },
      kpis: { timelyAcceptance: { denominator: 0 } },
    });

    for (const groupBy of ['TOWNSHIP', 'VILLAGE', 'MONTH', 'LEADER', 'CATEGORY']) {
      const stats = await as(
        malianUser,
        `{ caseStats(groupBy: [${groupBy === 'TOWNSHIP' ? 'TOWNSHIP' : `${groupBy}, TOWNSHIP`}]) { townshipCode count } }`,
      );
      expect(stats.errors).toBeUndefined();
      expect(new Set(stats.data!.caseStats.map((b: Data) => b.townshipCode))).toEqual(new Set([malian]));
      // Aggregates leave out the accusations the user is not cleared for, as lists do.
      expect(stats.data!.caseStats.reduce((n: number, b: Data) => n + b.count, 0)).toBe(inMalian);
    }

    const kpis = `timelyAcceptance { numerator denominator } satisfaction { numerator denominator }`;
    const own = await as(malianUser, `{ kpis { ${kpis} } }`);
    const admin = await api.graphql(
      `{ kpis(filter: { townshipCodes: ["${malian}"], matterTypes: [SUGGESTION, APPEAL] }) { ${kpis} } }`,
    );
    expect(own.data).toEqual(admin.data);

    const workloads = await as(malianUser, `{ leaderWorkloads { owned } }`);
    expect(workloads.data!.leaderWorkloads.reduce((n: number, w: Data) => n + w.owned, 0)).toBe(
      await count(
        `c.township_code = '${malian}' AND c.leader_id IS NOT NULL AND c.matter_type <> 'ACCUSATION'`,
      ),
    );

    const places = await as(malianUser, `{ townships { code villages { townshipCode } } }`);
    expect(places.data!.townships.map((t: Data) => t.code)).toEqual([malian]);

    const [foreign] = await sql(
      `SELECT id, code FROM petition_case WHERE township_code = '${biandan}' LIMIT 1`,
    );
    for (const query of [
      `{ case(id: ${foreign!.id}) { id } }`,
      `{ caseByCode(code: "${foreign!.code}") { id } }`,
      `{ township(code: "${biandan}") { name } }`,
      `{ villages(townshipCode: "${biandan}") { code } }`,
    ]) {
      const answer = await as(malianUser, query);
      expect(answer.errors?.[0]?.extensions.code, query).toBe('FORBIDDEN');
      expect(answer.data, query).toBeNull();
    }
    const version = Number(
      (await sql(`SELECT version FROM petition_case WHERE id = ${foreign!.id}`))[0]!.version,
    );
    const write = await as(
      malianUser,
      `mutation { acceptCase(id: ${foreign!.id}, version: ${version}) { id } }`,
    );
    expect(write.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const csv = await fetch(`${api.url}/export/cases.csv`, { headers: malianUser });
    expect(csv.status).toBe(200);
    const rows = (await csv.text()).trim().split('\n').slice(1);
    expect(rows).toHaveLength(inMalian);
    const exportLog = await sql(`SELECT username, action FROM access_log WHERE action = 'EXPORT'`);
    expect(exportLog).toContainEqual({ username: 'malian', action: 'EXPORT' });
  });

  it('shows accusation cases in detail only to their unit, their leader and administrators', async () => {
    const [accusation] = await sql(
      `SELECT id, unit_id, leader_id FROM petition_case WHERE matter_type = 'ACCUSATION' AND unit_id IS NOT NULL
        AND leader_id IS NOT NULL ORDER BY id LIMIT 1`,
    );
    expect(accusation).toBeDefined();
    await api.auth.createUser({
      username: 'unit-clerk',
      role: Role.CLERK,
      unitId: Number(accusation!.unit_id),
    });
    await api.auth.createUser({
      username: 'in-charge',
      role: Role.LEADER,
      leaderId: Number(accusation!.leader_id),
    });
    await api.auth.createUser({ username: 'other-clerk', role: Role.CLERK });
    await api.auth.createUser({ username: 'analyst', role: Role.ANALYST });
    const query = `{ case(id: ${accusation!.id}) { matterType petitioners { phone } } }`;
    for (const user of ['unit-clerk', 'in-charge']) {
      const answer = await as(await api.headersOf(user), query);
      expect(answer.errors, user).toBeUndefined();
      expect(answer.data!.case.matterType).toBe('ACCUSATION');
    }
    expect((await api.graphql(query)).errors).toBeUndefined();
    const accusations = await count(`c.matter_type = 'ACCUSATION'`);
    for (const user of ['other-clerk', 'analyst']) {
      const headers = await api.headersOf(user);
      expect((await as(headers, query)).errors?.[0]?.extensions.code, user).toBe('FORBIDDEN');
      const listed = await as(headers, `{ cases(filter: { matterTypes: [ACCUSATION] }) { totalCount } }`);
      expect(listed.data!.cases.totalCount, user).toBe(0);
      // … nor in the statistics, except as their number per township and month (accusation-counts.ts).
      const counted = await as(headers, `{ caseStats(groupBy: [MATTER_TYPE]) { matterType count } }`);
      expect(counted.data!.caseStats.map((b: Data) => b.matterType)).not.toContain('ACCUSATION');
      const number = await as(
        headers,
        `{ caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: []) { count } }`,
      );
      expect(number.data!.caseStats[0].count, user).toBe(accusations);
    }
  });

  it('gives the DISPLAY account aggregates only, with village cells under 3 cases withheld', async () => {
    for (const query of [
      `{ cases { totalCount edges { node { id } } } }`,
      `{ case(id: 1) { id } }`,
      `{ warnings { level } }`,
      `{ kpis(filter: { text: "水" }) { satisfaction { rate } } }`,
      `{ kpis(filter: { villageCodes: ["640302100201"] }) { satisfaction { rate } } }`,
      // Counts through case lists, and KPI parts by village.
      `{ township(code: "${malian}") { cases { totalCount } } }`,
      `{ caseStats(filter: { from: "2021-01-01", to: "2021-12-31" }, groupBy: [VILLAGE]) { kpis { satisfaction { denominator } } } }`,
    ]) {
      expect((await as(wall, query)).errors?.[0]?.extensions.code, query).toBe('FORBIDDEN');
    }
    const year = `filter: { from: "2021-01-01", to: "2021-12-31" }`;
    const stats = await as(
      wall,
      `{ caseStats(${year}, groupBy: [VILLAGE]) { villageCode count suppressed } }`,
    );
    expect(stats.errors).toBeUndefined();
    const buckets = stats.data!.caseStats as Data[];
    const suppressed = buckets.filter((b) => b.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const b of suppressed) expect(b.count).toBeNull();
    for (const b of buckets.filter((x) => !x.suppressed))
      expect(b.count).toBeGreaterThanOrEqual(DISPLAY_MIN_CELL);
    // Others see the same cells in full.
    const full = await api.graphql(`{ caseStats(${year}, groupBy: [VILLAGE]) { count suppressed } }`);
    const cells = full.data!.caseStats as Data[];
    expect(cells.every((b) => !b.suppressed)).toBe(true);
    expect(cells.some((b) => b.count > 0 && b.count < DISPLAY_MIN_CELL)).toBe(true);
  });

  it('never returns personal data or case text to the DISPLAY account, whatever it asks (property)', async () => {
    const leak = await leakDetector();

    const dims = ['CATEGORY', 'CHANNEL', 'LEADER', 'MATTER_TYPE', 'STATUS', 'TOWNSHIP', 'UNIT', 'VILLAGE'];
    const times = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
    const kpiFields = '{ numerator denominator rate }';
    const kpiSet = `{ timelyAcceptance ${kpiFields} onTimeClosure ${kpiFields} satisfaction ${kpiFields} }`;
    const filter = fc.record(
      {
        from: fc.constantFrom('2021-01-01', '2021-07-01', '2021-10-01'),
        to: fc.constantFrom('2021-12-31', '2022-06-30'),
        townshipCodes: fc.constantFrom([malian], [biandan], [malian, biandan]),
        categoryCodes: fc.constantFrom(['TREE_SHADING'], ['IRRIGATION']),
      },
      { requiredKeys: [] },
    );
    const query = fc.oneof(
      fc.tuple(fc.subarray(dims, { maxLength: 2 }), fc.option(fc.constantFrom(...times)), filter).map(
        ([keys, time, f]) =>
          `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [${[...keys, ...(time ? [time] : [])].join(', ')}]) {
             categoryCode townshipCode villageCode channel status leaderId unitId matterType period count suppressed
             kpis ${kpiSet} category { nameZh } village { name } leader { name title } unit { name } } }|${JSON.stringify(f)}`,
      ),
      filter.map((f) => `query($f: CaseFilter) { kpis(filter: $f) ${kpiSet} }|${JSON.stringify(f)}`),
      filter.map(
        (f) =>
          `query($f: CaseFilter) { leaderWorkloads(filter: $f) { owned open closed overdue instructions visits { kind count } closedOnTime { rate } leader { name } } }|${JSON.stringify(f)}`,
      ),
      filter.map(
        (f) => `query($f: CaseFilter) { warningCounts(filter: $f) { red yellow } }|${JSON.stringify(f)}`,
      ),
      fc.constant(
        `{ townships { name cases { totalCount } villages { name population } } categories { nameZh cases { totalCount } } }|{}`,
      ),
      fc.constant(
        `{ leaders { name title township { name } unit { name cases { totalCount } } cases { totalCount } } }|{}`,
      ),
    );
    await fc.assert(
      fc.asyncProperty(query, async (spec) => {
        const [text, vars] = spec.split('|');
        const answer = await as(wall, text!, { f: JSON.parse(vars!) });
        // Most of these shapes are not the wall's (display-rules.ts): refused whole, or answered.
        for (const e of answer.errors ?? []) expect(e.extensions.code, text).toBe('FORBIDDEN');
        expect(leak(answer.data), text).toBeNull();
        for (const b of (answer.data?.caseStats ?? []) as Data[]) {
          if (b.villageCode && !b.suppressed && b.count !== 0)
            expect(b.count).toBeGreaterThanOrEqual(DISPLAY_MIN_CELL);
        }
      }),
      { numRuns: 60, seed: 20261127 },
    );
    // The detector does find what it looks for.
    const [sample] = await sql(`SELECT title FROM petition_case LIMIT 1`);
    expect(leak({ x: sample!.title })).toBe(sample!.title);
  }, 120_000);
});
