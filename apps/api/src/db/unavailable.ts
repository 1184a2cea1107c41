// The database went away (stopped, restarting, crashed, network cut): told apart from every other
// failure so that the API answers it as DATABASE_UNAVAILABLE (503, try again) rather than as a bug (500).
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../modules/common/errors.js';

/** Socket errors of a connection that cannot be opened or was cut. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
/**
 * PostgreSQL: class 08 (connection exception), 57P01 admin_shutdown (a fast stop ends sessions),
 * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down).
 */
const SERVER_CODES = /^(08...|57P0[123])$/;
/** node-postgres says these in words only: a connection that died under a query, or a connect timeout. */
const PG_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable/;

/**
 * TypeORM releases a query runner whose connection died under it (PostgresQueryRunner listens for the
 * client's 'error'); the transaction's next statement then fails with one of these.
 */
const RELEASED = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** Whether `error` (as TypeORM wraps it, or bare, or its cause) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, message, name, driverError, cause } = e as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.test(code))) return true;
    if (typeof name === 'string' && RELEASED.has(name)) return true;
    if (typeof message === 'string' && PG_MESSAGES.test(message)) return true;
    e = driverError ?? cause;
  }
  return false;
}

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(
    'The database cannot be reached just now; nothing was changed by this request. Try again shortly.',
    { extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, http: { status: 503 } } },
  );
}
