// Watches every statement of the API's data source once it serves: the slow ones are logged (with the
// request id, never their parameters, which can hold names and ID numbers) and counted, and so are the
// ones the database cancelled.
import type { EntitySubscriberInterface } from 'typeorm';
import { log } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { DialectDataSource } from './data-source.js';

/** Enough of a statement to find it in the code; the rest may be a long generated IN list. */
const SQL_IN_LOG = 300;

export function observeStatements(
  dataSource: DialectDataSource,
  options: { slowQueryMs: number; metrics: Metrics },
): void {
  const observer: EntitySubscriberInterface = {
    afterQuery(event) {
      const ms = event.executionTime ?? 0;
      if (!event.success && dataSource.dialect.isStatementTimeout(event.error)) {
        // 57014 both ways: "statement timeout" is STATEMENT_TIMEOUT_MS, "user request" a stopped request.
        const message = String((event.error as { message?: unknown } | undefined)?.message ?? '');
        options.metrics.statementCancelled(
          message.includes('statement timeout') ? 'statement_timeout' : 'request_stopped',
        );
      }
      if (options.slowQueryMs > 0 && ms >= options.slowQueryMs) {
        options.metrics.slowStatement();
        log.warn({ ms, sql: event.query.slice(0, SQL_IN_LOG), failed: !event.success }, 'slow SQL statement');
      }
    },
  };
  dataSource.subscribers.push(observer);
}
