// What one GraphQL request may spend (REQUEST_BUDGET), and the errors a request is stopped with when
// it goes over (REQUEST_BUDGET_EXCEEDED) or runs out of time (TIMEOUT). The overview is in request-budget.ts.
import { GraphQLError } from 'graphql';
import { ErrorCode } from './modules/common/errors.js';

/** The limits of one request, each with the legitimate use it leaves room for. */
export const REQUEST_BUDGET = {
  /**
   * Field resolutions plus list items. The largest real answer, the dashboard's village × month heat
   * map over all time (150 villages × 71 months ≈ 10,500 buckets × 8 fields + the buckets), is ≈ 95,000;
   * a full bucket cap of that selection, 180,000. Each unit holds ≈ 3 KB until the answer is sent
   * (graphql-js, type-graphql and their promises), so this also caps a request at ≈ 600 MB.
   */
  maxUnits: 200_000,
  /**
   * Units held by all requests of this process at once: three of the largest answers (≈ 1.8 GB), well
   * under V8's ≈ 4 GB heap, which six of them at once used to reach. A request that would go over it
   * is answered 503 with Retry-After (REQUEST_BUDGET_EXCEEDED, budget `unitsInFlight`); the others go on.
   */
  maxUnitsInFlight: 600_000,
  /** SQL time summed over the request's statements (each is also cut at STATEMENT_TIMEOUT_MS on PostgreSQL). */
  maxSqlMs: 5_000,
  /**
   * caseStats buckets from one call: refused in SQL (LIMIT cap + 1) before any is built. The village ×
   * month map over all time (≈ 10,500 today, 150 more each month) fits until about 2032.
   */
  maxBucketsPerField: 20_000,
  /** caseStats buckets of all fields of one request: one big pivot and a few small ones. */
  maxBucketsPerRequest: 25_000,
  /**
   * Units a request runs before it is paced (≈ 10–30 ms of resolver work): small answers (Reference,
   * ≈ 1,100) skip the pacing's turns. Pacing does not cost statements: DataLoaders dispatch only when
   * none of the request's work waits for a turn (whenPaced), so every level still batches into one.
   */
  unpacedUnits: 2_000,
  /** Then, units of work between two turns of the event loop (≈ 1–3 ms of resolver work). */
  yieldEvery: 200,
} as const;

export type BudgetKind = 'units' | 'unitsInFlight' | 'buckets' | 'sqlMs';

/** REQUEST_BUDGET_EXCEEDED (HTTP 400): which budget, and its size. */
export function budgetExceeded(budget: BudgetKind, limit: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.REQUEST_BUDGET_EXCEEDED, budget, limit },
  });
}

export function timedOut(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.TIMEOUT } });
}

export type Limits = { [K in keyof typeof REQUEST_BUDGET]: number };
