// Every error code the API returns in `extensions.code`, in one place. Clients switch on these.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CASE_NOT_FOUND: 'CASE_NOT_FOUND',
  TOWNSHIP_NOT_FOUND: 'TOWNSHIP_NOT_FOUND',
  VILLAGE_NOT_FOUND: 'VILLAGE_NOT_FOUND',
  LEADER_NOT_FOUND: 'LEADER_NOT_FOUND',
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  CATEGORY_NOT_FOUND: 'CATEGORY_NOT_FOUND',
  /** The state machine refuses this step now; `extensions.allowed` lists the steps it allows. */
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  /**
   * The case changed since the client read it (`extensions.currentVersion` is the version now), or the
   * boundary pack was replaced while a request read it.
   */
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  /** No valid session: sign in (POST /auth/login) or send a valid bearer token. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Signed in, but the role may not do this (e.g. introspection for other roles than ANALYST/ADMIN). */
  FORBIDDEN: 'FORBIDDEN',
  /** Failed sign-in; the same code and message whatever was wrong. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** Too many requests from this client; `Retry-After` says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request body is over the limit (1 MB for JSON). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The request is not what the endpoint accepts (wrong content type, unparsable JSON). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The body's content type or encoding is not one the endpoint reads (e.g. `Content-Encoding: br2`). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** No endpoint at this path and method. */
  NOT_FOUND: 'NOT_FOUND',
  /**
   * A state-changing request a page of another origin could have sent with the session cookie: it came
   * from another origin, or lacks `X-Requested-With` (or a JSON body). 403.
   */
  CROSS_SITE_REQUEST: 'CROSS_SITE_REQUEST',
  /**
   * The change would alter the KPIs of closed months (`extensions.months`): only an administrator may
   * make it, with a reason, as a recorded revision. 403.
   */
  PERIOD_CLOSED: 'PERIOD_CLOSED',
  /** An administrator's change to closed months needs a reason (`reason`), recorded with the revision. 400. */
  REVISION_REASON_REQUIRED: 'REVISION_REASON_REQUIRED',
  /** The operation is over a limit of depth, aliases, tokens, cost, directives or list length. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /**
   * While it ran, the request needed more than its budget (request-budget.ts): `extensions.budget` is
   * `units` (fields and list items), `buckets` (caseStats) or `sqlMs`, `extensions.limit` its size. The
   * whole answer is this one error with `data: null`, HTTP 400.
   */
  REQUEST_BUDGET_EXCEEDED: 'REQUEST_BUDGET_EXCEEDED',
  /** Something failed on the server (details in its log, never in the response). */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /**
   * The request ran longer than the execution timeout, or one of its database statements longer than
   * the statement timeout (PostgreSQL), and was answered without its result (503, `Retry-After`).
   */
  TIMEOUT: 'TIMEOUT',
  /**
   * The database cannot be reached (stopped, restarting, connection lost): nothing was written by this
   * request. 503 with `Retry-After`; the API reconnects by itself once the database is back.
   */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Invalid argument: names the argument path (e.g. `filter.to`) so a form can point at it. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

/** A referenced thing does not exist; `keys` lists the unknown identifiers. */
export function notFound(
  code: Exclude<ErrorCode, 'BAD_USER_INPUT' | 'ILLEGAL_TRANSITION' | 'VERSION_CONFLICT'>,
  field: string,
  keys: readonly (string | number)[],
): GraphQLError {
  return new GraphQLError(`${field}: not found: ${keys.join(', ')}`, {
    extensions: { code, field, keys: [...keys] },
  });
}

export function illegalTransition(
  from: string,
  event: string,
  allowed: readonly string[],
  reason: string,
): GraphQLError {
  return new GraphQLError(reason, {
    extensions: { code: ErrorCode.ILLEGAL_TRANSITION, status: from, event, allowed: [...allowed] },
  });
}

export function versionConflict(expected: number, currentVersion: number): GraphQLError {
  return new GraphQLError(
    `The case was changed by someone else (you had version ${expected}, it is now ${currentVersion}); reload it and try again.`,
    { extensions: { code: ErrorCode.VERSION_CONFLICT, field: 'version', currentVersion } },
  );
}

/** A statutory rule of the clock refuses the step; the code is the domain's ClockRuleCode. */
export function ruleViolation(code: string, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}
