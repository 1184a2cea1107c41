// Counts each SQL statement against the budget of the request that runs it, refuses the statements a
// stopped request may no longer start, and cancels a stopped request's running statements (PostgreSQL).
import type { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { DialectDataSource } from './db/data-source.js';
import { currentBudget } from './request-budget-scope.js';
import type { RequestBudget, RunningStatement } from './request-budget-state.js';

const READ = /^\s*(SELECT|WITH)\b/i;
/** Statements that end a transaction: always allowed, never cancelled (a transaction must be able to end). */
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK|END|ABORT|RELEASE)\b/i;
/** The turn of the last SQLite read queued (see watchStatements). */
let sqliteTurn: Promise<void> = Promise.resolve();
const watched = new WeakSet<DataSource>();

/** Refuses a statement the request may no longer start (throws its failure). */
function refuseIfStopped(budget: RequestBudget, read: boolean): void {
  // Only the operation's own reads while it is answered normally: the response cache and the access
  // log must still work. Once abandoned, nothing: no one reads the answer.
  if (budget.abandoned || (read && budget.executing)) budget.assertRunning();
}

/**
 * Counts each statement's time against the budget of the request that ran it, refuses statements a
 * stopped request may no longer start, and on SQLite (better-sqlite3 runs each statement on the main
 * thread) lets the event loop turn before each read outside a transaction. Statements that end a
 * transaction always pass.
 *
 * On PostgreSQL it also tracks each request's running statements by backend, so that a stopped
 * request's are cancelled in the database (RequestBudget.stop/abandon) instead of running on for
 * nobody. The connection of a cancelled statement goes back to the pool only once the cancel has been
 * delivered: a late signal then finds the backend idle (where PostgreSQL ignores it), never running
 * another request's statement. SQLite cannot interrupt a statement, and need not: it runs on the main
 * thread, so the timeout can only fire between two statements, and the next one is refused.
 */
export function watchStatements(dataSource: DialectDataSource): void {
  if (watched.has(dataSource)) return;
  watched.add(dataSource);
  const { dialect } = dataSource;
  const cancellerOf = dialect.statementCanceller(dataSource);
  /** Statements started on each query runner and not returned yet, with their request's budget. */
  const running = new WeakMap<
    QueryRunner,
    { query: string; budget: RequestBudget; statement: RunningStatement }[]
  >();
  const watcher: EntitySubscriberInterface = {
    beforeQuery(event) {
      const budget = currentBudget();
      if (!budget || ENDS_TRANSACTION.test(event.query)) return;
      const read = READ.test(event.query);
      refuseIfStopped(budget, read);
      if (cancellerOf) {
        const cancel = cancellerOf(event.queryRunner);
        if (cancel === null) return;
        const statement: RunningStatement = { write: !read, cancel };
        const list = running.get(event.queryRunner);
        const entry = { query: event.query, budget, statement };
        if (list) list.push(entry);
        else running.set(event.queryRunner, [entry]);
        // Nothing can run between here and the statement being sent (no turn of the event loop).
        budget.started(statement);
        return;
      }
      if (!dialect.runsOnMainThread || !read || event.queryRunner.isTransactionActive) return;
      // One read per turn of the loop, across requests: fifteen reads queued at once would otherwise
      // all run in the same turn, one after the other. The request may stop while it waits its turn.
      const turn = sqliteTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
      sqliteTurn = turn;
      return turn.then(() => refuseIfStopped(budget, read));
    },
    afterQuery(event) {
      // Untracked first: a statement that just returned is not cancelled by the stop its time causes.
      const list = running.get(event.queryRunner);
      const index = list?.findIndex((entry) => entry.query === event.query) ?? -1;
      const entry = index >= 0 ? list!.splice(index, 1)[0] : undefined;
      const delivered = entry?.budget.finished(entry.statement);
      currentBudget()?.spendSql(event.executionTime ?? 0);
      return delivered;
    },
  };
  dataSource.subscribers.push(watcher);
}
