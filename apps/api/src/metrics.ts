// What an operator scrapes at /metrics (Prometheus text): GraphQL operations by name and outcome,
// latencies, the response cache, the database pool, cancelled and slow statements, live sockets,
// import/export runs, and prom-client's process metrics (event-loop lag, memory, CPU). Each app has its
// own Registry, so tests and several apps in one process never share or collide on a metric.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { sendJsonError } from './http-security.js';
import { ErrorCode } from './modules/common/errors.js';
import type { Replica } from './db/replicas.js';

/** GraphQL operation names become labels only from a bounded set: each name is a time series. */
const OPERATION_NAME = /^[A-Za-z0-9_]{1,64}$/;
const MAX_OPERATION_NAMES = 200;
/** The label of names outside the set (malformed, too long, or past the first MAX_OPERATION_NAMES). */
const OTHER_OPERATION = 'other';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/** Seconds: from a cached answer (~1 ms) to the execution timeout (10 s) and past it. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The import/export runs counted by kind, by the route template that serves them. */
const TRANSFER_ROUTES: Record<string, string> = {
  'GET /export/cases.csv': 'export_csv',
  'GET /export/cases.xlsx': 'export_xlsx',
  'POST /import/cases': 'import',
  'GET /briefing': 'briefing',
  'PUT /boundaries': 'boundaries',
};

export type CacheLookup = 'hit' | 'shared' | 'miss';
export type CancelReason = 'statement_timeout' | 'request_stopped';

/** The route template a request matched (`/export/cases.csv`, `/graphql`), never its raw URL; else `other`. */
export function routeOf(req: Request): string {
  const route = req.route as { path?: unknown } | undefined;
  if (route && typeof route.path === 'string') return `${req.baseUrl}${route.path}`;
  return req.baseUrl || 'other';
}

/** An error's `extensions.code` as a label: a code of errors.ts or Apollo's own upper-case codes. */
function codeLabel(code: unknown): string {
  if (typeof code !== 'string') return ErrorCode.INTERNAL_SERVER_ERROR;
  return KNOWN_CODES.has(code) || /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER';
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly graphqlRequests = new Counter({
    name: 'lianxin_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and outcome (ok or the first error code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'lianxin_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer, by operation name.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'lianxin_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status class, until the answer ended.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly cacheLookups = new Counter({
    name: 'lianxin_response_cache_lookups_total',
    help: 'Response cache lookups of GraphQL queries: hit, shared (waited for the same query running), miss.',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly statementsCancelled = new Counter({
    name: 'lianxin_db_statements_cancelled_total',
    help: 'SQL statements the database cancelled: past STATEMENT_TIMEOUT_MS, or because their request stopped.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  private readonly slowStatements = new Counter({
    name: 'lianxin_db_slow_statements_total',
    help: 'SQL statements that ran longer than SLOW_QUERY_MS (each also logged).',
    registers: [this.registry],
  });
  private readonly transferRuns = new Counter({
    name: 'lianxin_transfer_runs_total',
    help: 'Import, export, briefing and boundary-pack runs, by kind and outcome (ok, an error code, or aborted).',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** An operation name as a label: itself while the bounded set has room for it, else `other`. */
  operationLabel(name: string): string {
    if (this.operationNames.has(name)) return name;
    if (!OPERATION_NAME.test(name) || this.operationNames.size >= MAX_OPERATION_NAMES) return OTHER_OPERATION;
    this.operationNames.add(name);
    return name;
  }

  cacheLookup(result: CacheLookup): void {
    this.cacheLookups.inc({ result });
  }

  statementCancelled(reason: CancelReason): void {
    this.statementsCancelled.inc({ reason });
  }

  slowStatement(): void {
    this.slowStatements.inc();
  }

  private readonly readRoutes = new Counter({
    name: 'lianxin_db_read_routes_total',
    help: 'Reads routed (GraphQL queries, exports) with DATABASE_REPLICA_URLS set: to a replica, or to the primary (no replica usable, or the client waits for its own write).',
    labelNames: ['server'] as const,
    registers: [this.registry],
  });

  readRouted(server: 'replica' | 'primary'): void {
    this.readRoutes.inc({ server });
  }

  /** Each replica's state at the last poll: whether it is used, its lag, the connections handed to reads. */
  observeReplicas(replicas: readonly Replica[]): void {
    const gauge = (name: string, help: string, value: (r: Replica) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['replica'] as const,
        registers: [this.registry],
        collect() {
          for (const r of replicas) this.set({ replica: r.name }, value(r));
        },
      });
    gauge(
      'lianxin_db_replica_up',
      'Whether the replica answered its last health check (1) or not (0).',
      (r) => (r.healthy ? 1 : 0),
    );
    gauge(
      'lianxin_db_replica_lag_seconds',
      'How far the replica was behind the primary at its last check.',
      (r) => r.lagMs / 1000,
    );
    gauge(
      'lianxin_db_replica_reads',
      'Connections this replica has handed to reads since start.',
      (r) => r.reads,
    );
  }

  /** The database pool: pg's connections by state; SQLite's one connection. */
  observePool(pool: Pool | null): void {
    new Gauge({
      name: 'lianxin_db_pool_connections',
      help: 'Database connections: total and idle in the pool, and requests waiting for one (SQLite: one connection).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        if (!pool) {
          this.set({ state: 'total' }, 1);
          return;
        }
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }

  observeLiveSockets(count: () => number): void {
    new Gauge({
      name: 'lianxin_live_sockets',
      help: 'Open live-update WebSockets (the wall screens and dashboards subscribed).',
      registers: [this.registry],
      collect() {
        this.set(count());
      },
    });
  }

  /** Apollo plugin: each GraphQL request's operation, outcome and duration. Last, to see the final errors. */
  graphqlPlugin<T extends object>(): ApolloServerPlugin<T> {
    return {
      requestDidStart: async () => {
        const stopTimer = this.graphqlDuration.startTimer();
        return {
          willSendResponse: async ({ operationName, operation, request, response }) => {
            // The name the client sent counts also for a request that failed to parse or validate.
            const name = operationName ?? request.operationName;
            const label = name ? this.operationLabel(name) : operation ? 'anonymous' : OTHER_OPERATION;
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            const outcome = errors?.length ? codeLabel(errors[0]!.extensions?.code) : 'ok';
            this.graphqlRequests.inc({ operation: label, outcome });
            stopTimer({ operation: label });
          },
        };
      },
    };
  }

  /**
   * Express middleware, early: each request's duration by route template, and the import/export runs
   * with their outcome (the error code of the typed JSON answer every one of those routes sends).
   */
  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      const stopTimer = this.httpDuration.startTimer();
      let errorCode: string | null = null;
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        const first = (body as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors?.[0];
        if (first?.extensions) errorCode = codeLabel(first.extensions.code);
        return json(body);
      };
      res.once('close', () => {
        const route = routeOf(req);
        stopTimer({ method: req.method, route, status: `${Math.floor(res.statusCode / 100)}xx` });
        const kind = TRANSFER_ROUTES[`${req.method} ${route}`];
        if (!kind) return;
        const outcome = !res.writableFinished
          ? 'aborted'
          : res.statusCode < 300
            ? 'ok'
            : (errorCode ?? `HTTP_${res.statusCode}`);
        this.transferRuns.inc({ kind, outcome });
      });
      next();
    };
  }
}

/** Same length, compared in constant time: the digests, so a token's length leaks nothing either. */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Whether a request carries `Authorization: Bearer <token>` with the configured token. */
export function hasMetricsToken(req: Request, token: string | undefined): boolean {
  if (!token) return false;
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer (.+)$/.exec(header) : null;
  return match !== null && sameToken(match[1]!, token);
}

/** GET /metrics: the registry's text, behind the token when one is configured (401 otherwise). */
export function metricsHandler(metrics: Metrics, token: string | undefined): RequestHandler {
  return async (req, res) => {
    if (token !== undefined && !hasMetricsToken(req, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      sendJsonError(
        res,
        401,
        ErrorCode.UNAUTHENTICATED,
        'The metrics need the bearer token (METRICS_TOKEN).',
      );
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
