// What every endpoint gets before any resolver runs: security headers, closed CORS, a body limit, an
// execution timeout, GraphQL operation limits, no schema hints for strangers, and introspection only for
// those who explore the schema for a living.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
  type ValidationContext,
} from 'graphql';
import helmet from 'helmet';
import { Role } from '@lianxin/domain';
import type { AuthUser } from './modules/auth/auth.service.js';
import { ErrorCode } from './modules/common/errors.js';

/**
 * Operation limits, each with the legitimate use it leaves room for (the dashboard's and GraphiQL's
 * example operations stay far below every one; `security.test.ts` checks them).
 */
export const GRAPHQL_LIMITS = {
  /** The GraphiQL examples reach depth 6 (cases → edges → node → leader …); twice that is room enough. */
  maxDepth: 12,
  /** The dashboard overview (bench request a) aliases 3 fields, one per panel; 15 leaves room for more panels. */
  maxAliases: 15,
  /** ~10× the largest example operation; inline lists longer than a few thousand items cannot fit. */
  maxTokens: 5000,
  /**
   * armor's cost model (object 2, scalar 1, ×1.5 per level) grows exponentially with depth: the heaviest
   * GraphiQL example (50 overdue cases with leader, unit, village …) costs ≈ 4,960, a 50-level query
   * billions. 10× the heaviest real operation.
   */
  maxCost: 50_000,
  /** @include/@skip per operation: a handful is plenty; thousands are a parser DoS. */
  maxDirectives: 20,
  /** Items in one list argument or variable: every code list of the district fits (≈ 230 villages). */
  maxListLength: 500,
} as const;

/** JSON bodies: a query with its variables is kilobytes; the one big upload (import) is multipart. */
export const JSON_BODY_LIMIT = '1mb';

/** Who may introspect the schema and open GraphiQL. */
export function mayExplore(user: AuthUser | null | undefined): boolean {
  return user?.role === Role.ANALYST || user?.role === Role.ADMIN;
}

export function sendJsonError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * helmet with a CSP that fits what this server serves: the dashboard and GraphiQL bundles (scripts and
 * styles from 'self'; GraphiQL's editor sets inline styles, hence 'unsafe-inline' for styles only), data:
 * images and fonts, and XHR to itself. `upgrade-insecure-requests` (a helmet default) is left out: on a
 * plain-HTTP intranet it would make every asset fail to load.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Only honoured over HTTPS; without includeSubDomains so other intranet hosts are not forced onto TLS.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
  });
}

/**
 * CORS closed unless origins are listed: the dashboard and GraphiQL are same-origin, so a browser on any
 * other site gets no CORS headers and cannot read an answer. Listed origins may send bearer tokens (no
 * cookies: the session cookie is SameSite=Strict anyway).
 */
export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (!origin || !allowed.has(origin)) {
      next();
      return;
    }
    res.vary('Origin');
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type, Accept, Apollo-Require-Preflight',
      );
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

/** A JSON body parser whose failures are typed JSON errors (413 over the limit, 400 unparsable). */
export function jsonBody(limit: string = JSON_BODY_LIMIT): [RequestHandler, ErrorRequestHandler] {
  const onError: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
    if (error.type === 'entity.too.large')
      sendJsonError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is over ${limit}.`);
    else if (error.type === 'entity.parse.failed')
      sendJsonError(res, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
    else next(error);
  };
  return [express.json({ limit }), onError];
}

/**
 * Answers a request that runs longer than `ms` with a typed 503 instead of leaving the client waiting.
 * graphql-js cannot cancel an execution, so the work finishes in the background and its late answer is
 * dropped (the error handler returned second swallows the "headers already sent" it causes). The depth,
 * cost and list limits are what keep such work bounded.
 */
export function executionTimeout(ms: number): [RequestHandler, ErrorRequestHandler] {
  const start: RequestHandler = (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.locals.timedOut = true;
      res.setHeader('Retry-After', '30');
      sendJsonError(
        res,
        503,
        ErrorCode.TIMEOUT,
        `The request took longer than ${ms / 1000} s and was stopped.`,
      );
    }, ms);
    res.once('close', () => clearTimeout(timer));
    res.once('finish', () => clearTimeout(timer));
    next();
  };
  const late: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.locals.timedOut) return;
    next(error);
  };
  return [start, late];
}

function reportTooComplex(ctx: ValidationContext | null, error: GraphQLError): void {
  ctx?.reportError(new GraphQLError(error.message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }));
}

/** graphql-armor's validation rules and plugins, reporting QUERY_TOO_COMPLEX (a 400, before execution). */
export function armor(): {
  plugins: ApolloServerPlugin[];
  validationRules: ReturnType<ApolloArmor['protect']>['validationRules'];
} {
  const reject = { propagateOnRejection: false, onReject: [reportTooComplex], exposeLimits: true };
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reject },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...reject },
    costLimit: {
      maxCost: GRAPHQL_LIMITS.maxCost,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...reject,
    },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...reject },
    // Tokens are limited by graphql-js's own parser option (see `parseOptions`): a clean 400 parse error.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // armor's declarations name @apollo/server's CommonJS types, ours the ESM ones: the same interface.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}

/** graphql-js stops parsing at this many tokens, before building any AST. */
export const parseOptions = { maxTokens: GRAPHQL_LIMITS.maxTokens };

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Removes every "Did you mean …?" hint (fields, arguments, types, enum values): they let a stranger map
 * the schema without introspection. armor covers only field names; this covers the rest.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  let result = formatted;
  // Apollo re-codes every validation error GRAPHQL_VALIDATION_FAILED; a limit's own code says more.
  const original = (error as { originalError?: { extensions?: { code?: unknown } } } | null)?.originalError;
  if (original?.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX)
    result = { ...result, extensions: { ...result.extensions, code: ErrorCode.QUERY_TOO_COMPLEX } };
  if (result.message.includes('Did you mean'))
    result = { ...result, message: result.message.replace(SUGGESTION, '') };
  return result;
}

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

function listTooLong(value: unknown, max: number): boolean {
  if (Array.isArray(value)) return value.length > max || value.some((v) => listTooLong(v, max));
  if (value && typeof value === 'object') return Object.values(value).some((v) => listTooLong(v, max));
  return false;
}

/**
 * NUL and unpaired UTF-16 surrogates: JavaScript strings may hold them, PostgreSQL text and jsonb
 * cannot (the write would fail as a server error). Refused up front for every string input.
 */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hasUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return UNSTORABLE.test(value);
  if (Array.isArray(value)) return value.some(hasUnstorableText);
  if (value && typeof value === 'object') return Object.values(value).some(hasUnstorableText);
  return false;
}

/**
 * Introspection only for mayExplore() users (FORBIDDEN, 403, for everyone else), no list argument or
 * variable longer than maxListLength (QUERY_TOO_COMPLEX), and no string a database cannot store
 * (BAD_USER_INPUT). Runs after validation, before the response
 * cache can answer, so a cached introspection result never reaches someone who may not explore.
 */
export function operationGuardPlugin<T extends { user: AuthUser | null }>(): ApolloServerPlugin<T> {
  const max = GRAPHQL_LIMITS.maxListLength;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, request }) {
          if (!mayExplore(contextValue.user) && introspects(document))
            throw new GraphQLError('Introspection is only for signed-in analysts and administrators.', {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
            });
          let inline = false;
          let unstorable = hasUnstorableText(request.variables ?? {});
          visit(document, {
            [Kind.LIST](node) {
              if (node.values.length > max) inline = true;
            },
            [Kind.STRING](node) {
              if (UNSTORABLE.test(node.value)) unstorable = true;
            },
          });
          if (unstorable)
            throw new GraphQLError('Text contains a NUL character or a broken Unicode surrogate.', {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          if (inline || listTooLong(request.variables ?? {}, max))
            throw new GraphQLError(`A list argument has more than ${max} items.`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
            });
        },
      };
    },
  };
}
