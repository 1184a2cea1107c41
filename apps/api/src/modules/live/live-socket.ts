// GraphQL subscriptions over WebSocket (graphql-ws protocol) on the same port and path as /graphql.
// A socket signs in once — the session cookie of the upgrade request, or `authorization: Bearer …`
// in the connection parameters (the wall screen keeps its DISPLAY token) — and is re-checked every
// `recheckMs`: a signed-out, revoked or disabled account has its socket closed with 4401, so a wall
// shows "sign in" instead of going quiet.
//
// The socket carries subscriptions and nothing else. graphql-ws would execute queries and mutations
// too, past everything the HTTP path puts before a resolver (operation limits, execution timeout,
// introspection gate, suggestion masking, access log): a clerk read petitioners in full with no log
// row, a DISPLAY account introspected the schema, a deep query ended the process. So every document is
// parsed with the HTTP path's token limit, refused unless all its operations are subscriptions, refused
// if it introspects (anyone), validated with graphql's rules plus the HTTP path's limits, kept shallow,
// and limited to the notice and its reference data: nothing personal travels where no access log is kept.
import type http from 'node:http';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  getNamedType,
  GraphQLError,
  isLeafType,
  Kind,
  parse,
  specifiedRules,
  validate,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Context } from '../../context.js';
import { armor, formatError, introspects, parseOptions } from '../../security.js';
import type { AuthService, AuthUser } from '../auth/auth.service.js';
import { SESSION_COOKIE } from '../auth/auth.service.js';
import { ErrorCode } from '../common/errors.js';
import { log } from '../../log.js';

/** Limits of the socket, each with the legitimate use it leaves room for. */
export const LIVE_LIMITS = {
  /** A subscription document is a few hundred bytes (the wall's ≈ 100); the HTTP token limit fits in this. */
  maxPayloadBytes: 64 * 1024,
  /** The wall holds one subscription; one more covers a re-subscription overlapping the old one's end. */
  maxSubscriptionsPerSocket: 2,
  /**
   * Several wall screens may share one DISPLAY account (the token is in the wall's link), and a dead
   * connection lingers until the keep-alive ping gives up on it (~24 s) while its screen reconnects.
   */
  maxSocketsPerUser: 8,
  /** Clients send connection_init right after the socket opens; an idle unauthenticated socket goes. */
  connectionInitTimeoutMs: 2_000,
  /**
   * The wall's document is 3 deep (caseChanged → township → code); one more level allows a township's
   * villages or a count. Far below the HTTP path's 12: a subscription runs again on every change of a
   * case, so nested lists (township → villages → township …) would multiply with the write rate.
   */
  maxDepth: 4,
} as const;

/** Standard close code "Try Again Later": graphql-ws clients retry it (the wall polls meanwhile). */
const TRY_AGAIN_LATER = 1013;

interface SocketState {
  user?: AuthUser;
  recheck?: NodeJS.Timeout;
}

function tokenOf(params: Readonly<Record<string, unknown>> | undefined, request: http.IncomingMessage) {
  const header = params?.authorization ?? params?.Authorization;
  if (typeof header === 'string') return /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
  const cookies = request.headers.cookie ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** Same-origin browsers, listed CORS origins, and clients that send no Origin (tools, tests). */
function originAllowed(request: http.IncomingMessage, corsOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (corsOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function refusal(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * The object types a subscription may reach: the notice and the reference data it names. A field of any
 * other type (a case list, a case, its events or petitioners …) is refused, a type added later included:
 * the access log is written by the HTTP path alone, so nothing case-level travels over the socket. Who may
 * read each allowed field is still field-rules.ts's decision.
 */
const SOCKET_TYPES = new Set([
  'Subscription',
  'ChangeNotice',
  'EarlyWarningNotice',
  'Township',
  'Village',
  'Category',
]);

const noticeTypesOnly: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Field(node) {
    const parent = context.getParentType();
    const type = context.getType();
    // Unknown fields and types are the specified rules' to report.
    if (!parent || !type) return;
    const named = getNamedType(type);
    if (isLeafType(named) || SOCKET_TYPES.has(named.name)) return;
    context.reportError(
      new GraphQLError(
        `${parent.name}.${node.name.value} (${named.name}) is not sent over the socket: ask POST /graphql for it.`,
        { nodes: node, extensions: { code: ErrorCode.FORBIDDEN } },
      ),
    );
    return false; // one refusal per subtree, not one per field inside it
  },
});

/** Depth of the deepest field, fragments expanded (each once: a fragment reused a thousand times is cheap). */
function depthOf(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const walk = (set: SelectionSetNode | undefined): number => {
    let deepest = 0;
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + walk(s.selectionSet));
      else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, walk(s.selectionSet));
      else {
        const name = s.name.value;
        // Validation ran first, so fragments exist and do not cycle.
        if (!memo.has(name)) memo.set(name, walk(fragments.get(name)?.selectionSet));
        deepest = Math.max(deepest, memo.get(name)!);
      }
    }
    return deepest;
  };
  return Math.max(
    0,
    ...document.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? walk(d.selectionSet) : 0)),
  );
}

/** The document to run for a subscribe message, or why not (each error carries its code). */
function checkDocument(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  query: string,
): DocumentNode | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The document could not be parsed.';
    return [refusal(ApolloServerErrorCode.GRAPHQL_PARSE_FAILED, message)];
  }
  if (introspects(document)) {
    return [refusal(ErrorCode.FORBIDDEN, 'Introspection is not available over the socket.')];
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length === 0 || operations.some((op) => op.operation !== 'subscription')) {
    return [
      refusal(
        ErrorCode.BAD_REQUEST,
        'This socket carries subscriptions only: send queries and mutations to POST /graphql.',
      ),
    ];
  }
  const errors = validate(schema, document, rules);
  if (errors.length > 0) {
    return errors.map(
      (e) =>
        new GraphQLError(e.message, {
          nodes: e.nodes,
          extensions: {
            ...e.extensions,
            code: e.extensions.code ?? ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
          },
        }),
    );
  }
  const depth = depthOf(document);
  if (depth > LIVE_LIMITS.maxDepth) {
    return [
      refusal(
        ErrorCode.QUERY_TOO_COMPLEX,
        `A subscription is at most ${LIVE_LIMITS.maxDepth} fields deep (this one: ${depth}).`,
      ),
    ];
  }
  return document;
}

/** As the HTTP path answers: suggestions removed, a code on every error. */
function formatted(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((error) => {
    const json = error.toJSON();
    const code = json.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
    return formatError({ ...json, extensions: { ...json.extensions, code } }, error);
  });
}

export function attachLiveSocket(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  auth: AuthService;
  contextFor(user: AuthUser): Context;
  corsOrigins: readonly string[];
  recheckMs?: number;
}): { close(): Promise<void>; openSockets(): number } {
  const { auth, schema, recheckMs = 30_000 } = options;
  // The same limits as POST /graphql (depth, aliases, cost, directives, and whatever security.ts adds).
  const rules: readonly ValidationRule[] = [...specifiedRules, ...armor().validationRules, noticeTypesOnly];
  const wss = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    // A bigger frame closes the socket (1009) before any of it is buffered for parsing.
    maxPayload: LIVE_LIMITS.maxPayloadBytes,
    // Cross-site WebSocket hijacking: a page elsewhere must not ride a signed-in browser's cookie.
    verifyClient: ({ req }: { req: http.IncomingMessage }) => originAllowed(req, options.corsOrigins),
  });
  const states = new WeakMap<WebSocket, SocketState>();
  const socketsOfUser = new Map<number, number>();
  const cleanup = useServer<
    Record<string, unknown> | undefined,
    { socket: WebSocket; request: http.IncomingMessage }
  >(
    {
      schema,
      connectionInitWaitTimeout: LIVE_LIMITS.connectionInitTimeoutMs,
      async onConnect(ctx) {
        const token = tokenOf(ctx.connectionParams, ctx.extra.request);
        const session = await auth.authenticate(token);
        if (!session) return false; // closes with 4403 Forbidden
        const userId = session.user.id;
        const open = socketsOfUser.get(userId) ?? 0;
        if (open >= LIVE_LIMITS.maxSocketsPerUser) {
          // Not 4403: the wall reads that as "sign in again". The 4403 graphql-ws sends after this
          // return is dropped, since the socket is already closing.
          ctx.extra.socket.close(TRY_AGAIN_LATER, 'Too many sockets for this account');
          return false;
        }
        socketsOfUser.set(userId, open + 1);
        const state: SocketState = { user: session.user };
        state.recheck = setInterval(() => {
          void auth.authenticate(token).then((still) => {
            if (!still) ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
          });
        }, recheckMs);
        states.set(ctx.extra.socket, state);
        return true;
      },
      onSubscribe(ctx, _id, payload) {
        // The subscription being started is already in the list.
        if (Object.keys(ctx.subscriptions).length > LIVE_LIMITS.maxSubscriptionsPerSocket) {
          return [
            refusal(
              ErrorCode.RATE_LIMITED,
              `At most ${LIVE_LIMITS.maxSubscriptionsPerSocket} subscriptions per socket.`,
            ),
          ];
        }
        const document = checkDocument(schema, rules, payload.query);
        if (Array.isArray(document)) return document;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      onError: (_ctx, _id, _payload, errors) => formatted(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatted(result.errors) } : undefined,
      onClose(ctx) {
        const state = states.get(ctx.extra.socket);
        if (!state?.user) return;
        clearInterval(state.recheck);
        const left = (socketsOfUser.get(state.user.id) ?? 1) - 1;
        if (left > 0) socketsOfUser.set(state.user.id, left);
        else socketsOfUser.delete(state.user.id);
      },
      context(ctx) {
        return options.contextFor(states.get(ctx.extra.socket)!.user!);
      },
    },
    wss,
  );
  // A socket's 'error' is the client breaking the protocol (an oversized or malformed frame), which ws
  // answers by closing it (1009, 1002 …). graphql-ws logs each one as its own internal error with a
  // stack: one line is enough, and a client cannot flood the log with stacks. (Runs after graphql-ws's
  // connection handler, which added that listener.)
  wss.on('connection', (socket: WebSocket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => log.warn(`live socket closed: ${error.message}`));
  });
  return {
    openSockets: () => wss.clients.size,
    async close() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
