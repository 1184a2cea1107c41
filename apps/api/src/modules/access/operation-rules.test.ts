// The role rules decided once per operation (operation-rules.ts), on the real schema: every field the
// operation can reach is checked, wherever it hides, before anything runs — and only what execution
// would run (@skip/@include), with the wall's catalogue on its root fields.
import {
  buildSchema,
  execute,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  subscribe,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import type { AuthUser } from '../auth/auth.service.js';
import { createSchema } from '../../schema.js';
import { authorizeOperation } from './operation-rules.js';

const user = (role: Role, scope: AuthUser['scope'] = {}): AuthUser => ({
  id: 1,
  username: role.toLowerCase(),
  displayName: role,
  role,
  scope,
  leaderId: null,
  unitId: null,
});

/** What authorizeOperation throws for `query` (null when it is allowed). */
function refusal(
  schema: GraphQLSchema,
  who: AuthUser | null,
  query: string,
  variables: Record<string, unknown> = {},
): GraphQLError | null {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  try {
    authorizeOperation({
      schema,
      operation,
      fragments,
      variableValues: coerced.coerced,
      context: { user: who, now: new Date('2026-11-27T12:00:00+08:00') },
    });
    return null;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

describe('authorizeOperation (the real schema and rule table)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  const hidden = `query Deep {
      a: townships { code ...T }
    }
    fragment T on Township { b: villages { name ... on Village { ...V } } }
    fragment V on Village { c: cases(first: 1) { totalCount } }`;

  it('finds a forbidden field deep in a fragment, inside an inline fragment, behind aliases', () => {
    const error = refusal(schema, user(Role.DISPLAY), hidden);
    expect(error?.message).toBe('The role DISPLAY may not read Village.cases.');
    expect(error?.extensions.code).toBe('FORBIDDEN');
    // Located at the field that asked: `c: cases(first: 1)` on line 5.
    expect(error?.locations).toEqual([{ line: 5, column: 29 }]);
    expect(refusal(schema, user(Role.ANALYST), hidden)).toBeNull();
  });

  it('checks nested lists and every root field, mutations included', () => {
    expect(
      refusal(schema, user(Role.ANALYST), '{ cases(first: 2) { edges { node { petitioners { name } } } } }'),
    ).toBeNull();
    expect(
      refusal(schema, user(Role.DISPLAY), '{ townships { code } leaders { id visits(first: 1) { id } } }')
        ?.message,
    ).toBe('The role DISPLAY may not read Leader.visits.');
    expect(refusal(schema, user(Role.ANALYST), '{ townships { code } users { id } }')?.message).toBe(
      'The role ANALYST may not read Query.users.',
    );
    expect(
      refusal(schema, user(Role.ANALYST), 'mutation { acceptCase(id: "1", version: 1) { id } }')?.message,
    ).toBe('The role ANALYST may not read Mutation.acceptCase.');
    expect(
      refusal(schema, user(Role.ADMIN), '{ periodRevisions(from: "2025-01", to: "2025-02") { id } }'),
    ).toBeNull();
  });

  it('checks only what execution would run: @skip and @include, with their variables', () => {
    const query = `query($s: Boolean!, $i: Boolean!) {
      townships { code cases(first: 1) @skip(if: $s) { totalCount } villages @include(if: $i) { cases { totalCount } } }
    }`;
    const wall = user(Role.DISPLAY);
    expect(refusal(schema, wall, query, { s: true, i: false })).toBeNull();
    expect(refusal(schema, wall, query, { s: false, i: false })?.message).toBe(
      'The role DISPLAY may not read Township.cases.',
    );
    expect(refusal(schema, wall, query, { s: true, i: true })?.message).toBe(
      'The role DISPLAY may not read Village.cases.',
    );
    // A fragment skipped as a whole.
    expect(
      refusal(
        schema,
        wall,
        '{ townships { ...C @skip(if: true) } } fragment C on Township { cases { totalCount } }',
      ),
    ).toBeNull();
  });

  it('wants a signed-in user for any field, and leaves introspection fields to the operation guard', () => {
    const error = refusal(schema, null, '{ __typename townships { code } }');
    expect(error?.extensions.code).toBe('UNAUTHENTICATED');
    expect(refusal(schema, null, '{ __typename }')).toBeNull();
    expect(refusal(schema, null, '{ __schema { types { name } } }')).toBeNull();
  });

  it('holds the wall to its catalogue on root fields, with the arguments execution would pass', () => {
    const wall = user(Role.DISPLAY);
    const query = `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [TOWNSHIP]) { count } }`;
    expect(refusal(schema, wall, query, { f: { from: '2025-01-01', to: '2025-12-31' } })).toBeNull();
    const asOf = refusal(schema, wall, query, {
      f: { from: '2025-01-01', to: '2025-12-31', asOf: '2025-06-30T00:00:00Z' },
    });
    expect(asOf?.extensions.code).toBe('FORBIDDEN');
    expect(asOf?.message).toMatch(/^The wall screen account \(DISPLAY\) may ask only what the wall shows/);
    expect(asOf?.message).toMatch(/Here the filter holds asOf\.$/);
    // An account scoped to one village gets no aggregate at all; another role is not held to the catalogue.
    expect(refusal(schema, user(Role.DISPLAY, { villageCode: '640302100001' }), query, {})?.message).toMatch(
      /scoped to one village/,
    );
    expect(refusal(schema, user(Role.ANALYST), query, { f: { asOf: '2025-06-30T00:00:00Z' } })).toBeNull();
  });

  it('refuses over the non-HTTP paths too, before any resolver: a query executed directly, a subscription', async () => {
    // No services in this context: a resolver that ran would fail with a TypeError, not FORBIDDEN.
    const contextValue = { user: user(Role.DISPLAY), now: new Date() };
    const queried = await execute({
      schema,
      document: parse('{ townships { code } t: township(code: "640302100000") { cases { totalCount } } }'),
      contextValue,
    });
    expect(queried.data).toBeNull();
    // Refused before its resolver, whose missing services would have failed otherwise; being non-null,
    // the first refusal empties the answer.
    expect(queried.errors?.map((e) => e.message)).toEqual(['The role DISPLAY may not read Township.cases.']);
    const subscribed = await subscribe({
      schema,
      document: parse('subscription { caseChanged { at village { code } } }'),
      contextValue,
    });
    expect('errors' in subscribed && subscribed.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect('errors' in subscribed && subscribed.errors?.[0]?.message).toBe(
      'The role DISPLAY may not read ChangeNotice.village.',
    );
  });
});

describe('authorizeOperation on abstract types', () => {
  // Real type names (their rules are field-rules.ts's) behind an interface and a union.
  const schema = buildSchema(`
    interface Place { code: String cases: CaseConnection }
    type Township implements Place { code: String cases: CaseConnection }
    type Village implements Place { code: String name: String cases: CaseConnection }
    union Named = Township | Village
    type CaseConnection { totalCount: Int }
    type Query { townships: [Place] villages: [Named] }
  `);
  const wall = user(Role.DISPLAY);

  it('checks a field asked of an interface against every object type that implements it', () => {
    expect(refusal(schema, wall, '{ townships { cases { totalCount } } }')?.message).toMatch(
      /^The role DISPLAY may not read (Township|Village)\.cases\.$/,
    );
    expect(refusal(schema, wall, '{ townships { code } }')).toBeNull();
  });

  it('follows type conditions: a fragment on one member checks that member only', () => {
    expect(refusal(schema, wall, '{ villages { ... on Village { name } } }')).toBeNull();
    expect(
      refusal(
        schema,
        wall,
        '{ villages { ... on Township { code } ...V } } fragment V on Village { cases { totalCount } }',
      )?.message,
    ).toBe('The role DISPLAY may not read Village.cases.');
    expect(
      refusal(schema, wall, '{ villages { ... on Place { cases { totalCount } } } }')?.extensions.code,
    ).toBe('FORBIDDEN');
  });
});
