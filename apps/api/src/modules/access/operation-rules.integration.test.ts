// Over HTTP, the role rules are decided once per operation (operation-rules.ts): an operation that asks
// a field its user may not read anywhere — deep in a fragment, behind an alias — is refused before any
// resolver or statement runs, and the answer to an allowed one is what the fields give, however asked.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { startTestApi, type TestApi } from '../../test/api.js';
import { describeEachDatabase } from '../../test/databases.js';

const SEED = { until: '2022-06-30', casesPerYear: 600 };

// GraphQL answers, walked by hand.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

/** Village.cases (not for the wall) three levels down, in a fragment spread inside an inline fragment. */
const HIDDEN = `query Hidden {
  a: townships { code ...T }
}
fragment T on Township { b: villages { name ... on Village { ...V } } }
fragment V on Village { c: cases(first: 1) { totalCount } }`;

/** The statement of signing a request in: its user, and whether its token was revoked. */
const SIGNING_IN = /FROM "?(app_user|revoked_token)\b/;

/** The same fields, asked plainly. */
const PLAIN = `{ townships { code villages { name cases(first: 1) { totalCount } } } }`;

describeEachDatabase('operation rules over HTTP', (dialect) => {
  let api: TestApi;
  let wall: Record<string, string>;
  let analyst: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    await api.auth.createUser({ username: 'analyst', role: Role.ANALYST });
    wall = await api.headersOf('wall');
    analyst = await api.headersOf('analyst');
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
  });

  /** The answer and the SQL statements run while it was computed. */
  async function withStatements(headers: Record<string, string>, query: string) {
    const from = api.counter.statements.length;
    const answer = await api.graphqlAs<Data>(headers, query);
    return { answer, statements: api.counter.statements.slice(from) };
  }

  it('refuses an operation asking a forbidden field anywhere, before any resolver or read runs', async () => {
    const refused = await withStatements(wall, HIDDEN);
    expect(refused.answer.status).toBe(200);
    expect(refused.answer.data).toBeNull();
    expect(refused.answer.errors).toEqual([
      {
        message: 'The role DISPLAY may not read Village.cases.',
        locations: [{ line: 5, column: 25 }],
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
    // Nothing but signing in (not even the response cache's data version): no resolver ran.
    expect(refused.statements.length).toBeGreaterThan(0);
    expect(refused.statements.filter((s) => !SIGNING_IN.test(s))).toEqual([]);
    // The same fields without the one the wall may not read: answered.
    const allowed = await api.graphqlAs<Data>(
      wall,
      HIDDEN.replace('c: cases(first: 1) { totalCount }', 'c: code'),
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.a[0].b[0].c).toMatch(/^\d{12}$/);
  });

  it('refuses a mutation field the role may not use before any of the operation runs', async () => {
    const { answer, statements } = await withStatements(
      analyst,
      `mutation { __typename second: acceptCase(id: "1", version: 1) { id } }`,
    );
    expect(answer.data).toBeNull();
    expect(answer.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      ['FORBIDDEN', 'The role ANALYST may not read Mutation.acceptCase.'],
    ]);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((s) => !SIGNING_IN.test(s))).toEqual([]);
  });

  it('answers an allowed operation as the same fields asked plainly: fragments and aliases change nothing', async () => {
    const hidden = await api.graphqlAs<Data>(analyst, HIDDEN);
    const plain = await api.graphqlAs<Data>(analyst, PLAIN);
    expect(hidden.errors).toBeUndefined();
    expect(plain.errors).toBeUndefined();
    const renamed = (plain.data!.townships as Data[]).map((t) => ({
      code: t.code,
      b: (t.villages as Data[]).map((v) => ({ name: v.name, c: v.cases })),
    }));
    expect(hidden.data).toEqual({ a: renamed });
    expect(renamed.some((t) => t.b.some((v: Data) => v.c.totalCount > 0))).toBe(true);
  });
});
