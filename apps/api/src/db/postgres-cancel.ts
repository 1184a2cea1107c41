// PostgreSQL's side of stopping a request (request-budget.ts watchStatements): its running statements
// are cancelled in the database by backend pid, instead of running on for nobody.
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { StatementCanceller } from './dialect.js';
import { log } from '../log.js';
import { poolOfConnection } from './replicas.js';

/**
 * Cancels running statements by backend pid, over a connection of its own (the pool may be exhausted
 * by the very requests being cancelled). pids asked for in the same turn share one connection.
 * Resolves once pg_cancel_backend has signalled them, never rejects: the statement timeout remains the
 * backstop if the cancel cannot be sent.
 */
function backendCanceller(pool: pg.Pool): (pid: number) => Promise<void> {
  let batch: { pids: Set<number>; sent: Promise<void> } | null = null;
  return (pid) => {
    if (!batch) {
      const pids = new Set<number>();
      const sent = Promise.resolve().then(async () => {
        batch = null;
        const client = new pg.Client({ ...pool.options, connectionTimeoutMillis: 2_000 });
        try {
          await client.connect();
          await client.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [[...pids]]);
        } catch (error) {
          log.warn({ err: error, pids: [...pids] }, 'could not cancel the statements of a stopped request');
        } finally {
          await client.end().catch(() => undefined);
        }
      });
      batch = { pids, sent };
    }
    batch.pids.add(pid);
    return batch.sent;
  };
}

/** Cancels the statement a query runner's backend runs (read when the statement starts). */
export function postgresStatementCanceller(dataSource: DataSource): StatementCanceller {
  const primary = (dataSource.driver as unknown as { master: pg.Pool }).master;
  // One canceller per server: a pid means something only on the server whose backend it is.
  const cancellers = new Map<pg.Pool, (pid: number) => Promise<void>>();
  return (queryRunner) => {
    // Set once the runner has connected, before beforeQuery.
    const connection = (queryRunner as { databaseConnection?: { processID?: number | null } })
      .databaseConnection;
    const pid = connection?.processID ?? null;
    if (!connection || pid === null) return null;
    const pool = poolOfConnection(connection) ?? primary;
    let cancel = cancellers.get(pool);
    if (!cancel) cancellers.set(pool, (cancel = backendCanceller(pool)));
    return () => cancel(pid);
  };
}
