import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOperations } from '@lianxin/operations';
import { EXAMPLE_TABS } from '@lianxin/operations/graphiql-examples';
import { createSchema } from './schema.js';
import { LIST_SIZES, operationCost } from './query-cost.js';
import { armor, GRAPHQL_LIMITS } from './security.js';

/** The dashboard's and the wall's operations, each with the fragments it spreads, by file name. */
function dashboardOperations(): { name: string; document: DocumentNode }[] {
  return readOperations().map(({ file, document }) => ({ name: file, document: parse(document) }));
}

function graphiqlExamples(): { name: string; document: DocumentNode }[] {
  return EXAMPLE_TABS.map((tab, i) => ({ name: `GraphiQL tab ${i + 1}`, document: parse(tab.query) }));
}

/** townships → villages → (township → villages) × levels − 1 → code: the issue 11 attack. */
function nestedTownships(levels: number): string {
  let selection = 'villages { code }';
  for (let i = 1; i < levels; i++) selection = `villages { township { ${selection} } }`;
  return `{ townships { ${selection} } }`;
}

describe('the list-multiplying cost (query-cost.ts)', () => {
  let schema: GraphQLSchema;
  const { validationRules } = armor();
  const rules = [...specifiedRules, ...validationRules];
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('has an expected size for every list field of the schema, and none for a field that is gone', () => {
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
        if (isListType(unwrapped)) lists.push(`${type.name}.${field.name}`);
      }
    }
    expect(
      lists.filter((f) => !(f in LIST_SIZES)),
      'list fields without an entry in LIST_SIZES',
    ).toEqual([]);
    expect(
      Object.keys(LIST_SIZES).filter((f) => !lists.includes(f)),
      'entries of no list field',
    ).toEqual([]);
  });

  it('lets every dashboard and wall operation and GraphiQL example through with 10× headroom', async () => {
    const documents = [...dashboardOperations(), ...graphiqlExamples()];
    expect(documents.length).toBeGreaterThan(30);
    const costs: Record<string, number> = {};
    for (const { name, document } of documents) {
      expect(validate(schema, document, rules), name).toEqual([]);
      costs[name] = operationCost(schema, document);
    }
    const over = Object.entries(costs).filter(([, cost]) => cost * 10 > GRAPHQL_LIMITS.maxCost);
    expect(over, 'operations within 10× of maxCost').toEqual([]);
    // The costliest: the analytical pivot whose groupBy is a variable (the bucket cap × its 8 fields).
    expect(Math.max(...Object.values(costs))).toBe(costs['CaseStats.graphql']);
    expect(costs['CaseStats.graphql']).toBe(1 + 20_000 * 8);
  });

  it('refuses the nested townships attack at 3 and 4 levels at validation, and lets 2 levels through', () => {
    const refusals = (levels: number) =>
      validate(schema, parse(nestedTownships(levels)), rules).map((e) => e.extensions.code);
    expect(refusals(3)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(refusals(4)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(refusals(2)).toEqual([]);
    // 1 + 20 townships + 1,200 villages × 2 + 72,000 × 2 + 4,320,000 codes: each level multiplies by 60.
    expect(operationCost(schema, parse(nestedTownships(3)))).toBe(4_466_421);
    expect(operationCost(schema, parse(nestedTownships(2)))).toBe(74_421);
  });

  it('sizes a page by its first argument, a variable by the largest page, and connections by their edges', () => {
    const cost = (query: string) => operationCost(schema, parse(query));
    expect(cost('{ warnings(first: 10) { daysLeft } }')).toBe(1 + 10);
    expect(cost('{ warnings { daysLeft } }')).toBe(1 + 50);
    expect(cost('query ($n: Int) { warnings(first: $n) { daysLeft } }')).toBe(1 + 200);
    // A larger page is refused when it runs (BAD_USER_INPUT), so it costs the largest allowed.
    expect(cost('{ warnings(first: 100000) { daysLeft } }')).toBe(1 + 200);
    expect(cost('{ cases(first: 20) { totalCount edges { node { code } } } }')).toBe(1 + 1 + 1 + 20 * 2);
    // caseStats: its dimensions' sizes (+1 for a null key), at most the bucket cap.
    expect(cost('{ caseStats(groupBy: []) { count } }')).toBe(1 + 1);
    expect(cost('{ caseStats(groupBy: [TOWNSHIP]) { count } }')).toBe(1 + 21);
    expect(cost('{ caseStats(groupBy: [VILLAGE, DAY]) { count } }')).toBe(1 + 20_000);
  });

  it('walks a fragment once per enclosing field, so fragments spreading each other twice stay cheap', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Township { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'code'} }`,
    );
    const document = parse(`{ townships { ...F0 } }\n${fragments.join('\n')}`);
    const started = performance.now();
    // 2^39 spreads of `code` per township: refused, and computed without walking them.
    expect(operationCost(schema, document)).toBeGreaterThan(GRAPHQL_LIMITS.maxCost);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts the fields of a list of scalars once per item', () => {
    const named = getNamedType(schema.getQueryType()!.getFields().accessLog!.type);
    expect(String(named)).toBe('AccessLogEntry');
    expect(operationCost(schema, parse('{ accessLog(first: 10) { fields } }'))).toBe(1 + 10 * (1 + 3));
  });
});
