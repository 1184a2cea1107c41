// Accusations (检举控告) and the users not cleared for them (accusation-counts.ts, AccessPolicy.applyReach).
// The attack — one caseStats bucket per accusation (its day, village, category, status, leader, unit) —
// is refused; the one thing such a user may learn, the number per township and month, is exact; and,
// for the whole class, no aggregate field of the schema says more by differencing: every aggregate
// answers "all matter types" exactly as "all but accusations" (property-tested over random filters and
// pivots), while for ADMIN the two differ wherever accusations exist. Users cleared for some
// accusations (the unit handling them, the leader in charge) see those counted.
import fs from 'node:fs';
import fc from 'fast-check';
import { buildSchema, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpisFromEvents, idCheckDigit, KpiCode, Role } from '@lianxin/domain';
import { KPI_FIELDS as KPI_NAME } from '../stats/stats.service.js';
import { SCHEMA_FILE } from '../../schema-file.js';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../test/api.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  KPI_SELECTION,
  localDay,
  readTimelines,
  referenceKpis,
  type KpiSet,
  type RawCase,
} from '../../test/reference-kpis.js';

const SEED = { until: '2022-06-30', casesPerYear: 600 };
/** After every statutory window of the seed has closed: the reference and the API agree on it. */
const AS_OF = '2025-01-01T00:00:00.000+08:00';

// GraphQL answers, walked by hand.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Filter = Record<string, unknown>;

const schema: GraphQLSchema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));

/** Types whose values count cases or list them: a field returning one is an aggregate (or a list). */
const COUNTING_TYPES = new Set([
  'CaseConnection',
  'CaseStatsBucket',
  'KpiSet',
  'LeaderWorkload',
  'WarningCounts',
  'Warning',
  'TickerEntry',
  'VisitDay',
  'CaseEvent',
]);

/** Fields that reach a counting type but are no aggregate over cases the reader may not see, and why. */
const NOT_AGGREGATES: Record<string, string> = {
  'Case.events': "one case's own timeline; the case itself is checked (assertCaseVisible)",
};

/** Query fields that hold no count of cases themselves (their nested counts are covered below). */
const NO_COUNT_QUERIES: Record<string, string> = {
  case: 'one case: FORBIDDEN unless cleared (scope.integration.test.ts)',
  caseByCode: 'the same',
  users: 'ADMIN only',
  accessLog: 'ADMIN only',
  periodRevisions: 'ADMIN only',
  lastClosedMonth: 'a month, no count',
  kpiDefinitions: 'methodology, no count',
  townships: 'places: their cases through Township.cases',
  township: 'the same',
  villages: 'places: their cases through Village.cases',
  village: 'the same',
  categories: 'Category.cases',
  units: 'Unit.cases',
  leaders: 'Leader.cases, visits, instructions, visitDays',
  leader: 'the same',
};

/** Checked against the raw rows (they take no case filter to difference): see the visits test. */
const CHECKED_AGAINST_ROWS = ['Leader.visits', 'Leader.instructions', 'Leader.visitDays'];

const KEY_DIMENSIONS = [
  'CATEGORY',
  'TOWNSHIP',
  'VILLAGE',
  'CHANNEL',
  'STATUS',
  'LEADER',
  'UNIT',
  'MATTER_TYPE',
];
const TIME_UNITS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
const COUNT_GROUPS = new Set(['TOWNSHIP', 'MONTH', 'QUARTER', 'YEAR']);
const BUCKET_FIELDS = `categoryCode townshipCode villageCode channel status leaderId unitId matterType period count
  suppressed kpis ${KPI_SELECTION}`;

interface Question {
  query: string;
  /** Refused for a user not cleared for every accusation when the filter names ACCUSATION. */
  aggregate: boolean;
}

/** Every aggregate field, asked with a filter `$f` (and a pivot for caseStats). */
function questions(malian: string): Record<string, (groupBy: string[]) => Question> {
  const q =
    (query: string, aggregate = false) =>
    () => ({ query: `query($f: CaseFilter) { ${query} }`, aggregate });
  return {
    'Query.kpis': q(`x: kpis(filter: $f) ${KPI_SELECTION}`, true),
    'Query.caseStats': (groupBy) => ({
      query: `query($f: CaseFilter) { x: caseStats(filter: $f, groupBy: [${groupBy.join(', ')}]) { ${BUCKET_FIELDS} } }`,
      aggregate: true,
    }),
    'Query.leaderWorkloads': q(
      `x: leaderWorkloads(filter: $f) { leader { id } owned open closed overdue instructions visits { kind count }
         closedOnTime { numerator denominator } resolution { numerator denominator } }`,
      true,
    ),
    'Query.warningCounts': q(`x: warningCounts(filter: $f) { red yellow }`, true),
    'Query.warnings': q(`x: warnings(filter: $f, first: 200) { level deadlineKind daysLeft case { id } }`),
    'Query.cases': q(`x: cases(filter: $f, first: 20) { totalCount edges { node { id } } }`),
    'Query.caseTicker': q(
      `x: caseTicker(filter: $f, first: 20) { receivedAt township { code } village { code } category { code } }`,
    ),
    'Township.cases': q(
      `x: townships { code cases(filter: $f, first: 3) { totalCount edges { node { id } } } }`,
    ),
    'Village.cases': q(`x: villages(townshipCode: "${malian}") { code cases(filter: $f) { totalCount } }`),
    'Category.cases': q(`x: categories { code cases(filter: $f) { totalCount } }`),
    'Unit.cases': q(`x: units { id cases(filter: $f) { totalCount } }`),
    'Leader.cases': q(`x: leaders { id cases(filter: $f) { totalCount } }`),
  };
}

const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions.code).sort();
const outcome = (r: GraphQLResponse) => ({ data: r.data ?? null, codes: codes(r) });

/** True when the answer holds any non-zero number: something was counted. */
function counted(value: unknown): boolean {
  if (typeof value === 'number') return value !== 0;
  if (Array.isArray(value)) return value.some(counted);
  if (value && typeof value === 'object') return Object.values(value).some(counted);
  return false;
}

/** Whether a request is the one accusation question a user not cleared for them may ask. */
function countShape(filter: Filter, groupBy: string[]): boolean {
  const monthEnd = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).getUTCDate() === 1;
  return (
    Object.keys(filter).every((k) => ['from', 'to', 'townshipCodes'].includes(k)) &&
    (filter.from === undefined || String(filter.from).endsWith('-01')) &&
    (filter.to === undefined || monthEnd(String(filter.to))) &&
    groupBy.every((d) => COUNT_GROUPS.has(d))
  );
}

describe('the accusation property test', () => {
  it('covers every aggregate field of the schema', () => {
    const covered = new Set([...Object.keys(questions('x')), ...CHECKED_AGAINST_ROWS]);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      // The socket's notices are no query (see live.integration.test.ts); a bucket's or workload's
      // own parts are asked with it.
      if (type.name === 'Subscription' || COUNTING_TYPES.has(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        if (type.name === 'Query') {
          if (!covered.has(key) && !NO_COUNT_QUERIES[field.name]) missing.push(key);
        } else if (
          COUNTING_TYPES.has(getNamedType(field.type).name) &&
          !covered.has(key) &&
          !NOT_AGGREGATES[key]
        ) {
          missing.push(key);
        }
      }
    }
    expect(missing, 'aggregate fields the accusation test does not ask: add them to questions()').toEqual([]);
  });
});

describeEachDatabase('accusations for users not cleared for them', (dialect) => {
  let api: TestApi;
  let malian: string;
  let townshipCodes: string[];
  /** A unit handling accusations, and the leader in charge of accusations they visited. */
  let unitId: number;
  let inChargeId: number;
  const headers: Record<string, Record<string, string>> = {};

  const sql = async (query: string): Promise<Data[]> => api.dataSource.query(query);
  const count = async (where: string) =>
    Number((await sql(`SELECT COUNT(*) AS n FROM petition_case c WHERE ${where}`))[0]!.n);
  const ask = (who: string, query: string, variables?: Record<string, unknown>) =>
    api.graphqlAs<Data>(headers[who]!, query, variables);

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
    const townships = await sql(`SELECT code, name FROM township ORDER BY code`);
    townshipCodes = townships.map((t) => t.code as string);
    malian = townships.find((t) => t.name === '马莲渠乡')!.code;
    const [unit] = await sql(
      `SELECT unit_id FROM petition_case WHERE matter_type = 'ACCUSATION' AND unit_id IS NOT NULL
        GROUP BY unit_id ORDER BY COUNT(*) DESC, unit_id LIMIT 1`,
    );
    unitId = Number(unit!.unit_id);
    const [inCharge] = await sql(
      `SELECT c.leader_id FROM case_event e JOIN petition_case c ON c.id = e.case_id
        WHERE e.type = 'VISIT' AND c.matter_type = 'ACCUSATION' AND e.leader_id = c.leader_id
        GROUP BY c.leader_id ORDER BY COUNT(*) DESC, c.leader_id LIMIT 1`,
    );
    inChargeId = Number(inCharge!.leader_id);
    const [uninvolved] = await sql(
      `SELECT id FROM leader WHERE id NOT IN
         (SELECT leader_id FROM petition_case WHERE matter_type = 'ACCUSATION' AND leader_id IS NOT NULL)
        ORDER BY id LIMIT 1`,
    );
    const users = [
      { username: 'analyst', role: Role.ANALYST },
      { username: 'clerk', role: Role.CLERK, townshipCode: malian },
      // In charge of no accusation; area 马莲渠乡 plus their own cases elsewhere.
      { username: 'leader', role: Role.LEADER, leaderId: Number(uninvolved!.id), townshipCode: malian },
      { username: 'wall', role: Role.DISPLAY },
      { username: 'unit-clerk', role: Role.CLERK, unitId },
      { username: 'in-charge', role: Role.LEADER, leaderId: inChargeId },
    ];
    for (const user of users) {
      await api.auth.createUser(user);
      headers[user.username] = await api.headersOf(user.username);
    }
    headers.admin = api.authHeaders;
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('refuses the one-bucket-per-accusation pivot, and every other accusation shape, to users not cleared for all', async () => {
    const attack = `{ caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: [DAY, VILLAGE, CATEGORY, CHANNEL, STATUS, LEADER, UNIT]) {
      period villageCode categoryCode channel status leaderId unitId count } }`;
    // The attack is real: as ADMIN it lists the accusations one by one.
    const admin = await ask('admin', attack);
    expect(admin.errors).toBeUndefined();
    const accusations = await count(`c.matter_type = 'ACCUSATION'`);
    expect(accusations).toBeGreaterThan(10);
    expect(admin.data!.caseStats.reduce((n: number, b: Data) => n + b.count, 0)).toBe(accusations);
    expect(admin.data!.caseStats.length).toBeGreaterThan(accusations * 0.9);

    const variants = [
      attack,
      `{ kpis(filter: { matterTypes: [ACCUSATION] }) { satisfaction { numerator denominator } } }`,
      `{ leaderWorkloads(filter: { matterTypes: [ACCUSATION] }) { owned } }`,
      `{ warningCounts(filter: { matterTypes: [ACCUSATION] }) { red yellow } }`,
      `{ caseStats(filter: { matterTypes: [ACCUSATION, APPEAL] }, groupBy: [TOWNSHIP]) { count } }`,
      `{ caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: [TOWNSHIP, VILLAGE]) { count } }`,
      `{ caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: [WEEK]) { count } }`,
      `{ caseStats(filter: { matterTypes: [ACCUSATION], from: "2021-03-15" }, groupBy: [MONTH]) { count } }`,
      `{ caseStats(filter: { matterTypes: [ACCUSATION], to: "2021-03-30" }, groupBy: [MONTH]) { count } }`,
      `{ caseStats(filter: { matterTypes: [ACCUSATION], asOf: "2021-06-01T00:00:00Z" }, groupBy: []) { count } }`,
      `{ caseStats(filter: { matterTypes: [ACCUSATION], categoryCodes: ["OTHER"] }, groupBy: [MONTH]) { count } }`,
      `{ caseStats(filter: { matterTypes: [ACCUSATION], statuses: [CLOSED] }, groupBy: []) { count } }`,
    ];
    for (const who of ['analyst', 'clerk', 'leader', 'wall', 'unit-clerk', 'in-charge']) {
      for (const query of variants) {
        const answer = await ask(who, query);
        expect(codes(answer), `${who} ${query}`).toEqual(['FORBIDDEN']);
        expect(answer.data, `${who} ${query}`).toBeNull();
        if (who !== 'wall') expect(answer.errors![0]!.message).toContain('per township and month');
      }
    }
    // The wall learns nothing about accusations, not even their number.
    const number = await ask(
      'wall',
      `{ caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: [TOWNSHIP]) { count } }`,
    );
    expect(codes(number)).toEqual(['FORBIDDEN']);
  });

  it('answers the number of accusations per township and month, exactly, and nothing more', async () => {
    const month = dialect === 'postgres' ? `to_char(received_on, 'YYYY-MM')` : `substr(received_on, 1, 7)`;
    const rows = await sql(
      `SELECT township_code, ${month} AS month, COUNT(*) AS n FROM petition_case
        WHERE matter_type = 'ACCUSATION' GROUP BY township_code, ${month}`,
    );
    const expected = (keep: (r: Data) => boolean) =>
      rows
        .filter(keep)
        .map((r) => ({
          townshipCode: r.township_code,
          period: `${r.month}-01`,
          count: Number(r.n),
          kpis: null,
        }))
        .sort((a, b) => `${a.period}|${a.townshipCode}`.localeCompare(`${b.period}|${b.townshipCode}`));
    const shape = `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [TOWNSHIP, MONTH]) {
      townshipCode period count kpis { satisfaction { numerator } } } }`;
    const sorted = (buckets: Data[]) =>
      [...buckets].sort((a, b) =>
        `${a.period}|${a.townshipCode}`.localeCompare(`${b.period}|${b.townshipCode}`),
      );

    const district = await ask('analyst', shape, { f: { matterTypes: ['ACCUSATION'] } });
    expect(district.errors).toBeUndefined();
    expect(sorted(district.data!.caseStats)).toEqual(expected(() => true));
    expect(expected(() => true).length).toBeGreaterThan(20);

    const months = {
      matterTypes: ['ACCUSATION'],
      from: '2021-04-01',
      to: '2021-09-30',
      townshipCodes: [malian],
    };
    const narrowed = await ask('analyst', shape, { f: months });
    expect(sorted(narrowed.data!.caseStats)).toEqual(
      expected((r) => r.township_code === malian && r.month >= '2021-04' && r.month <= '2021-09'),
    );
    // A township user counts their township's; the unit's clerk and the leader in charge all of them.
    const own = await ask('clerk', shape, { f: { matterTypes: ['ACCUSATION'] } });
    expect(sorted(own.data!.caseStats)).toEqual(expected((r) => r.township_code === malian));
    for (const who of ['unit-clerk', 'in-charge']) {
      const all = await ask(who, shape, { f: { matterTypes: ['ACCUSATION'] } });
      expect(sorted(all.data!.caseStats), who).toEqual(expected(() => true));
    }
    // Coarser: the year, and the whole area.
    const total = await ask(
      'analyst',
      `{ byYear: caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: [YEAR]) { period count }
         all: caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: []) { count } }`,
    );
    const accusations = await count(`c.matter_type = 'ACCUSATION'`);
    expect(total.data!.all).toEqual([{ count: accusations }]);
    expect(total.data!.byYear.reduce((n: number, b: Data) => n + b.count, 0)).toBe(accusations);
  });

  it('lets no aggregate field tell more about accusations by differencing (property, every field)', async () => {
    const fields = questions(malian);
    // Narrowing filters come rarely, so that most filters still hold accusations for ADMIN to differ on.
    const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 });
    const filter = fc
      .record({
        from: fc.option(fc.constantFrom('2021-01-01', '2021-03-01', '2021-06-15'), { nil: undefined }),
        to: fc.option(fc.constantFrom('2021-12-31', '2022-03-31', '2022-05-20', '2022-06-30'), {
          nil: undefined,
        }),
        townshipCodes: fc.option(
          fc.subarray([malian, ...townshipCodes.slice(0, 3)], { minLength: 1, maxLength: 2 }),
          { nil: undefined },
        ),
        categoryCodes: rarely(
          fc.subarray(['TREE_SHADING', 'IRRIGATION', 'LAND_CONTRACT', 'NEIGHBOURS', 'OTHER'], {
            minLength: 1,
            maxLength: 3,
          }),
        ),
        channels: rarely(fc.subarray(['LETTER', 'VISIT', 'ONLINE', 'PHONE'], { minLength: 1, maxLength: 2 })),
        statuses: rarely(
          fc.subarray(['REGISTERED', 'IN_PROGRESS', 'CLOSED'], { minLength: 1, maxLength: 2 }),
        ),
        repeat: rarely(fc.boolean()),
        overdue: rarely(fc.boolean()),
        asOf: fc.option(fc.constantFrom('2022-03-31T12:00:00.000+08:00', AS_OF), { nil: undefined }),
      })
      .map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as Filter);
    const groupBy = fc
      .tuple(fc.subarray(KEY_DIMENSIONS, { maxLength: 2 }), fc.option(fc.constantFrom(...TIME_UNITS)))
      .map(([keys, time]) => [...keys, ...(time ? [time] : [])]);
    let adminDiffered = 0;
    for (const [field, question] of Object.entries(fields)) {
      await fc.assert(
        fc.asyncProperty(
          filter,
          groupBy,
          fc.constantFrom('analyst', 'clerk', 'leader'),
          async (f: Filter, g: string[], who: string) => {
            const { query, aggregate } = question(g);
            const run = (user: string, matterTypes?: string[]) =>
              ask(user, query, { f: matterTypes ? { ...f, matterTypes } : f });
            const label = `${field} ${who} ${JSON.stringify([f, g])}`;
            // Not cleared: all matter types answer as all but accusations …
            const [all, others, only] = [
              await run(who),
              await run(who, ['SUGGESTION', 'APPEAL']),
              await run(who, ['ACCUSATION']),
            ];
            expect(outcome(all), label).toEqual(outcome(others));
            // … and naming accusations tells nothing: refused, the count shape, or nothing counted.
            if (field === 'Query.caseStats' && countShape(f, g)) {
              expect(codes(only), label).toEqual([]);
              for (const b of only.data!.x as Data[]) expect(b.kpis, label).toBeNull();
            } else if (aggregate) {
              expect(codes(only), label).toEqual(['FORBIDDEN']);
            } else {
              expect(codes(only), label).toEqual([]);
              expect(counted(only.data), label).toBe(false);
            }
            // ADMIN: where accusations exist, the two answers differ.
            const [adminAll, adminOthers, adminOnly] = [
              await run('admin'),
              await run('admin', ['SUGGESTION', 'APPEAL']),
              await run('admin', ['ACCUSATION']),
            ];
            const page = adminAll.data?.x as unknown;
            const fullPage = field === 'Query.warnings' && Array.isArray(page) && page.length === 200;
            if (counted(adminOnly.data) && !fullPage) {
              expect(outcome(adminAll), label).not.toEqual(outcome(adminOthers));
              adminDiffered += 1;
            }
          },
        ),
        { numRuns: 8, seed: 20261127 },
      );
    }
    expect(adminDiffered).toBeGreaterThan(20);
  }, 600_000);

  it('computes the KPIs of users not cleared for accusations over the other cases, and ADMIN’s over all', async () => {
    const rows: (RawCase & { matter_type: string })[] = await api.dataSource.query(
      `SELECT township_code, village_code, received_at, accepted_at, declined_at, due_at, replied_at, closed_at,
              rated_at, satisfaction, leader_id, repeat_of_id, status, matter_type FROM petition_case`,
    );
    const others = rows.filter((r) => r.matter_type !== 'ACCUSATION');
    const year = { from: '2021-01-01', to: '2021-12-31' };
    const query = `query($f: CaseFilter) {
      kpis(filter: $f) ${KPI_SELECTION}
      buckets: caseStats(filter: $f, groupBy: [TOWNSHIP, VILLAGE, MONTH]) { townshipCode villageCode period count kpis ${KPI_SELECTION} }
    }`;
    // Closed months read as known at their close, so the reference is the administrator's own answer to
    // the same question with the accusations filtered out by hand (and, for the administrator, the event
    // log through the domain's fold).
    const others_ = { matterTypes: ['APPEAL', 'SUGGESTION'] };
    const cases: [string, Record<string, unknown>][] = [
      ['analyst', others_],
      ['clerk', { ...others_, townshipCodes: [malian] }],
    ];
    for (const f of [year, { ...year, asOf: AS_OF }]) {
      const admin = await ask('admin', query, { f });
      expect(admin.errors).toBeUndefined();
      const log = computeKpisFromEvents(
        await readTimelines(api.dataSource),
        year,
        f === year ? new Date() : new Date(AS_OF),
      );
      for (const code of Object.values(KpiCode)) {
        const { numerator, denominator } = log[code];
        expect((admin.data!.kpis as KpiSet)[KPI_NAME[code]], `admin ${code}`).toMatchObject({
          numerator,
          denominator,
        });
      }
      for (const [who, filter] of cases) {
        const answer = await ask(who, query, { f });
        const byHand = await ask('admin', query, { f: { ...f, ...filter } });
        expect(answer.errors, who).toBeUndefined();
        expect(answer.data, `${who} ${JSON.stringify(f)}`).toEqual(byHand.data);
      }
    }
    expect(referenceKpis(rows, '2021', Date.now()).total.count).toBeGreaterThan(
      referenceKpis(others, '2021', Date.now()).total.count,
    );
    // The wall (a whole past year by township, a shape it may ask) counts no accusation at all.
    const byTownship = await ask(
      'wall',
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [TOWNSHIP]) { townshipCode count } }`,
      { f: year },
    );
    expect(byTownship.errors).toBeUndefined();
    const wallCounts = Object.fromEntries(
      (byTownship.data!.caseStats as Data[]).map((b) => [b.townshipCode, b.count]),
    );
    const expected: Record<string, number> = {};
    for (const b of referenceKpis(others, '2021', Date.now()).buckets)
      if (b.count > 0) expected[b.townshipCode!] = (expected[b.townshipCode!] ?? 0) + b.count;
    expect(wallCounts).toEqual(expected);
  });

  it('counts a leader’s visits only on the cases the reader may see, before the page is cut', async () => {
    const visits = await sql(
      `SELECT e.id, c.matter_type, c.leader_id FROM case_event e JOIN petition_case c ON c.id = e.case_id
        WHERE e.type = 'VISIT' AND e.leader_id = ${inChargeId} ORDER BY e.at DESC, e.id DESC`,
    );
    const visible = visits.filter((v) => v.matter_type !== 'ACCUSATION').map((v) => String(v.id));
    const firstHidden = visits.findIndex((v) => v.matter_type === 'ACCUSATION');
    expect(firstHidden).toBeGreaterThanOrEqual(0);
    // A page that reaches past the first hidden visit: cut before filtering, it would come back short.
    const first = Math.min(firstHidden + 2, 200);
    const query = `{ leader(id: ${inChargeId}) { visits(first: ${first}) { id } visitDays { count } instructions(first: 200) { id } } }`;
    const analyst = await ask('analyst', query);
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.leader.visits.map((v: Data) => v.id)).toEqual(visible.slice(0, first));
    const days = (answer: GraphQLResponse<Data>) =>
      answer.data!.leader.visitDays.reduce((n: number, d: Data) => n + d.count, 0);
    expect(days(analyst)).toBe(visible.length);
    const instructions = await sql(
      `SELECT e.id FROM case_event e JOIN petition_case c ON c.id = e.case_id
        WHERE e.type = 'INSTRUCTION' AND e.leader_id = ${inChargeId} AND c.matter_type <> 'ACCUSATION'
        ORDER BY e.at DESC, e.id DESC`,
    );
    expect(analyst.data!.leader.instructions.map((v: Data) => v.id)).toEqual(
      instructions.slice(0, 200).map((i) => String(i.id)),
    );
    // The leader in charge sees their accusations' visits; ADMIN all.
    const own = visits.filter((v) => v.matter_type !== 'ACCUSATION' || Number(v.leader_id) === inChargeId);
    expect(days(await ask('in-charge', query))).toBe(own.length);
    expect(days(await ask('admin', query))).toBe(visits.length);
    expect(own.length).toBeGreaterThan(visible.length);
  });

  it('counts their accusations for the unit handling them and the leader in charge', async () => {
    const stats = `{ caseStats(groupBy: [MATTER_TYPE]) { matterType count } kpis { repeatRate { denominator } }
      cases(filter: { matterTypes: [ACCUSATION] }) { totalCount } }`;
    const others = await count(`c.matter_type <> 'ACCUSATION'`);
    const cleared: [string, string][] = [
      ['unit-clerk', `c.unit_id = ${unitId}`],
      ['in-charge', `c.leader_id = ${inChargeId}`],
    ];
    for (const [who, theirs] of cleared) {
      const mine = await count(`c.matter_type = 'ACCUSATION' AND ${theirs}`);
      expect(mine, who).toBeGreaterThan(0);
      const answer = await ask(who, stats);
      expect(answer.errors, who).toBeUndefined();
      expect(answer.data!.caseStats.find((b: Data) => b.matterType === 'ACCUSATION')?.count, who).toBe(mine);
      expect(answer.data!.kpis.repeatRate.denominator, who).toBe(others + mine);
      expect(answer.data!.cases.totalCount, who).toBe(mine);
      // Differencing shows them exactly their own.
      const difference = await ask(
        who,
        `{ all: kpis { repeatRate { denominator } } others: kpis(filter: { matterTypes: [SUGGESTION, APPEAL] }) { repeatRate { denominator } } }`,
      );
      expect(
        difference.data!.all.repeatRate.denominator - difference.data!.others.repeatRate.denominator,
        who,
      ).toBe(mine);
    }
    const unit = await ask('unit-clerk', `{ units { id cases { totalCount } } }`);
    expect(unit.data!.units.find((u: Data) => Number(u.id) === unitId).cases.totalCount).toBe(
      await count(`c.unit_id = ${unitId}`),
    );
    const leader = `{ leaderWorkloads(filter: { leaderIds: [${inChargeId}] }) { owned } leader(id: ${inChargeId}) { cases { totalCount } } }`;
    const led = await count(`c.leader_id = ${inChargeId}`);
    expect((await ask('in-charge', leader)).data).toEqual({
      leaderWorkloads: [{ owned: led }],
      leader: { cases: { totalCount: led } },
    });
    const ledOthers = await count(`c.leader_id = ${inChargeId} AND c.matter_type <> 'ACCUSATION'`);
    expect(ledOthers).toBeLessThan(led);
    expect((await ask('analyst', leader)).data).toEqual({
      leaderWorkloads: [{ owned: ledOthers }],
      leader: { cases: { totalCount: ledOthers } },
    });
  });

  it('counts the months that have ended only, so the count never dates a new accusation', async () => {
    const [village] = await sql(
      `SELECT code FROM village WHERE township_code = '${malian}' ORDER BY code LIMIT 1`,
    );
    const first17 = '64030219800101123';
    const registered = await ask(
      'admin',
      `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
      {
        input: {
          title: '举报村干部',
          summary: '检举材料。',
          matterType: 'ACCUSATION',
          categoryCode: 'OTHER',
          channel: 'LETTER',
          villageCode: village!.code,
          headcount: 1,
          petitioners: [
            { name: '王立新', phone: '13909530001', idNumber: `${first17}${idCheckDigit(first17)}` },
          ],
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const thisMonth = `${localDay(Date.now()).slice(0, 7)}-01`;
    const query = `{ caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: [MONTH]) { period count } }`;
    const analyst = await ask('analyst', query);
    expect(analyst.data!.caseStats.map((b: Data) => b.period)).not.toContain(thisMonth);
    expect(analyst.data!.caseStats.reduce((n: number, b: Data) => n + b.count, 0)).toBe(
      await count(`c.matter_type = 'ACCUSATION' AND c.received_on < '${thisMonth}'`),
    );
    const admin = await ask('admin', query);
    expect(admin.data!.caseStats.find((b: Data) => b.period === thisMonth)?.count).toBe(1);
  });
});
