// Which PostgreSQL server a statement goes to. Everything goes to the primary unless the request it
// runs for was routed to a replica (read-your-writes.ts: a GraphQL query, a read-only export), and even
// then a transaction, and anything wrapped in onPrimary(), goes to the primary.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { QueryRunner } from 'typeorm';

/** A replica a request may read from (replicas.ts). */
export interface ReadTarget {
  readonly name: string;
  /** This replica could not be reached: take it out of rotation until it answers its health check. */
  lost(error: unknown): void;
}

/** One request's route, decided once its operation is known; null replica: the primary. */
export interface ReadRoute {
  replica: ReadTarget | null;
  /** The LSN of the client's last write it brought (read-your-writes), 'unknown' for a malformed one. */
  after: bigint | null | 'unknown';
  /** Hands the client the LSN of the write this request made. */
  wrote(lsn: string): void;
  /** Reads the primary's position now and hands it to the client (set by the routing; replicas only). */
  handOutWrite?(): Promise<void>;
}

const routes = new AsyncLocalStorage<ReadRoute | null>();

/** Runs `fn` (and everything it starts) with this route. */
export function withRoute<T>(route: ReadRoute, fn: () => T): T {
  return routes.run(route, fn);
}

/** The current request's route; null outside a routed request or inside onPrimary(). */
export function currentRoute(): ReadRoute | null {
  return routes.getStore() ?? null;
}

/** The replica the current request reads from, or null (the primary). */
export function currentReplica(): ReadTarget | null {
  return routes.getStore()?.replica ?? null;
}

/**
 * Runs `fn` on the primary whatever the request's route: session checks (a just-revoked token must be
 * refused at once), the access log's rows, the write token's LSN.
 */
export function onPrimary<T>(fn: () => T): T {
  return routes.run(null, fn);
}

/** Errors that say the server is gone (not that the statement was wrong): the statement may be retried elsewhere. */
const CONNECTION_LOST = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '08000',
  '08001',
  '08003',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);

function isConnectionLoss(error: unknown): boolean {
  const inner = (error as { driverError?: unknown }).driverError ?? error;
  const code = (inner as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && CONNECTION_LOST.has(code)) return true;
  const message = inner instanceof Error ? inner.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    message,
  );
}

/** TypeORM's PostgresQueryRunner internals this module resets to move a runner to the primary. */
interface RunnerInternals {
  mode: 'master' | 'slave';
  isReleased: boolean;
  databaseConnection?: unknown;
  databaseConnectionPromise?: unknown;
  isTransactionActive: boolean;
  query: QueryRunner['query'];
  startTransaction: QueryRunner['startTransaction'];
}

/**
 * Sends a new query runner to the current request's replica, if it has one. TypeORM then takes its
 * connection with the driver's obtainSlaveConnection (replicas.ts). Two guards:
 * - a transaction starts on the primary (a runner not yet connected is switched), so nothing that
 *   writes, or must read what it writes, runs on a replica;
 * - a statement that fails because the replica is gone is retried once on the primary, and the
 *   replica is taken out of rotation: the client sees no error.
 */
export function routeQueryRunner(runner: QueryRunner): void {
  const replica = currentReplica();
  if (!replica) return;
  const r = runner as unknown as RunnerInternals;
  r.mode = 'slave';
  const startTransaction = r.startTransaction.bind(runner);
  r.startTransaction = (isolation) => {
    if (r.mode === 'slave' && !r.databaseConnection && !r.databaseConnectionPromise) r.mode = 'master';
    return startTransaction(isolation);
  };
  const query = r.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  r.query = (async (...args: unknown[]) => {
    try {
      return await query(...args);
    } catch (error) {
      if (r.mode !== 'slave' || r.isTransactionActive || !isConnectionLoss(error)) throw error;
      replica.lost(error);
      // The broken connection goes back to the pool as broken (pg drops it); this runner starts over on the primary.
      await runner.release().catch(() => undefined);
      r.mode = 'master';
      r.isReleased = false;
      r.databaseConnection = undefined;
      r.databaseConnectionPromise = undefined;
      return query(...args);
    }
  }) as QueryRunner['query'];
}
