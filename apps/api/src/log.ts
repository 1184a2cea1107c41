// The server's runtime log: one JSON object per line (pino) on stdout, each line written while a request
// is served carrying that request's id (`reqId`), so an operator can follow one request across the
// access line, its slow statements and its errors. CLIs keep their plain output for people.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The request being served, found by whatever code runs for it (see requestIds). */
const requestScope = new AsyncLocalStorage<{ reqId: string }>();

/**
 * Never in a line, whichever object a caller passes: credentials and the session cookie. Bodies, ID
 * numbers and SQL parameters are never passed in the first place (personal data).
 */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'cookie',
  'password',
  'token',
  '*.password',
  '*.token',
];

function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'lianxin-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED, censor: '[redacted]' },
      mixin: () => {
        const scope = requestScope.getStore();
        return scope ? { reqId: scope.reqId } : {};
      },
    },
    destination,
  );
}

/**
 * The process's logger. A live binding: configureLog replaces it at start-up (main.ts, tests), and every
 * module that imported it writes to the new one.
 */
export let log: Logger = createLogger('info');

/** Sets the level (LOG_LEVEL) and, for tests, where lines go (default stdout). */
export function configureLog(options: { level: LogLevel; destination?: DestinationStream }): void {
  log = createLogger(options.level, options.destination);
}

/** The id of the request this code runs for, or null outside one (start-up, background work). */
export function currentRequestId(): string | null {
  return requestScope.getStore()?.reqId ?? null;
}

/** Runs `fn` (and all it starts) as part of the request with this id: its log lines carry `reqId`. */
export function withRequestId<T>(reqId: string, fn: () => T): T {
  return requestScope.run({ reqId }, fn);
}

const REQUEST_ID_HEADER = 'X-Request-Id';
/**
 * An incoming id a proxy or client set is kept when it is harmless to echo and log: short, and of
 * characters that cannot split a header or a log line. Anything else is replaced.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request's id: a sane incoming X-Request-Id, else a new UUID. */
export function requestIdOf(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * First middleware: gives each request its id, echoes it in the response header, runs the rest of the
 * request in its scope, and writes one access line when the response ends. The line names the route
 * template (`routeOf`), never the raw URL, whose query string may hold a name or an ID number.
 */
export function requestIds(routeOf: (req: Parameters<RequestHandler>[0]) => string): RequestHandler {
  return (req, res, next) => {
    const reqId = requestIdOf(req.headers['x-request-id']);
    res.setHeader(REQUEST_ID_HEADER, reqId);
    const started = performance.now();
    withRequestId(reqId, () => {
      res.once('close', () => {
        const level: Level = res.statusCode >= 500 ? 'error' : 'info';
        // 'close' may fire outside the request's async context: the id is bound here.
        log[level](
          {
            reqId,
            method: req.method,
            route: routeOf(req),
            status: res.statusCode,
            ms: Math.round(performance.now() - started),
            completed: res.writableFinished,
          },
          'request',
        );
      });
      next();
    });
  };
}
