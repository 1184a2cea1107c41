// The GraphQL API suite's setup (graphql.reads and graphql.kpis): the default seed with a fixed end, the
// year the suite reads as known at that end, and a seeded API whose answers must carry no error.
import { afterAll, beforeAll, expect } from 'vitest';
import type { SeedOptions } from '@lianxin/seed';
import type { Dialect } from '../config.js';
import { startTestApi, type TestApi } from './api.js';
import { lateBound } from './late-bound.js';
import type { KpiField, KpiSet } from './reference-kpis.js';

// The default seed with a fixed end: 2021-01-01 … 2024-06-30, the article's 2023 inside.
const SEED: SeedOptions = { until: '2024-06-30' };
export const AS_OF = '2024-06-30T23:59:59.999+08:00';
export const YEAR = { from: '2023-01-01', to: '2023-12-31', asOf: AS_OF };
export const MALIANQU = '640302202000';

export function sumParts(buckets: { kpis: KpiSet }[], field: KpiField): [number, number] {
  return buckets.reduce<[number, number]>(
    ([n, d], b) => [n + b.kpis[field].numerator, d + b.kpis[field].denominator],
    [0, 0],
  );
}

/** The suite's API (SEED) and ok(), a query that must answer 200 without errors. */
export function graphqlSuite(dialect: Dialect) {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await api.graphql<T>(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.status).toBe(200);
    return response.data!;
  }

  return lateBound(() => ({ api }), { ok });
}
