// Read replicas at the HTTP edge: which requests read from a replica, and the token a client carries
// after it wrote, so that its own reads wait for (go to the primary until) a replica that has its write.
//
// A GraphQL query reads from a replica; a mutation, and every statement before the operation is known
// (the session check), from the primary. After a mutation the client gets the primary's WAL position
// (`pg_current_wal_lsn()`, after commit) in an HttpOnly cookie and a response header; a later read
// that brings it goes to a replica only once that replica's replay position (polled, replicas.ts) has
// passed it.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { log } from './log.js';
import { currentRoute, onPrimary, withRoute, type ReadRoute } from './db/read-route.js';
import { parseLsn, type ReplicaSet } from './db/replicas.js';
import type { Metrics } from './metrics.js';

/** The cookie and header that carry the LSN of the client's last write. */
export const WRITE_COOKIE = 'lianxin-read-after';
export const WRITE_HEADER = 'x-lianxin-read-after';
/** Long past any lag a replica is used with: by then every usable replica has the write. */
const WRITE_COOKIE_MS = 10 * 60_000;

function afterOf(req: Request): ReadRoute['after'] {
  const header = req.get(WRITE_HEADER);
  const cookie = (req.cookies as Record<string, unknown> | undefined)?.[WRITE_COOKIE];
  const raw = header ?? (typeof cookie === 'string' ? cookie : undefined);
  if (raw === undefined) return null;
  // A token that cannot be read may stand for a write: the primary is the answer that is never stale.
  return parseLsn(raw) ?? 'unknown';
}

function routeFor(req: Request, res: Response): ReadRoute {
  return {
    replica: null,
    after: afterOf(req),
    wrote(lsn) {
      res.cookie(WRITE_COOKIE, lsn, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.secure,
        path: '/',
        maxAge: WRITE_COOKIE_MS,
      });
      res.setHeader(WRITE_HEADER, lsn);
    },
  };
}

export class ReadRouting {
  constructor(
    private readonly replicas: ReplicaSet,
    private readonly primary: DataSource,
    private readonly metrics: Metrics,
  ) {}

  /** Picks the server for a read of the current route: a replica that has the client's writes, else the primary. */
  private chooseFor(route: ReadRoute): void {
    route.replica = route.after === 'unknown' ? null : this.replicas.choose(route.after);
    this.metrics.readRouted(route.replica ? 'replica' : 'primary');
  }

  /** Hands the client the primary's WAL position now, after its write committed. */
  private async handOut(route: ReadRoute): Promise<void> {
    try {
      const rows: { lsn: string }[] = await onPrimary(() =>
        this.primary.query('SELECT pg_current_wal_lsn()::text AS lsn'),
      );
      route.wrote(rows[0]!.lsn);
    } catch (error) {
      // The write stands; only this client's next reads may miss it for the replica's lag.
      log.warn({ err: error }, 'read-your-writes: could not read the write position');
    }
  }

  /**
   * Express: everything after it runs on this request's route. `reads`: the route reads from a replica
   * at once (read-only endpoints: exports); `per-operation`: the GraphQL plugin decides; `writes`: REST
   * writes (an import, a boundary pack), whose handlers call handOutWritePosition() before answering.
   */
  middleware(reads: 'now' | 'per-operation' | 'writes'): RequestHandler {
    return (req, res, next) => {
      const route = routeFor(req, res);
      if (reads === 'now') this.chooseFor(route);
      if (reads === 'writes') route.handOutWrite = () => this.handOut(route);
      withRoute(route, next);
    };
  }

  /** Queries read from a replica; a mutation hands the client its write's LSN. */
  plugin<T extends BaseContext>(): ApolloServerPlugin<T> {
    return {
      requestDidStart: async () => {
        let mutation = false;
        return {
          didResolveOperation: async ({ operation }) => {
            const route = currentRoute();
            if (!route) return;
            if (operation?.operation === 'query') this.chooseFor(route);
            else mutation = operation?.operation === 'mutation';
          },
          willSendResponse: async () => {
            const route = currentRoute();
            if (mutation && route) await this.handOut(route);
          },
        };
      },
    };
  }
}

/**
 * A REST write (an import, a boundary pack) calls this after its transaction commits and before it
 * answers: the client gets its write's position as after a mutation, so its next reads see the write.
 * Nothing without replicas (no route is set).
 */
export async function handOutWritePosition(): Promise<void> {
  await currentRoute()?.handOutWrite?.();
}
