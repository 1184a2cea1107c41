import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_TABS,
  KPIS_2023,
  LEADER_WORKLOADS_2023,
  OVERDUE_CASES_MALIANQU,
  TOWNSHIPS_WITH_VILLAGES,
  TREE_SHADING_BY_VILLAGE_AND_MONTH_2023,
} from './graphiql-examples.js';

// The API commits its emitted schema here; reading the file (not importing apps/api) keeps the arrow one-way.
const SCHEMA_PATH = fileURLToPath(new URL('../../../apps/api/schema.graphql', import.meta.url));

const EXAMPLES = {
  KPIS_2023,
  TREE_SHADING_BY_VILLAGE_AND_MONTH_2023,
  LEADER_WORKLOADS_2023,
  OVERDUE_CASES_MALIANQU,
  TOWNSHIPS_WITH_VILLAGES,
};

describe('GraphiQL example queries', () => {
  let schema: GraphQLSchema;

  beforeAll(() => {
    // Fail, never skip: a silently skipped check would let the examples drift from the API unnoticed.
    if (!existsSync(SCHEMA_PATH)) {
      throw new Error(
        `API schema not found at ${SCHEMA_PATH}. The examples are validated against the committed ` +
          'apps/api/schema.graphql; emit it from apps/api before running these tests.',
      );
    }
    schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
  });

  it.each(Object.entries(EXAMPLES))('%s is valid against apps/api/schema.graphql', (_name, query) => {
    const errors = validate(schema, parse(query)).map((error) => error.message);
    expect(errors).toEqual([]);
  });

  it('opens five tabs, the first with the bilingual introduction followed by the 2023 KPIs', () => {
    expect(EXAMPLE_TABS).toHaveLength(5);
    expect(EXAMPLE_TABS[0]?.query).toMatch(/^# 连心 GraphiQL · Lianxin GraphiQL\n/);
    expect(EXAMPLE_TABS[0]?.query).toContain('query Kpis2023');
  });

  it('keeps every tab runnable: each parses and validates as one named operation', () => {
    for (const tab of EXAMPLE_TABS) {
      const document = parse(tab.query);
      const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
      expect(operations).toHaveLength(1);
      expect(validate(schema, document)).toEqual([]);
    }
  });
});
