// The authorization matrix's setup (authorization.integration.test.ts): the committed schema and the
// paths through it from Query, the argument fixtures each field needs (for the wall: the wall's own
// periods), and a seeded API with one user per role, a revised month, an open case due soon, one
// unmasked read and a boundary pack — so that every field has something to resolve.
import fs from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, expect } from 'vitest';
import { idCheckDigit, Role } from '@lianxin/domain';
import type { Dialect } from '../config.js';
import { dialectSpec } from '../db/dialect.js';
import { windowPeriods } from '../modules/access/display-rules.js';
import { ruleOf } from '../modules/access/field-rules.js';
import { monthKpis, recordRevisions } from '../modules/periods/period-revisions.js';
import { StatsService } from '../modules/stats/stats.service.js';
import { SCHEMA_FILE } from '../schema-file.js';
import { startTestApi, TEST_USER, type GraphQLResponse, type TestApi } from './api.js';
import { putBoundaryPack, syntheticPack } from './boundary-pack.fixtures.js';
import { lateBound } from './late-bound.js';

const SEED = { until: '2022-06-30', casesPerYear: 600 };
// GraphQL answers, walked by hand.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;
export const schema: GraphQLSchema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
const ROLES = [Role.ADMIN, Role.LEADER, Role.ANALYST, Role.CLERK, Role.DISPLAY] as const;
export type Who = Role | 'ANONYMOUS';
export const EVERYONE: readonly Who[] = [...ROLES, 'ANONYMOUS'];

/** Object types whose fields the rules must cover (root types included, introspection excluded). */
export function ruledTypes(): string[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__'))
    .map((t) => t.name)
    .sort();
}

export interface Fixtures {
  /** A non-accusation case led by `leaderId`, whose leader has visits and instructions. */
  caseId: number;
  caseCode: string;
  leaderId: number;
  unitId: number;
  townshipCode: string;
  villageCode: string;
  otherCaseCode: string;
}

async function findFixtures(api: TestApi): Promise<Fixtures> {
  const [row] = await api.dataSource.query(
    `SELECT c.id, c.code, c.leader_id, c.township_code, c.village_code FROM petition_case c
      WHERE c.leader_id IS NOT NULL AND c.matter_type <> 'ACCUSATION'
        AND EXISTS (SELECT 1 FROM case_event e WHERE e.leader_id = c.leader_id AND e.type = 'VISIT')
        AND EXISTS (SELECT 1 FROM case_event e WHERE e.leader_id = c.leader_id AND e.type = 'INSTRUCTION')
        AND EXISTS (SELECT 1 FROM case_petitioner cp WHERE cp.case_id = c.id)
      ORDER BY c.id LIMIT 1`,
  );
  const [unit] = await api.dataSource.query(`SELECT id FROM unit ORDER BY id LIMIT 1`);
  const [other] = await api.dataSource.query(
    // Not an accusation: markRepeat names only an earlier case the writer may read.
    `SELECT code FROM petition_case WHERE id <> ${Number(row.id)} AND matter_type <> 'ACCUSATION' ORDER BY id LIMIT 1`,
  );
  return {
    caseId: Number(row.id),
    caseCode: row.code,
    leaderId: Number(row.leader_id),
    unitId: Number(unit.id),
    townshipCode: row.township_code,
    villageCode: row.village_code,
    otherCaseCode: other.code,
  };
}

/** Arguments for fields that need them (or whose lists must stay short), as GraphQL literals. */
export function fieldArgs(fx: Fixtures): Record<string, string> {
  return {
    'Query.township': `code: "${fx.townshipCode}"`,
    'Query.village': `code: "${fx.villageCode}"`,
    'Query.villages': `townshipCode: "${fx.townshipCode}"`,
    'Query.leader': `id: ${fx.leaderId}`,
    'Query.case': `id: ${fx.caseId}`,
    'Query.caseByCode': `code: "${fx.caseCode}"`,
    'Query.cases': 'first: 2',
    'Query.caseStats': 'groupBy: [TOWNSHIP]',
    'Query.leaderWorkloads': `filter: { leaderIds: [${fx.leaderId}] }`,
    // The case registered in beforeAll waits for its acceptance decision, due in 15 days.
    'Query.warnings': `asOf: "${WARNINGS_AS_OF}", first: 2`,
    'Query.accessLog': 'first: 2',
    'Query.periodRevisions': 'from: "2022-01", to: "2022-12"',
    'Township.cases': 'first: 2',
    'Village.cases': 'first: 2',
    'Category.cases': 'first: 2',
    'Unit.cases': 'first: 2',
    'Leader.cases': 'first: 2',
    'Leader.visits': 'first: 2',
    'Leader.instructions': 'first: 2',
  };
}

/**
 * The same, as the wall screen may ask them (display-rules.ts: the wall's periods, no leader filter);
 * what it may not ask is display-differencing.integration.test.ts's to refuse.
 */
export function displayArgs(fx: Fixtures): Record<string, string> {
  const ytd = windowPeriods(new Date()).YEAR_TO_DATE;
  return {
    ...fieldArgs(fx),
    'Query.caseStats': 'filter: { from: "2021-01-01", to: "2021-12-31" }, groupBy: [TOWNSHIP]',
    'Query.kpis': `filter: { from: "${ytd.from}", to: "${ytd.to}" }`,
    'Query.leaderWorkloads': `filter: { from: "${ytd.from}", to: "${ytd.to}" }`,
  };
}

export interface Step {
  type: string;
  field: string;
}

/** The shortest path from Query to each object type (breadth first). */
export function shortestPaths(): Map<string, Step[]> {
  const found = new Map<string, Step[]>([['Query', []]]);
  let frontier = ['Query'];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const type of frontier) {
      const object = schema.getType(type);
      if (!isObjectType(object)) continue;
      for (const field of Object.values(object.getFields())) {
        const target = getNamedType(field.type);
        if (!isObjectType(target) || found.has(target.name)) continue;
        found.set(target.name, [...found.get(type)!, { type, field: field.name }]);
        next.push(target.name);
      }
    }
    frontier = next;
  }
  return found;
}

/** Every path from Query to `goal` of at most `maxDepth` fields that visits no type twice. */
export function everyPath(goal: string, maxDepth: number): Step[][] {
  const out: Step[][] = [];
  const walk = (type: string, path: Step[], seen: Set<string>) => {
    if (type === goal) {
      out.push(path);
      return;
    }
    if (path.length >= maxDepth) return;
    const object = schema.getType(type);
    if (!isObjectType(object)) return;
    for (const field of Object.values(object.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target) || seen.has(target.name)) continue;
      walk(target.name, [...path, { type, field: field.name }], new Set([...seen, target.name]));
    }
  };
  walk('Query', [], new Set(['Query']));
  return out;
}

export function queryOf(
  path: Step[],
  leaf: GraphQLField<unknown, unknown>,
  leafType: string,
  args: Record<string, string>,
) {
  const call = (type: string, field: string) => {
    const a = args[`${type}.${field}`];
    return a ? `${field}(${a})` : field;
  };
  const selection = isObjectType(getNamedType(leaf.type)) ? ' { __typename }' : '';
  let body = `${call(leafType, leaf.name)}${selection}`;
  for (let i = path.length - 1; i >= 0; i--) body = `${call(path[i]!.type, path[i]!.field)} { ${body} }`;
  return `{ ${body} }`;
}

export function requiredArgsMissing(
  field: GraphQLField<unknown, unknown>,
  type: string,
  args: Record<string, string>,
) {
  return (
    field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) &&
    !args[`${type}.${field.name}`]
  );
}

/** True when `key` appears as a property anywhere in `data` (the field was resolved at least once). */
export function resolvedSomewhere(data: unknown, key: string): boolean {
  if (Array.isArray(data)) return data.some((d) => resolvedSomewhere(d, key));
  if (data && typeof data === 'object') {
    if (key in data) return true;
    return Object.values(data).some((d) => resolvedSomewhere(d, key));
  }
  return false;
}

export function allowed(who: Who, path: Step[], leafType: string, leaf: string): boolean {
  if (who === 'ANONYMOUS') return false;
  return [...path, { type: leafType, field: leaf }].every((s) =>
    ruleOf(s.type, s.field)!.roles.includes(who),
  );
}

/** Two weeks from now: the acceptance of a case registered today is due within three days. */
const WARNINGS_AS_OF = new Date(Date.now() + 14 * 86_400_000).toISOString();

const validIdNumber = (first17: string) => `${first17}${idCheckDigit(first17)}`;

export const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions.code);

/** Runs `tasks` a few at a time (one request each). */
export async function inBatches<T>(tasks: (() => Promise<T>)[], size = 8): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < tasks.length; i += size)
    out.push(...(await Promise.all(tasks.slice(i, i + size).map((t) => t()))));
  return out;
}

/**
 * One RED alert of a township cell and one of a village cell, so every early-warning field has
 * something to resolve: the seed's 18 months are too short for the detector (it needs two years), and
 * what it computes is warning.integration.test.ts's.
 */
async function plantEarlyWarnings(api: TestApi): Promise<void> {
  const [v] = (await api.dataSource.query(
    'SELECT code, township_code FROM village ORDER BY code LIMIT 1',
  )) as { code: string; township_code: string }[];
  const spec = api.dataSource.dialect;
  const now = spec.timestamp(new Date());
  const p = (n: number) => Array.from({ length: n }, (_, i) => spec.placeholder(i + 1)).join(', ');
  for (const [scope, place] of [
    ['TOWNSHIP', v!.township_code],
    ['VILLAGE', v!.code],
  ])
    await api.dataSource.query(
      `INSERT INTO early_warning_signal (scope, place_code, township_code, category_code, month, observed, expected,
         upper_yellow, upper_red, p_value, level, trend, years, baseline, provisional, raised_at, computed_at)
       VALUES (${p(17)})`,
      [
        scope,
        place,
        v!.township_code,
        'IRRIGATION',
        '2022-06',
        9,
        2.5,
        6,
        8,
        0.0004,
        'RED',
        spec.parameter(false),
        2,
        '2021-05,2021-06,2021-07',
        spec.parameter(false),
        now,
        now,
      ],
    );
  await api.dataSource.query(
    `INSERT INTO early_warning_state (id, series_start, final_through, computed_at) VALUES (1, ${p(3)})`,
    ['2021-01', '2022-05', now],
  );
}

/** The matrix's API (SEED), its argument fixtures, and a request's headers per role (none: ANONYMOUS). */
export function authorizationSuite(dialect: Dialect) {
  let api: TestApi;
  let fx: Fixtures;
  const headers = {} as Record<Who, Record<string, string>>;

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
    fx = await findFixtures(api);
    await api.auth.createUser({ username: 'analyst', role: Role.ANALYST });
    await api.auth.createUser({ username: 'leader', role: Role.LEADER, leaderId: fx.leaderId });
    await api.auth.createUser({ username: 'clerk', role: Role.CLERK });
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    headers[Role.ADMIN] = api.authHeaders;
    headers[Role.ANALYST] = await api.headersOf('analyst');
    headers[Role.LEADER] = await api.headersOf('leader');
    headers[Role.CLERK] = await api.headersOf('clerk');
    headers[Role.DISPLAY] = await api.headersOf('wall');
    headers.ANONYMOUS = {};
    await plantEarlyWarnings(api);
    // One revision of a closed month, so periodRevisions has something to resolve (what makes one —
    // an administrator's import — is periods.integration.test.ts's).
    await recordRevisions(api.dataSource.manager, dialectSpec(dialect), [
      {
        month: '2022-06',
        by: TEST_USER,
        reason: 'fixture',
        source: 'fixture.csv',
        at: new Date(),
        before: await monthKpis(
          new StatsService(api.dataSource, dialectSpec(dialect)),
          '2022-06',
          new Date(),
        ),
      },
    ]);
    // An open case due soon (warnings list it), and one unmasked read (the access log shows it).
    const registered = await api.graphql(
      `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
      {
        input: {
          title: '灌溉渠堵塞',
          summary: '渠道堵塞，下游无法淌水。',
          matterType: 'APPEAL',
          categoryCode: 'IRRIGATION',
          channel: 'VISIT',
          villageCode: fx.villageCode,
          headcount: 1,
          petitioners: [
            { name: '王立新', phone: '13909530001', idNumber: validIdNumber('64030219800101123') },
          ],
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    await api.graphql(`{ case(id: ${fx.caseId}) { petitioners { name } } }`);
    // A boundary pack, so boundaryPack's fields resolve (what a pack may be: boundary-pack.integration.test.ts).
    const loaded = await putBoundaryPack(
      api,
      api.authHeaders,
      JSON.stringify(await syntheticPack(api.dataSource)),
    );
    expect(loaded.status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
  });

  return lateBound(() => ({ api, fx }), { headers });
}
