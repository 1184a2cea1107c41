// Whole-response cache for read operations, keyed by the data version and the local day.
//
// Every answer of this API is a function of the stored data, the operation and its variables, and
// the local day (deadline states and "now"-relative filters only move at Asia/Shanghai midnight,
// since every due date is the end of a local day). Every write transaction moves the data version,
// so a cached answer is served only while it is still exactly what execution would produce — on
// every instance, because the version lives in the database. Dashboards and the wall screen poll the
// same few operations; this is what keeps them cheap.
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { localDate } from '@lianxin/domain';

export interface ResponseCacheOptions<T> {
  /** Reads the current data version (one indexed row). */
  dataVersion(): Promise<number>;
  /** Who is asking, as far as it changes an answer (user, role, scope): part of the key. */
  audienceOf(context: T): string;
  /** Most answers kept per process. */
  maxEntries: number;
  /**
   * False when serving this answer again would skip work that must happen on every read (an access
   * log row for personal data shown in full): such answers are executed each time.
   */
  reusable(context: T): boolean;
}

type Result = Record<string, unknown>;

export function responseCachePlugin<T extends object>(
  options: ResponseCacheOptions<T>,
): ApolloServerPlugin<T> {
  const cache = new LRUCache<string, Result>({ max: options.maxEntries });
  const keyOf = async (ctx: GraphQLRequestContext<T>): Promise<string | null> => {
    if (ctx.operation?.operation !== 'query' || !ctx.source) return null;
    const version = await options.dataVersion();
    return createHash('sha256')
      .update(JSON.stringify([ctx.source, ctx.operationName ?? null, ctx.request.variables ?? {}]))
      .update(`|${version}|${localDate(new Date())}|${options.audienceOf(ctx.contextValue)}`)
      .digest('base64url');
  };
  return {
    async requestDidStart() {
      let key: string | null = null;
      return {
        async responseForOperation(ctx) {
          key = await keyOf(ctx);
          const hit = key ? cache.get(key) : undefined;
          if (!hit) return null;
          const headers = new HeaderMap([['x-lianxin-cache', 'hit']]);
          return { http: { status: undefined, headers }, body: { kind: 'single', singleResult: hit } };
        },
        async willSendResponse(ctx) {
          if (!key || ctx.response.body.kind !== 'single') return;
          const result = ctx.response.body.singleResult;
          if (result.errors || ctx.response.http.headers.get('x-lianxin-cache') === 'hit') return;
          if (!options.reusable(ctx.contextValue)) return;
          ctx.response.http.headers.set('x-lianxin-cache', 'miss');
          cache.set(key, result as Result);
        },
      };
    },
  };
}
