// Accusations (检举控告) and the users not cleared for them (accusation-counts.ts, AccessPolicy.applyReach).
// The attack — one caseStats bucket per accusation (its day, village, category, status, leader, unit) —
// is refused; and, for the whole class, no aggregate field of the schema says more by differencing: every
// aggregate answers "all matter types" exactly as "all but accusations" (property-tested over random
// filters and pivots), while for ADMIN the two differ wherever accusations exist. What such a user may
// still count, and what users cleared for some accusations see: accusation.counts.integration.test.ts.
import fs from 'node:fs';
import fc from 'fast-check';
import { buildSchema, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../schema-file.js';
import type { GraphQLResponse } from '../../test/api.js';
import { accusationSuite, AS_OF, type Data } from '../../test/accusation.fixtures.js';
import { describeEachDatabase } from '../../test/databases.js';
import { KPI_SELECTION } from '../../test/reference-kpis.js';

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
  kpiTargets: 'policy, no count',
  kpiTargetChanges: 'ADMIN only',
  boundaryPack: 'geography, no count',
  townships: 'places: their cases through Township.cases',
  township: 'the same',
  villages: 'places: their cases through Village.cases',
  village: 'the same',
  categories: 'Category.cases',
  units: 'Unit.cases',
  leaders: 'Leader.cases, visits, instructions, visitDays',
  leader: 'the same',
  earlyWarnings:
    'signals count no accusation for any reader, by construction (warning.integration.test.ts: accusations registered leave the count as it was)',
  earlyWarningCounts: 'the same',
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
  const suite = accusationSuite(dialect);
  const { count, ask } = suite;

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

  it('lets no aggregate field tell more about accusations by differencing (property, every field)', async () => {
    const fields = questions(suite.malian);
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
          fc.subarray([suite.malian, ...suite.townshipCodes.slice(0, 3)], { minLength: 1, maxLength: 2 }),
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
});
