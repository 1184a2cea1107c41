import http from 'node:http';
import express from 'express';
import { GraphQLString, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  budgetExceeded,
  budgetOf,
  currentBudget,
  heldUnits,
  REQUEST_BUDGET,
  RequestBudget,
  requestBudget,
  budgeted,
  runInBudget,
} from './request-budget.js';
import { executionTimeout } from './security.js';

const limits = (overrides: Partial<Record<keyof typeof REQUEST_BUDGET, number>>) => ({
  ...REQUEST_BUDGET,
  ...overrides,
});
const turnOfTheLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** A root field of a query (its value's list items are counted from the value itself). */
const rootField = {
  operation: { operation: 'query' },
  fieldNodes: [],
  returnType: GraphQLString,
  path: { prev: undefined, key: 'f' },
} as unknown as GraphQLResolveInfo;

/** Resolves one root field of `context` through the wrapper schema.ts puts around every resolver. */
async function field(context: object, resolve: () => unknown): Promise<unknown> {
  return budgeted<object>(() => resolve())(undefined, {}, context, rootField);
}

describe('RequestBudget', () => {
  it('runs `unpacedUnits` at once, then `yieldEvery` units per turn of the event loop, in order', async () => {
    const budget = new RequestBudget(limits({ unpacedUnits: 10, yieldEvery: 10 }));
    const ran: number[] = [];
    const turns: number[] = [];
    let turn = 0;
    const work = Array.from({ length: 35 }, (_, i) => {
      const wait = budget.turn();
      const run = () => ran.push(i) && turns.push(turn);
      return wait ? wait.then(run) : run();
    });
    expect(ran).toHaveLength(10); // the unpaced units run at once
    for (; ran.length < 35 && turn < 10; turn++) await turnOfTheLoop();
    await Promise.all(work);
    expect(ran).toEqual([...Array(35).keys()]);
    // Slots 1, 2 and 3 each opened in a later turn than the slot before.
    expect(new Set(turns.slice(10, 20)).size).toBe(1);
    expect(turns[20]).toBeGreaterThan(turns[19]!);
    expect(turns[30]).toBeGreaterThan(turns[29]!);
  });

  it('paces a long list from its first item: items are promises of themselves, released turn by turn', async () => {
    // 100 units could still run unpaced, but each item starts all its fields: a long list waits.
    const budget = new RequestBudget(limits({ unpacedUnits: 100, yieldEvery: 4 }));
    const paced = budget.pace([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(paced.every((item) => item instanceof Promise)).toBe(true);
    const settled: number[] = [];
    paced.forEach((item) => void (item as Promise<number>).then((n) => settled.push(n)));
    await turnOfTheLoop();
    expect(settled).toEqual([1, 2, 3, 4]);
    expect(await Promise.all(paced)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(budget.pace([1, 2])).toEqual([1, 2]); // short lists are left alone
  });

  it('stops at its unit limit with REQUEST_BUDGET_EXCEEDED, and every later field throws the same error', async () => {
    const context = {};
    const budget = new RequestBudget(limits({ maxUnits: 5 }));
    // The context takes the budget of the request it is first seen in.
    await runInBudget(budget, () => field(context, () => 'x'));
    expect(budgetOf(context)).toBe(budget);
    await expect(field(context, () => ['a', 'b', 'c'])).resolves.toEqual(['a', 'b', 'c']);
    expect(budget.units).toBe(5); // 2 fields, 3 items
    const error = await field(context, () => 'over').catch((e: unknown) => e);
    expect(error).toMatchObject({
      extensions: { code: 'REQUEST_BUDGET_EXCEEDED', budget: 'units', limit: 5 },
    });
    expect(budget.failure).toBe(error);
    await expect(field(context, () => 'later')).rejects.toBe(error);
  });

  it('turns a PostgreSQL statement timeout (57014) into TIMEOUT and stops the request', async () => {
    const context = {};
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), {
      driverError: { code: '57014' },
    });
    const error = await field(context, () => {
      throw cancelled;
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: 'TIMEOUT' } });
    await expect(field(context, () => 'later')).rejects.toBe(error);
    // Any other error stays the field's own.
    const other = {};
    await expect(
      field(other, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(field(other, () => 'still running')).resolves.toBe('still running');
  });

  it('counts buckets against the request and refuses past the per-request total', () => {
    const budget = new RequestBudget(limits({ maxBucketsPerField: 10, maxBucketsPerRequest: 15 }));
    expect(budget.bucketsLeft()).toBe(10);
    budget.spendBuckets(8);
    expect(budget.bucketsLeft()).toBe(7);
    expect(() => budget.spendBuckets(8)).toThrow(/more than 10 buckets in one field or 15 in one request/);
    expect(budget.failure?.extensions).toMatchObject({ code: 'REQUEST_BUDGET_EXCEEDED', budget: 'buckets' });
  });

  it('stops when its SQL time is spent, without failing the statement that spent it', () => {
    const budget = new RequestBudget(limits({ maxSqlMs: 100 }));
    budget.spendSql(60);
    expect(budget.stopped).toBe(false);
    budget.spendSql(60);
    expect(budget.failure?.extensions).toMatchObject({ budget: 'sqlMs', limit: 100 });
  });
});

describe('RequestBudget: running statements (PostgreSQL cancellation)', () => {
  /** A statement whose cancel the test observes and completes. */
  function statement(write: boolean) {
    let deliver!: () => void;
    const delivered = new Promise<void>((resolve) => (deliver = resolve));
    const cancels: number[] = [];
    return {
      cancels,
      deliver,
      statement: {
        write,
        cancel: () => {
          cancels.push(Date.now());
          return delivered;
        },
      },
    };
  }

  it('cancels its running reads when it stops, and aborts its signal once with the first reason', () => {
    const budget = new RequestBudget(limits({ maxSqlMs: 10 }));
    const read = statement(false);
    const write = statement(true);
    budget.started(read.statement);
    budget.started(write.statement);
    expect(budget.signal.aborted).toBe(false);
    budget.spendSql(20);
    expect(budget.signal.aborted).toBe(true);
    expect(budget.signal.reason).toBe(budget.failure);
    expect(read.cancels).toHaveLength(1);
    // A stopped request still answers, and a transaction of it must be able to finish its writes.
    expect(write.cancels).toHaveLength(0);
    budget.stop(budgetExceeded('units', 1, 'again'));
    expect(read.cancels).toHaveLength(1); // cancelled once
    expect(budget.failure?.extensions.budget).toBe('sqlMs');
  });

  it('cancels its writes too once abandoned (timeout answered, client gone), and statements started later', () => {
    const budget = new RequestBudget();
    const write = statement(true);
    budget.started(write.statement);
    budget.abandon(budgetExceeded('units', 1, 'gone'));
    expect(budget.abandoned).toBe(true);
    expect(write.cancels).toHaveLength(1);
    const late = statement(false);
    budget.started(late.statement);
    expect(late.cancels).toHaveLength(1);
  });

  it('hands the connection back only once the cancel was delivered; a statement that returned first is not cancelled', async () => {
    const budget = new RequestBudget();
    const done = statement(false);
    const running = statement(false);
    budget.started(done.statement);
    budget.started(running.statement);
    expect(budget.finished(done.statement)).toBeUndefined();
    budget.stop(budgetExceeded('units', 1, 'stop'));
    expect(done.cancels).toHaveLength(0);
    const handedBack = budget.finished(running.statement);
    expect(handedBack).toBeInstanceOf(Promise);
    let settled = false;
    void handedBack!.then(() => (settled = true));
    await turnOfTheLoop();
    expect(settled).toBe(false);
    running.deliver();
    await turnOfTheLoop();
    expect(settled).toBe(true);
  });
});

describe('units in flight (the process-wide total)', () => {
  it('answers the request that would take the process over its total, and lets it through once others are answered', () => {
    const base = heldUnits();
    const cap = limits({ maxUnitsInFlight: base + 100 });
    const first = new RequestBudget(cap);
    const second = new RequestBudget(cap);
    first.spendUnits(80);
    expect(() => second.spendUnits(30)).toThrow(/other large requests/);
    expect(second.failure?.extensions).toMatchObject({
      code: 'REQUEST_BUDGET_EXCEEDED',
      budget: 'unitsInFlight',
      limit: base + 100,
    });
    expect(first.stopped).toBe(false); // the request already running goes on
    second.release();
    first.release();
    first.release(); // idempotent: a request answered twice (plugin and socket close) counts once
    expect(heldUnits()).toBe(base);
    const third = new RequestBudget(cap);
    third.spendUnits(90);
    expect(third.stopped).toBe(false);
    third.release();
    expect(heldUnits()).toBe(base);
  });
});

describe('requestBudget (Express)', () => {
  it('stops the request once the execution timeout has answered it', async () => {
    const app = express();
    let seen: { stoppedBefore: boolean; stoppedAfter: boolean; code: unknown } | null = null;
    let abandoned = false;
    const done = new Promise<void>((resolve) => {
      app.use(
        ...executionTimeout(50),
        requestBudget(),
        async (_req: express.Request, res: express.Response) => {
          const budget = currentBudget()!;
          const stoppedBefore = budget.stopped;
          await new Promise((r) => setTimeout(r, 150));
          seen = { stoppedBefore, stoppedAfter: budget.stopped, code: budget.failure?.extensions.code };
          abandoned = budget.abandoned;
          resolve();
          if (!res.headersSent) res.json({ late: true });
        },
      );
    });
    const server = http.createServer(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(503);
      await done;
      expect(seen).toEqual({ stoppedBefore: false, stoppedAfter: true, code: 'TIMEOUT' });
      // Nobody reads its answer: abandoned, so it starts no statement at all any more.
      expect(abandoned).toBe(true);
    } finally {
      server.close();
    }
  });
});
