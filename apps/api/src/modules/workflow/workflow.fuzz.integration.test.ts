// Fuzzing every workflow mutation over HTTP with fast-check: random and hostile arguments (huge and
// odd unicode strings, wrong JSON types for variables, out-of-range numbers, malformed dates and ids).
// Whatever arrives, the API answers with a typed error or a success — never a 5xx, never
// INTERNAL_SERVER_ERROR, never a stack trace — and a refused call leaves every table byte for byte
// as it was.
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { idCheckDigit } from '@lianxin/domain';
import { describeEachDatabase } from '../../test/databases.js';
import { STEP_ARGS } from '../../test/step-mutations.js';
import { startTestApi, type TestApi } from '../../test/api.js';

/** Runs per mutation kind: enough to hit every validation branch, small enough for ~60 s in all. */
const RUNS = 40;
/** Fixed so a failure reproduces; set FUZZ_SEED to explore other inputs. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_101);

const ENUMS: Record<string, string[]> = {
  VisitKind: ['RECEPTION', 'DOWN_VISIT', 'APPOINTMENT', 'HOME_VISIT', 'FOLLOW_UP'],
  Outcome: ['SUPPORTED', 'EXPLAINED', 'NOT_SUPPORTED'],
  Satisfaction: ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'],
  MatterType: ['APPEAL', 'ACCUSATION', 'SUGGESTION'],
  Channel: ['VISIT', 'LETTER', 'ONLINE', 'DOOR_TO_DOOR', 'LEADER_RECEPTION'],
};

// ---- arbitraries ----

const HUGE = ['x'.repeat(100_000), '信'.repeat(100_000), '😀'.repeat(100_000), ' '.repeat(100_000)];
const ODD_STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'a\udc00b',
  '\u200b',
  '\ufeff',
  'e\u0301',
  '👨‍👩‍👧‍👦',
  "'; DROP TABLE petition_case; --",
  '%_\\',
  '{"a":1}',
  '<script>alert(1)</script>',
  '2023-02-30',
  '2021-13-01T25:61:00Z',
  'NaN',
  '-1',
  '١٢٣',
  'LT-2021-000001',
];
const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 4990, maxLength: 5010 }) },
);
const smallString = fc.oneof(fc.string({ unit: 'binary', maxLength: 70 }), fc.constantFrom(...ODD_STRINGS));
const anyInt = fc.oneof(
  fc.integer({ min: -3, max: 100 }),
  fc.integer(),
  fc.constantFrom(0, -1, 30, 31, 60, 61, 90, 91, 2 ** 31 - 1, -(2 ** 31)),
);
/** Values of the wrong JSON type for whatever the variable is, and numbers GraphQL's Int cannot hold. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    1.5,
    -0.5,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    1e308,
    '12',
    '1e3',
    '',
    {},
    [],
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 10 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer())),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 4 }),
);

function withWrongTypes<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: arb as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: wrongType },
  );
}

let nextPerson = 0;
const validIdNumber = () => {
  const first17 = `65900319700101${String(nextPerson++ % 1000).padStart(3, '0')}`;
  return first17 + idCheckDigit(first17);
};

interface Refs {
  caseIds: string[];
  caseCodes: string[];
  leaders: number[];
  units: number[];
  villages: string[];
}

/** An arbitrary for one argument of the given GraphQL type, biased towards values that pass. */
function argument(type: string, name: string, refs: Refs): fc.Arbitrary<unknown> {
  const base = type.replace(/!$/, '');
  let arb: fc.Arbitrary<unknown>;
  if (base === 'String') {
    arb =
      name === 'repeatOfCode'
        ? fc.oneof(fc.constantFrom(...refs.caseCodes), anyString)
        : fc.oneof(fc.constantFrom('依法处理', '  有效文本  '), anyString);
  } else if (base === 'Int') {
    const known = name.toLowerCase().includes('unit') ? refs.units : refs.leaders;
    arb = name === 'days' ? anyInt : fc.oneof(fc.constantFrom(...known), anyInt);
  } else if (base === '[String!]') {
    arb = fc.oneof(
      fc.array(smallString, { maxLength: 60 }),
      fc.array(fc.constantFrom('水务局', '乡政府', '村委会'), { minLength: 1, maxLength: 4 }),
      fc.array(fc.oneof(smallString, fc.constant(null), fc.integer()), { maxLength: 5 }),
    );
  } else if (ENUMS[base]) {
    arb = fc.oneof(fc.constantFrom(...ENUMS[base]!), smallString);
  } else if (base === 'Boolean') {
    arb = fc.boolean();
  } else if (base === 'LocalDate') {
    arb = fc.oneof(
      fc
        .date({
          min: new Date('1999-12-31T00:00:00Z'),
          max: new Date('2031-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom('2021-02-29', '2021-13-01', '2021-1-1', '21-01-01', '2021-01-01T00:00:00Z', ''),
      smallString,
    );
  } else {
    throw new Error(`no arbitrary for ${type}`);
  }
  // A nullable argument may also be left out entirely.
  const value = withWrongTypes(arb);
  return type.endsWith('!') ? value : fc.option(value, { nil: undefined });
}

const CURRENT = Symbol('current version');

function stepCall(mutation: string, refs: Refs) {
  const args = Object.fromEntries(
    Object.entries(STEP_ARGS[mutation]!).map(([name, type]) => [name, argument(type, name, refs)]),
  );
  return fc.record({
    id: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...refs.caseIds) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('0', '-1', '999999999', '1e3', '0x10', ' 1', '9007199254740993'),
      },
      { weight: 1, arbitrary: withWrongTypes(smallString) },
    ),
    version: fc.oneof(
      { weight: 6, arbitrary: fc.constant<unknown>(CURRENT) },
      { weight: 1, arbitrary: anyInt },
      { weight: 1, arbitrary: wrongType },
    ),
    args: fc.record(args),
  });
}

function registration(refs: Refs) {
  const petitioner = fc.record(
    {
      name: withWrongTypes(fc.oneof(fc.constantFrom('马建国', ' 李 '), smallString)),
      phone: withWrongTypes(
        fc.oneof(fc.constantFrom('13812345678', '12812345678', ' 19912345678 '), smallString),
      ),
      idNumber: withWrongTypes(
        fc.oneof(
          { weight: 3, arbitrary: fc.constant(null).map(() => validIdNumber()) },
          { weight: 1, arbitrary: fc.constantFrom('11010519491231002x', '110105194912310021', '123') },
          { weight: 1, arbitrary: smallString },
        ),
      ),
      representative: withWrongTypes(fc.boolean()),
    },
    { requiredKeys: ['name', 'phone', 'idNumber'] },
  );
  return fc.record(
    {
      clientKey: withWrongTypes(fc.option(anyString, { nil: null })),
      title: withWrongTypes(fc.oneof(fc.constantFrom('村道损毁'), anyString)),
      summary: withWrongTypes(fc.oneof(fc.constantFrom('雨后村道塌陷'), anyString)),
      matterType: argument('MatterType!', 'matterType', refs),
      categoryCode: withWrongTypes(fc.oneof(fc.constantFrom('ROAD', 'IRRIGATION'), smallString)),
      channel: argument('Channel!', 'channel', refs),
      villageCode: withWrongTypes(fc.oneof(fc.constantFrom(...refs.villages), smallString)),
      headcount: withWrongTypes(anyInt),
      petitioners: withWrongTypes(fc.array(petitioner, { maxLength: 7 })),
    },
    // Mostly complete inputs (so validation is reached), sometimes with fields missing.
    { requiredKeys: [] },
  );
}

function stepQuery(mutation: string): string {
  const args: Record<string, string> = { id: 'ID!', version: 'Int!', ...STEP_ARGS[mutation] };
  const declared = Object.entries(args).map(([name, type]) => `$${name}: ${type}`);
  const passed = Object.keys(args).map((name) => `${name}: $${name}`);
  return `mutation (${declared.join(', ')}) { result: ${mutation}(${passed.join(', ')}) { id version status } }`;
}

const STACK_TRACE = /\bat [^\n"]*\.(?:ts|js|mjs|cjs):\d+:\d+|"stacktrace"/;

describeEachDatabase('case workflow under fuzzed input', (dialect) => {
  let api: TestApi;
  let refs: Refs;
  let tables: string[];
  let baseline: string;

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    const data = (await post(
      '{ villages(townshipCode: "640302202000") { code } leaders { id } units { id } }',
    )) as { data: { villages: { code: string }[]; leaders: { id: string }[]; units: { id: string }[] } };
    // Targets in several states, so that most steps are legal on one of them.
    const seededCases = (await api.dataSource.query(
      `SELECT id, code FROM petition_case WHERE status IN ('REGISTERED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED', 'UNDER_REVIEW')
        ORDER BY id`,
    )) as { id: number; code: string }[];
    const byStatus = new Map<string, { id: number; code: string }>();
    for (const row of (await api.dataSource.query(
      'SELECT id, code, status FROM petition_case ORDER BY id',
    )) as { id: number; code: string; status: string }[]) {
      if (!byStatus.has(row.status)) byStatus.set(row.status, row);
    }
    refs = {
      caseIds: [...byStatus.values()].map((c) => String(c.id)),
      caseCodes: seededCases.slice(0, 5).map((c) => c.code),
      leaders: data.data.leaders.slice(0, 5).map((l) => Number(l.id)),
      units: data.data.units.slice(0, 5).map((u) => Number(u.id)),
      villages: data.data.villages.slice(0, 3).map((v) => v.code),
    };
    tables =
      dialect === 'sqlite'
        ? (
            (await api.dataSource.query(
              "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
            )) as { name: string }[]
          ).map((t) => t.name)
        : (
            (await api.dataSource.query(
              "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
            )) as { name: string }[]
          ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['petition_case', 'case_event', 'case_month_rollup', 'data_version']),
    );
    baseline = await snapshot();
  });
  afterAll(async () => {
    await api?.stop();
  });

  /**
   * Every row of every table, JSON-serialised, in a fixed order (by the serialised row, a total order
   * like the primary key's). PostgreSQL digests each table in place (md5 of the ordered JSON rows) so
   * ~1,000 snapshots stay within the suite's time; SQLite is local and serialises in Node.
   */
  async function snapshot(): Promise<string> {
    if (dialect === 'postgres') {
      const digests = (await api.dataSource.query(
        tables
          .map(
            (table) =>
              `SELECT '${table}' AS t, COUNT(*) AS n,
                      md5(COALESCE(string_agg(row_to_json(x)::text, E'\\n' ORDER BY row_to_json(x)::text), '')) AS h
                 FROM "${table}" x`,
          )
          .join(' UNION ALL '),
      )) as { t: string; n: string; h: string }[];
      return digests
        .sort((a, b) => a.t.localeCompare(b.t))
        .map((d) => `${d.t}:${d.n}:${d.h}`)
        .join('\n');
    }
    const parts: string[] = [];
    for (const table of tables) {
      const rows = (await api.dataSource.query(`SELECT * FROM "${table}"`)) as unknown[];
      parts.push(`${table}:${JSON.stringify(rows.map((r) => JSON.stringify(r)).sort())}`);
    }
    return parts.join('\n');
  }

  function firstDifference(a: string, b: string): string {
    const left = a.split('\n');
    const right = b.split('\n');
    const i = left.findIndex((line, k) => line !== right[k]);
    return i < 0 ? 'none' : `table ${left[i]!.slice(0, left[i]!.indexOf(':'))} changed`;
  }

  /** POSTs raw JSON and checks the transport: no 5xx, no stack trace, a JSON body. */
  async function post(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  }> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.authHeaders },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const shown = `${response.status} ${text.slice(0, 400)}`;
    expect(response.status, shown).toBeLessThan(500);
    expect(STACK_TRACE.test(text), shown).toBe(false);
    return JSON.parse(text) as never;
  }

  /** One call: a success moves the baseline; a refusal must be typed and leave the database as it was. */
  async function check(query: string, variables: Record<string, unknown>): Promise<void> {
    const body = await post(query, variables);
    if (!body.errors?.length) {
      expect(body.data?.result, JSON.stringify(body)).toBeTruthy();
      baseline = await snapshot();
      return;
    }
    for (const error of body.errors) {
      const code = error.extensions?.code;
      expect(typeof code, JSON.stringify(error).slice(0, 300)).toBe('string');
      expect(code, error.message.slice(0, 300)).not.toBe('INTERNAL_SERVER_ERROR');
      expect(code).toMatch(/^[A-Z_]+$/);
    }
    expect(body.data?.result ?? null).toBeNull();
    const after = await snapshot();
    if (after !== baseline) {
      const difference = firstDifference(baseline, after);
      baseline = after;
      expect.fail(`refused with ${body.errors[0]!.extensions?.code} but the database changed: ${difference}`);
    }
  }

  async function currentVersion(id: unknown): Promise<number> {
    if (typeof id !== 'string' || !/^\d{1,9}$/.test(id)) return 1;
    const rows = (await api.dataSource.query(
      `SELECT version FROM petition_case WHERE id = ${Number(id)}`,
    )) as {
      version: unknown;
    }[];
    return rows.length ? Number(rows[0]!.version) : 1;
  }

  it('answers every fuzzed registration with a case or a typed refusal that writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(registration(refs), async (input) => {
        await check(
          'mutation ($input: RegisterCaseInput!) { result: registerCase(input: $input) { id version status } }',
          { input },
        );
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  for (const [index, mutation] of Object.keys(STEP_ARGS).entries()) {
    it(`answers every fuzzed ${mutation} with a case or a typed refusal that writes nothing`, async () => {
      const query = stepQuery(mutation);
      await fc.assert(
        fc.asyncProperty(stepCall(mutation, refs), async ({ id, version, args }) => {
          const variables: Record<string, unknown> = {
            id,
            version: version === CURRENT ? await currentVersion(id) : version,
          };
          for (const [name, value] of Object.entries(args)) if (value !== undefined) variables[name] = value;
          await check(query, variables);
        }),
        { numRuns: RUNS, seed: SEED + index + 1 },
      );
    });
  }
});
