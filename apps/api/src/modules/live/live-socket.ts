// GraphQL subscriptions over WebSocket (graphql-ws protocol) on the same port and path as /graphql.
// A socket signs in once — the session cookie of the upgrade request, or `authorization: Bearer …`
// in the connection parameters (the wall screen keeps its DISPLAY token) — and is re-checked every
// `recheckMs`: a signed-out, revoked or disabled account has its socket closed with 4401, so a wall
// shows "sign in" instead of going quiet.
import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Context } from '../../context.js';
import type { AuthService, AuthUser } from '../auth/auth.service.js';
import { SESSION_COOKIE } from '../auth/auth.service.js';

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

export function attachLiveSocket(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  auth: AuthService;
  contextFor(user: AuthUser): Context;
  corsOrigins: readonly string[];
  recheckMs?: number;
}): { close(): Promise<void> } {
  const { auth, recheckMs = 30_000 } = options;
  const wss = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    // Cross-site WebSocket hijacking: a page elsewhere must not ride a signed-in browser's cookie.
    verifyClient: ({ req }: { req: http.IncomingMessage }) => originAllowed(req, options.corsOrigins),
  });
  const states = new WeakMap<WebSocket, SocketState>();
  const cleanup = useServer<
    Record<string, unknown> | undefined,
    { socket: WebSocket; request: http.IncomingMessage }
  >(
    {
      schema: options.schema,
      async onConnect(ctx) {
        const token = tokenOf(ctx.connectionParams, ctx.extra.request);
        const session = await auth.authenticate(token);
        if (!session) return false; // closes with 4403 Forbidden
        const state: SocketState = { user: session.user };
        state.recheck = setInterval(() => {
          void auth.authenticate(token).then((still) => {
            if (!still) ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
          });
        }, recheckMs);
        states.set(ctx.extra.socket, state);
        return true;
      },
      onClose(ctx) {
        clearInterval(states.get(ctx.extra.socket)?.recheck);
      },
      context(ctx) {
        return options.contextFor(states.get(ctx.extra.socket)!.user!);
      },
    },
    wss,
  );
  return {
    async close() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
