// The per-field budget as schema.ts applies it: object and list fields spend for the scalar fields
// under them, scalar fields spend nothing themselves. The units must be what one unit per resolved
// field and one per list item gave, whatever the selection (fragments, aliases, merged fields,
// @skip/@include, nulls), and long answers must still be paced over turns of the event loop.
import {
  execute,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionResult,
  type GraphQLFieldResolver,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { budgeted, budgetedLeaf, REQUEST_BUDGET, RequestBudget, runInBudget } from './request-budget.js';

interface Item {
  a: number;
  b: string;
  tags: string[];
  child: Item | null;
  children: (Item | null)[];
}

function item(n: number, depth: number): Item {
  return {
    a: n,
    b: `b${n}`,
    tags: n % 3 === 0 ? [] : ['x', 'y'],
    child: depth > 0 && n % 2 === 0 ? item(n + 1, depth - 1) : null,
    children: depth > 0 ? [item(n + 2, depth - 1), null, item(n + 3, depth - 1)] : [],
  };
}

/** A schema whose fields are all wrapped by `wrap(resolve, isLeaf, isRoot)`. */
function schemaWith(
  wrap: (
    resolve: GraphQLFieldResolver<unknown, object>,
    leaf: boolean,
  ) => GraphQLFieldResolver<unknown, object>,
) {
  const items = Array.from({ length: 40 }, (_, i) => item(i * 10, 2));
  const prop =
    (name: string): GraphQLFieldResolver<unknown, object> =>
    (root) =>
      (root as Record<string, unknown>)[name];
  const ItemType: GraphQLObjectType = new GraphQLObjectType({
    name: 'Item',
    fields: () => ({
      a: { type: GraphQLInt, resolve: wrap(prop('a'), true) },
      b: { type: GraphQLString, resolve: wrap(prop('b'), true) },
      // A scalar read asynchronously, like totalCount.
      later: { type: GraphQLString, resolve: wrap(async (root) => (root as Item).b, true) },
      tags: { type: new GraphQLList(GraphQLString), resolve: wrap(prop('tags'), true) },
      child: { type: ItemType, resolve: wrap(prop('child'), false) },
      children: { type: new GraphQLList(ItemType), resolve: wrap(prop('children'), false) },
    }),
  });
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: { type: new GraphQLNonNull(new GraphQLList(ItemType)), resolve: wrap(() => items, false) },
      first: { type: ItemType, resolve: wrap(() => items[0], false) },
      none: { type: ItemType, resolve: wrap(() => null, false) },
      count: { type: GraphQLInt, resolve: wrap(() => items.length, false) },
    },
  });
  return new GraphQLSchema({ query });
}

/** One unit per field resolved and one per list item: what the per-field middleware spent. */
function referenceUnits(query: string, variableValues?: Record<string, unknown>) {
  let units = 0;
  const schema = schemaWith((resolve) => (root, args, context, info) => {
    units += 1;
    const settle = (value: unknown) => {
      if (Array.isArray(value)) units += value.length;
      return value;
    };
    const value = resolve(root, args, context, info);
    return value instanceof Promise ? value.then(settle) : settle(value);
  });
  return { schema, units: () => units, variableValues, query };
}

const guarded = schemaWith((resolve, leaf) => (leaf ? budgetedLeaf(resolve) : budgeted(resolve)));

function run(
  schema: GraphQLSchema,
  query: string,
  budget: RequestBudget,
  variableValues?: Record<string, unknown>,
): Promise<ExecutionResult> | ExecutionResult {
  return runInBudget(budget, () =>
    execute({ schema, document: parse(query), contextValue: {}, variableValues }),
  );
}

const QUERIES: [string, Record<string, unknown>?][] = [
  ['{ count items { a b tags } }'],
  ['{ items { a b later tags child { a b child { a } } children { a b children { b } } } }'],
  // Aliases are their own fields; the same key asked twice (directly and in a fragment) is one.
  ['{ items { x: a y: a a ...F ... on Item { b child { ...F } } } } fragment F on Item { a b tags }'],
  ['{ first { a ...F } none { a b } } fragment F on Item { children { a b } }'],
  // __typename is no resolver: never a unit.
  ['{ items { __typename a children { __typename } } }'],
  [
    'query($s: Boolean!, $i: Boolean!) { items { a @skip(if: $s) b @include(if: $i) child @include(if: $i) { a } ...F @skip(if: $s) } } fragment F on Item { tags }',
    { s: true, i: false },
  ],
  [
    'query($s: Boolean!, $i: Boolean!) { items { a @skip(if: $s) b @include(if: $i) child @include(if: $i) { a } ...F @skip(if: $s) } } fragment F on Item { tags }',
    { s: false, i: true },
  ],
];

describe('budgeted fields (schema.ts): scalar fields counted in bulk', () => {
  it.each(QUERIES)('spends what one unit per field and per list item spent: %s', async (query, variables) => {
    const reference = referenceUnits(query, variables);
    const expected = await execute({
      schema: reference.schema,
      document: parse(query),
      contextValue: {},
      variableValues: variables,
    });
    const budget = new RequestBudget();
    const answer = await run(guarded, query, budget, variables);
    expect(answer).toEqual(expected);
    expect(expected.errors).toBeUndefined();
    expect(reference.units()).toBeGreaterThan(0);
    expect(budget.units).toBe(reference.units());
    budget.release();
  });

  it('answers a small all-synchronous query without a single promise, and paces a long one over turns', async () => {
    const small = new RequestBudget();
    const result = run(guarded, '{ first { a b tags child { a } } }', small);
    expect(result).not.toBeInstanceOf(Promise);
    small.release();

    // 40 items × (1 + 3 scalars) + 40 × 3 children × (1 + 2 scalars) … ≈ 700 units; 10 per turn.
    const paced = new RequestBudget({ ...REQUEST_BUDGET, unpacedUnits: 0, yieldEvery: 10 });
    let turns = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const answer = await run(guarded, '{ items { a b tags children { a b } } }', paced);
    done = true;
    expect(answer.errors).toBeUndefined();
    expect(turns).toBeGreaterThan(paced.units / 10 / 2);
    paced.release();
  });

  it('refuses every later field once the request stopped, and stops the request on a budget overrun', async () => {
    const tight = new RequestBudget({ ...REQUEST_BUDGET, maxUnits: 50 });
    const answer = await run(guarded, '{ items { a b tags } }', tight);
    expect(tight.failure?.extensions).toMatchObject({ code: 'REQUEST_BUDGET_EXCEEDED', budget: 'units' });
    expect(answer.errors?.every((e) => e.message === tight.failure!.message)).toBe(true);
    tight.release();
  });
});
