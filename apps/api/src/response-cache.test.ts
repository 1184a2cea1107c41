// The response cache's rules on a tiny server whose resolver the test holds and lets go: late answers,
// answers served to a request that already failed, and concurrent identical misses (single-flight).
// The same wiring as server.ts (execution timeout → request budget → Apollo with the budget plugin
// before the cache), without a database: the rules are the cache's, on either dialect.
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetOf, requestBudget, requestBudgetPlugin } from './request-budget.js';
import { responseCachePlugin } from './response-cache.js';
import { executionTimeout } from './security.js';

interface Ctx {
  user: string;
}

/** A promise the test resolves when it chooses. */
function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

interface Answer {
  status: number;
  cache: string | null;
  body: { data?: { answer: string } | null; errors?: { extensions: { code: string } }[] };
}

/**
 * `answer(tag)` counts its executions and, while `held` has a gate for the tag, waits for it. `logged`
 * tags are answers the cache must never reuse (as the access log's: personal data shown in full).
 */
async function startToyServer(options: { timeoutMs?: number } = {}) {
  const held = new Map<string, ReturnType<typeof gate>>();
  const executions: string[] = [];
  const logged = new Set<string>();
  const failOnce = new Set<string>();
  /** Each request's context once it is answered (Apollo's willSendResponse, after the cache's). */
  const answered: Ctx[] = [];
  let versionGate: Promise<void> | null = null;
  const watcher: ApolloServerPlugin<Ctx & { logged?: boolean }> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          answered.push(contextValue);
        },
      };
    },
  };
  const apollo = new ApolloServer<Ctx & { logged?: boolean }>({
    typeDefs: 'type Query { answer(tag: String!): String! }',
    resolvers: {
      Query: {
        answer: async (_: unknown, { tag }: { tag: string }, context: Ctx & { logged?: boolean }) => {
          // As every field of the real schema (schema.ts guardFields): a stopped request resolves nothing more.
          budgetOf(context).assertRunning();
          executions.push(`${context.user}:${tag}`);
          if (logged.has(tag)) context.logged = true;
          await held.get(tag)?.promise;
          if (failOnce.delete(tag)) throw new Error(`${tag} failed once`);
          return `${tag} for ${context.user}`;
        },
      },
    },
    plugins: [
      requestBudgetPlugin(),
      responseCachePlugin<Ctx & { logged?: boolean }>({
        maxEntries: 100,
        dataVersion: async () => {
          await versionGate;
          return 1;
        },
        audienceOf: (context) => context.user,
        reusable: (context) => !context.logged && !budgetOf(context).stopped,
        stopSignal: (context) => budgetOf(context).signal,
      }),
      watcher,
    ],
  });
  await apollo.start();
  const app = express();
  const [timeoutStart, timeoutLate] = executionTimeout(options.timeoutMs ?? 10_000);
  app.use(
    '/graphql',
    timeoutStart,
    express.json(),
    requestBudget(),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ user: String(req.headers['x-user'] ?? 'anonymous') }),
    }),
    timeoutLate,
  );
  const server = http.createServer(app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  const ask = async (tag: string, user = 'ann', signal?: AbortSignal): Promise<Answer> => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      signal,
      headers: { 'content-type': 'application/json', 'x-user': user },
      body: JSON.stringify({ query: 'query Q($tag: String!) { answer(tag: $tag) }', variables: { tag } }),
    });
    return {
      status: response.status,
      cache: response.headers.get('x-lianxin-cache'),
      body: (await response.json()) as Answer['body'],
    };
  };
  /** Resolves once `n` requests in all have been answered by Apollo (late ones included). */
  const untilAnswered = async (n: number) => {
    for (let i = 0; answered.length < n && i < 500; i++) await new Promise((r) => setTimeout(r, 10));
    expect(answered.length).toBe(n);
  };
  /** Resolves once `n` executions in all have started. */
  const untilExecuted = async (n: number) => {
    for (let i = 0; executions.length < n && i < 500; i++) await new Promise((r) => setTimeout(r, 5));
    expect(executions.length).toBe(n);
  };
  const hold = (tag: string) => {
    const g = gate();
    held.set(tag, g);
    return () => {
      held.delete(tag);
      g.open();
    };
  };
  return {
    ask,
    executions,
    logged,
    failOnce,
    hold,
    untilAnswered,
    untilExecuted,
    holdVersion() {
      const g = gate();
      versionGate = g.promise;
      return () => {
        versionGate = null;
        g.open();
      };
    },
    async stop() {
      for (const g of held.values()) g.open();
      await apollo.stop();
      server.closeAllConnections(); // keep-alive sockets would hold close() for seconds
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

type Toy = Awaited<ReturnType<typeof startToyServer>>;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('response cache and failed requests', () => {
  let toy: Toy;
  afterEach(async () => {
    await toy?.stop();
  });

  it('never caches a late answer: the timeout answered 503, then the execution finished', async () => {
    toy = await startToyServer({ timeoutMs: 150 });
    const release = toy.hold('late');
    const first = await toy.ask('late');
    expect(first.status).toBe(503);
    expect(first.body.errors?.[0]?.extensions.code).toBe('TIMEOUT');
    // The execution the 503 left behind now finishes with a complete answer, and Apollo answers it.
    release();
    await toy.untilAnswered(1);
    const again = await toy.ask('late');
    expect(again).toMatchObject({ status: 200, cache: 'miss', body: { data: { answer: 'late for ann' } } });
    expect(toy.executions).toEqual(['ann:late', 'ann:late']);
  });

  it('keeps a cached answer whole when it is served to a request that has already timed out', async () => {
    toy = await startToyServer({ timeoutMs: 150 });
    expect((await toy.ask('kept')).cache).toBe('miss');
    // The next request times out while it waits for the data version (a saturated pool); its late
    // lookup then finds the answer in the cache. The budget plugin blanks a stopped request's answer:
    // it must blank this request's copy, not the cached entry everyone else is served.
    const release = toy.holdVersion();
    const stopped = await toy.ask('kept');
    expect(stopped.status).toBe(503);
    release();
    await toy.untilAnswered(2);
    const later = await toy.ask('kept');
    expect(later).toMatchObject({ status: 200, cache: 'hit', body: { data: { answer: 'kept for ann' } } });
    expect(later.body.errors).toBeUndefined();
    expect(toy.executions).toEqual(['ann:kept']);
  });
});

describe('concurrent identical misses (single-flight)', () => {
  let toy: Toy;
  afterEach(async () => {
    await toy?.stop();
  });

  it('executes once for N identical requests that arrive while the first executes; they share its answer', async () => {
    toy = await startToyServer();
    const release = toy.hold('pivot');
    const answers = Array.from({ length: 6 }, () => toy.ask('pivot'));
    await toy.untilExecuted(1);
    await wait(100); // the other five have arrived and wait
    release();
    const settled = await Promise.all(answers);
    expect(toy.executions).toEqual(['ann:pivot']);
    expect(settled.map((a) => a.cache).sort()).toEqual([
      'miss',
      'shared',
      'shared',
      'shared',
      'shared',
      'shared',
    ]);
    for (const answer of settled)
      expect(answer).toMatchObject({ status: 200, body: { data: { answer: 'pivot for ann' } } });
    // Shared answers were kept as well: the next is a hit.
    expect((await toy.ask('pivot')).cache).toBe('hit');
  });

  it('never shares across users: each audience executes its own', async () => {
    toy = await startToyServer();
    const release = toy.hold('mine');
    const answers = [
      toy.ask('mine', 'ann'),
      toy.ask('mine', 'bob'),
      toy.ask('mine', 'ann'),
      toy.ask('mine', 'bob'),
    ];
    await toy.untilExecuted(2);
    await wait(100);
    release();
    const settled = await Promise.all(answers);
    expect(toy.executions.sort()).toEqual(['ann:mine', 'bob:mine']);
    // Per user, whichever of its two arrived first executed; the other shared that user's answer.
    for (const [user, mine] of [
      ['ann', [settled[0]!, settled[2]!]],
      ['bob', [settled[1]!, settled[3]!]],
    ] as const) {
      expect(mine.map((a) => a.cache).sort()).toEqual(['miss', 'shared']);
      for (const answer of mine) expect(answer.body.data).toEqual({ answer: `mine for ${user}` });
    }
  });

  it('lets the waiters execute themselves when the first fails', async () => {
    toy = await startToyServer();
    toy.failOnce.add('flaky');
    const release = toy.hold('flaky');
    const answers = [toy.ask('flaky'), toy.ask('flaky'), toy.ask('flaky')];
    await toy.untilExecuted(1);
    await wait(100);
    release();
    const settled = await Promise.all(answers);
    // The first (whichever arrived first) failed; neither waiter took its error as its answer: each
    // executed, and both succeeded.
    const failed = settled.filter((a) => a.body.errors);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.cache).toBeNull();
    expect(toy.executions).toEqual(['ann:flaky', 'ann:flaky', 'ann:flaky']);
    for (const answer of settled.filter((a) => !a.body.errors))
      expect(answer).toMatchObject({ status: 200, body: { data: { answer: 'flaky for ann' } } });
  });

  it('never shares an answer that may not be reused (access-logged): every request executes', async () => {
    toy = await startToyServer();
    toy.logged.add('personal');
    const release = toy.hold('personal');
    const answers = [toy.ask('personal'), toy.ask('personal'), toy.ask('personal')];
    await toy.untilExecuted(1);
    await wait(100);
    release();
    const settled = await Promise.all(answers);
    expect(toy.executions).toEqual(['ann:personal', 'ann:personal', 'ann:personal']);
    expect(settled.map((a) => a.cache)).toEqual([null, null, null]);
    // Known not to be reusable: the next ones do not queue behind each other.
    const release2 = toy.hold('personal');
    const more = [toy.ask('personal'), toy.ask('personal')];
    await toy.untilExecuted(5);
    release2();
    await Promise.all(more);
  });

  it('stops waiting when the first times out: the waiters execute at once, not at its late end', async () => {
    toy = await startToyServer({ timeoutMs: 1000 });
    const release = toy.hold('slow');
    const first = toy.ask('slow');
    await toy.untilExecuted(1);
    await wait(300);
    const waiter = toy.ask('slow'); // waits for the first
    await wait(100);
    expect(toy.executions).toHaveLength(1);
    expect((await first).status).toBe(503);
    // The first's execution still hangs on (held), yet the waiter already executes on its own.
    await toy.untilExecuted(2);
    release();
    expect(await waiter).toMatchObject({
      status: 200,
      cache: 'miss',
      body: { data: { answer: 'slow for ann' } },
    });
  });

  it('drops a waiter whose client went away, without waiting for the first', async () => {
    toy = await startToyServer();
    const release = toy.hold('gone');
    const first = toy.ask('gone');
    await toy.untilExecuted(1);
    const client = new AbortController();
    const waiter = toy.ask('gone', 'ann', client.signal).catch((error: Error) => error.name);
    await wait(100);
    client.abort();
    expect(await waiter).toBe('AbortError');
    // Apollo has finished with the waiter (its budget stopped it at its first field) while the first
    // still executes: it did not stay parked on the first's flight.
    await toy.untilAnswered(1);
    expect(toy.executions).toEqual(['ann:gone']);
    release();
    expect((await first).cache).toBe('miss');
  });
});
