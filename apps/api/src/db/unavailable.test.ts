import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { databaseUnavailable, isDatabaseUnavailable } from './unavailable.js';

/** An error as node-postgres raises it: a message, and PostgreSQL's SQLSTATE or a socket's code. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
const wrapped = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    [
      'a fast shutdown ending the session (57P01)',
      wrapped(pgError('terminating connection due to administrator command', '57P01')),
    ],
    ['a server shutting down or starting (57P03)', pgError('the database system is shutting down', '57P03')],
    ['a connection exception (08006)', wrapped(pgError('connection failure', '08006'))],
    ['a connection that died under a query', wrapped(pgError('Connection terminated unexpectedly'))],
    ['a pool connect timeout', pgError('timeout exceeded when trying to connect')],
    ['a transaction whose runner TypeORM released', new QueryRunnerAlreadyReleasedError()],
    ['the cause of another error', Object.assign(new Error('outer'), { cause: pgError('x', 'ECONNRESET') })],
  ])('says yes to %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', wrapped(pgError('duplicate key value', '23505'))],
    [
      'a statement timeout (57014)',
      wrapped(pgError('canceling statement due to statement timeout', '57014')),
    ],
    ['SQLite busy', pgError('database is locked', 'SQLITE_BUSY')],
    ['a plain bug', new TypeError('x is undefined')],
    ['nothing', null],
    ['a string', 'ECONNREFUSED'],
  ])('says no to %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('answers with DATABASE_UNAVAILABLE and HTTP 503', () => {
    expect(databaseUnavailable().extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', http: { status: 503 } });
  });
});
