// What every endpoint gets before any resolver runs: security headers, closed CORS, a body limit, an
// execution timeout, GraphQL operation limits, no schema hints for strangers, and introspection only for
// those who explore the schema for a living.
//
// The HTTP layer (headers, CORS, the cross-site guard, the body limit, typed 404 and 500 answers) is in
// http-security.ts; here, the execution timeout and the GraphQL side.
import { randomUUID } from 'node:crypto';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
  type ValidationContext,
} from 'graphql';
import { inRoleGroup } from '@lianxin/domain';
import { sendJsonError } from './http-security.js';
import type { AuthUser } from './modules/auth/auth.service.js';
import { ErrorCode } from './modules/common/errors.js';
import { currentRequestId, log } from './log.js';
import { costLimitRule } from './query-cost.js';

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
   * query-cost.ts: each field once per item of the lists around it. The costliest real operation, the
   * dashboard's CaseStats with its groupBy in a variable (up to 20,000 buckets × 8 fields), costs
   * ≈ 160,000, the GraphiQL village × month example 100,000, everything else (Reference, a 200-case
   * page, CaseDetail, the wall) ≤ 10,000: 2 million is over 10× each (query-cost.test.ts). The nested
   * townships → villages → township → villages attack costs ≈ 4.5 million at 3 levels, 74,000 at 2.
   */
  maxCost: 2_000_000,
  /** @include/@skip per operation: a handful is plenty; thousands are a parser DoS. */
  maxDirectives: 20,
  /** Items in one list argument or variable: every code list of the district fits (≈ 230 villages). */
  maxListLength: 500,
} as const;

/** Who may introspect the schema and open GraphiQL. */
export function mayExplore(user: AuthUser | null | undefined): boolean {
  return inRoleGroup(user?.role, 'explorers');
}

/**
 * Answers a request that runs longer than `ms` with a typed 503 instead of leaving the client waiting.
 * graphql-js cannot cancel an execution: `res.locals.timeout` (an AbortSignal) tells the request's
 * budget, which makes every later resolver and SQL statement throw at once and, on PostgreSQL, cancels
 * the statements still running (request-budget.ts); what was already running in Node ends in the
 * background and its late answer is dropped (the error handler returned second swallows the
 * "headers already sent" it causes) and never cached.
 */
export function executionTimeout(ms: number): [RequestHandler, ErrorRequestHandler] {
  const start: RequestHandler = (_req, res, next) => {
    // Aborted when the timeout answers: the request's budget (request-budget.ts) stops its resolvers.
    const answered = new AbortController();
    res.locals.timeout = answered.signal;
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.locals.timedOut = true;
      answered.abort();
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
    // The list-multiplying cost of query-cost.ts instead (armor's ignores list sizes), added below.
    costLimit: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...reject },
    // Tokens are limited by graphql-js's own parser option (see `parseOptions`): a clean 400 parse error.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // armor's declarations name @apollo/server's CommonJS types, ours the ESM ones: the same interface.
  return {
    plugins: plugins as unknown as ApolloServerPlugin[],
    validationRules: [...validationRules, costLimitRule(GRAPHQL_LIMITS.maxCost)],
  };
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
  // An error nobody meant to show (a failing database, a bug; Apollo says "Context creation failed: …"
  // when signing in failed): its text names tables, hosts or files. The log keeps it, under an id.
  const cause = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (result.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR && !(cause instanceof GraphQLError)) {
    const requestId = currentRequestId() ?? randomUUID();
    log.error({ err: cause, requestId }, `GraphQL: ${result.message}`);
    result = {
      ...result,
      message: `Something failed on the server (request ${requestId}).`,
      extensions: { ...result.extensions, requestId },
    };
  }
  return result;
}

/** Whether the document asks for the schema (`__schema`, `__type`): the HTTP guard and the live socket. */
export function introspects(document: DocumentNode): boolean {
  return documentFacts(document).introspects;
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

interface DocumentFacts {
  introspects: boolean;
  /** An inline list literal longer than GRAPHQL_LIMITS.maxListLength. */
  longList: boolean;
  /** An inline string PostgreSQL could not store. */
  unstorable: boolean;
}

/**
 * What the guards read from an operation's text, walked once per document: Apollo keeps a parsed
 * document per query text and hands the same object to every request that sends it, so the
 * dashboard's operations are walked once, not on every request (variables are checked per request).
 */
const factsOf = new WeakMap<DocumentNode, DocumentFacts>();

function documentFacts(document: DocumentNode): DocumentFacts {
  let facts = factsOf.get(document);
  if (facts) return facts;
  const found: DocumentFacts = { introspects: false, longList: false, unstorable: false };
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found.introspects = true;
    },
    [Kind.LIST](node) {
      if (node.values.length > GRAPHQL_LIMITS.maxListLength) found.longList = true;
    },
    [Kind.STRING](node) {
      if (UNSTORABLE.test(node.value)) found.unstorable = true;
    },
  });
  facts = found;
  factsOf.set(document, facts);
  return facts;
}

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
          const facts = documentFacts(document);
          if (!mayExplore(contextValue.user) && facts.introspects)
            throw new GraphQLError('Introspection is only for signed-in analysts and administrators.', {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
            });
          const unstorable = facts.unstorable || hasUnstorableText(request.variables ?? {});
          if (unstorable)
            throw new GraphQLError('Text contains a NUL character or a broken Unicode surrogate.', {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          if (facts.longList || listTooLong(request.variables ?? {}, max))
            throw new GraphQLError(`A list argument has more than ${max} items.`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
            });
        },
      };
    },
  };
}
