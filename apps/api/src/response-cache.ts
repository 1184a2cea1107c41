// Whole-response cache for read operations, keyed by the data version and the local day.
//
// Every answer of this API is a function of the stored data, the operation and its variables, and
// the local day (deadline states and "now"-relative filters only move at Asia/Shanghai midnight,
// since every due date is the end of a local day). Every write transaction moves the data version,
// so a cached answer is served only while it is still exactly what execution would produce — on
// every instance, because the version lives in the database. Dashboards and the wall screen poll the
// same few operations; this is what keeps them cheap.
//
// Concurrent identical misses share one execution (single-flight): a request whose key is being
// executed by another waits for that answer instead of running the same statements again — the
// moment a write empties the cache, every dashboard that polls asks the same operations at once.
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { localDate } from '@lianxin/domain';
import { isDatabaseUnavailable } from './db/unavailable.js';

export interface ResponseCacheOptions<T> {
  /** Reads the current data version (one indexed row). */
  dataVersion(): Promise<number>;
  /** Who is asking, as far as it changes an answer (user, role, scope): part of the key. */
  audienceOf(context: T): string;
  /** Most answers kept per process. */
  maxEntries: number;
  /**
   * False when serving this answer again would skip work that must happen on every read (an access
   * log row for personal data shown in full), or when the request failed: such answers are executed
   * each time, and never shared with a request waiting for the same key.
   */
  reusable(context: T): boolean;
  /**
   * Aborts when the request stops (its budget, the execution timeout, the client gone): its answer is
   * not kept, requests waiting for it execute on their own at once, and it stops waiting for another's.
   */
  stopSignal?(context: T): AbortSignal | undefined;
  /** Told how each cacheable query was answered: from the cache, by waiting for a twin, or executed. */
  onLookup?(result: 'hit' | 'shared' | 'miss'): void;
}

type Result = Record<string, unknown>;

/** An execution others with the same key wait for: its answer, or null when they must execute themselves. */
type Flight = Promise<Result | null>;

/** Keys whose last execution was not reusable, remembered so that their requests do not queue in vain. */
const NOT_SHARED_KEYS = 1_000;

/**
 * A copy for one response: the budget plugin blanks a stopped request's answer in place (data null,
 * its error), which must never reach the cached entry every later request is served.
 */
const copyOf = (result: Result): Result => ({ ...result });

/** Resolves with `flight`'s answer, or null as soon as `signal` aborts. */
function waitFor(flight: Flight, signal: AbortSignal | undefined): Flight {
  if (!signal) return flight;
  if (signal.aborted) return Promise.resolve(null);
  return new Promise((resolve) => {
    const stop = () => resolve(null);
    signal.addEventListener('abort', stop, { once: true });
    void flight.then((answer) => {
      signal.removeEventListener('abort', stop);
      resolve(answer);
    });
  });
}

export function responseCachePlugin<T extends object>(
  options: ResponseCacheOptions<T>,
): ApolloServerPlugin<T> {
  const cache = new LRUCache<string, Result>({ max: options.maxEntries });
  const inFlight = new Map<string, Flight>();
  const notShared = new LRUCache<string, true>({ max: NOT_SHARED_KEYS });
  const keyOf = async (ctx: GraphQLRequestContext<T>): Promise<string | null> => {
    if (ctx.operation?.operation !== 'query' || !ctx.source) return null;
    const version = await options.dataVersion();
    return createHash('sha256')
      .update(JSON.stringify([ctx.source, ctx.operationName ?? null, ctx.request.variables ?? {}]))
      .update(`|${version}|${localDate(new Date())}|${options.audienceOf(ctx.contextValue)}`)
      .digest('base64url');
  };
  const answer = (result: Result, source: 'hit' | 'shared') => {
    options.onLookup?.(source);
    return {
      http: { status: undefined, headers: new HeaderMap([['x-lianxin-cache', source]]) },
      body: { kind: 'single' as const, singleResult: copyOf(result) },
    };
  };
  /** Each leading request's way to settle its flight (also reached from Apollo's unexpected-error hook). */
  const landings = new WeakMap<object, (result: Result | null) => void>();
  /** Starts the flight others with `key` will wait for; returns how to settle it, once. */
  const lead = (key: string, stopSignal: AbortSignal | undefined) => {
    let settle!: (result: Result | null) => void;
    const flight: Flight = new Promise((resolve) => (settle = resolve));
    inFlight.set(key, flight);
    let landed = false;
    const land = (result: Result | null) => {
      if (landed) return;
      landed = true;
      stopSignal?.removeEventListener('abort', stopped);
      if (inFlight.get(key) === flight) inFlight.delete(key);
      settle(result);
    };
    // Stopped while executing (timeout, budget, client gone): the waiters go at once, not when this
    // execution's late remains end.
    const stopped = () => land(null);
    stopSignal?.addEventListener('abort', stopped, { once: true });
    return land;
  };
  return {
    async requestDidStart(requestContext) {
      let key: string | null = null;
      const land = (result: Result | null) => landings.get(requestContext)?.(result);
      return {
        async responseForOperation(ctx) {
          const stopSignal = options.stopSignal?.(ctx.contextValue);
          try {
            key = await keyOf(ctx);
          } catch (error) {
            // A stopped request's version read may be refused or cancelled: its execution answers it
            // with the reason it stopped, not with an unexpected error.
            if (stopSignal?.aborted) return null;
            // The database is away: no answer can be matched to its data. Executed, the operation's
            // own statements answer with that (DATABASE_UNAVAILABLE), rather than an unexpected error.
            if (isDatabaseUnavailable(error)) return null;
            throw error;
          }
          if (!key) return null;
          // A request that has already failed gets no answer here: its own execution answers it with
          // its error, and it must not lead a flight others would wait on.
          if (stopSignal?.aborted) return null;
          const hit = cache.get(key);
          if (hit) return answer(hit, 'hit');
          const flight = inFlight.get(key);
          if (flight) {
            const shared = await waitFor(flight, stopSignal);
            if (shared) return answer(shared, 'shared');
            options.onLookup?.('miss');
            // The first failed, was stopped, or may not be reused: execute, but lead no one (the
            // others who waited execute too, in parallel, rather than queue behind each other).
            return null;
          }
          options.onLookup?.('miss');
          // Its last answer could not be reused (access-logged): waiting would only queue requests.
          if (notShared.has(key)) return null;
          landings.set(requestContext, lead(key, stopSignal));
          return null;
        },
        async willSendResponse(ctx) {
          if (!key || ctx.response.body.kind !== 'single') return land(null);
          const result = ctx.response.body.singleResult;
          const source = ctx.response.http.headers.get('x-lianxin-cache');
          if (result.errors || source === 'hit' || source === 'shared') return land(null);
          if (!options.reusable(ctx.contextValue)) {
            // Only an answer that succeeded yet may not be reused says so of its key; a stopped one
            // (timeout, budget) may well succeed next time.
            if (!options.stopSignal?.(ctx.contextValue)?.aborted) notShared.set(key, true);
            return land(null);
          }
          ctx.response.http.headers.set('x-lianxin-cache', 'miss');
          const kept = copyOf(result as Result);
          cache.set(key, kept);
          land(kept);
        },
      };
    },
    // Apollo ends a request here, without willSendResponse, when a plugin hook throws: never leave
    // its waiters (and every later request with its key) waiting for an answer that will not come.
    async unexpectedErrorProcessingRequest({ requestContext }) {
      landings.get(requestContext)?.(null);
    },
  };
}
