// A budget per GraphQL request, spent while it executes: field resolutions and list items, caseStats
// buckets, SQL time. The static cost (query-cost.ts) refuses what is sure to be too much before it
// runs; this stops what turns out to be too much while it runs — and a request the execution timeout
// answered or whose client went away. Once stopped, every later field and SQL read throws at once,
// and the whole request is answered with one error and `data: null`, never partial data.
//
// It also keeps one request from holding the event loop: past its first `unpacedUnits`, every
// `yieldEvery` units of work the request waits for the next turn of the loop, so /health and other
// requests are answered in between (on SQLite, whose statements run on the main thread, reads also
// take one turn each).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import { ErrorCode } from './modules/common/errors.js';

/** The limits of one request, each with the legitimate use it leaves room for. */
export const REQUEST_BUDGET = {
  /**
   * Field resolutions plus list items. The largest real answer, the dashboard's village × month heat
   * map over all time (150 villages × 71 months ≈ 10,500 buckets × 8 fields + the buckets), is ≈ 95,000;
   * a full bucket cap of that selection, 180,000. Each unit holds ≈ 3 KB until the answer is sent
   * (graphql-js, type-graphql and their promises), so this also caps a request at ≈ 600 MB.
   */
  maxUnits: 200_000,
  /**
   * Units held by all requests of this process at once: three of the largest answers (≈ 1.8 GB), well
   * under V8's ≈ 4 GB heap, which six of them at once used to reach. A request that would go over it
   * is answered 503 with Retry-After (REQUEST_BUDGET_EXCEEDED, budget `unitsInFlight`); the others go on.
   */
  maxUnitsInFlight: 600_000,
  /** SQL time summed over the request's statements (each is also cut at STATEMENT_TIMEOUT_MS on PostgreSQL). */
  maxSqlMs: 5_000,
  /**
   * caseStats buckets from one call: refused in SQL (LIMIT cap + 1) before any is built. The village ×
   * month map over all time (≈ 10,500 today, 150 more each month) fits until about 2032.
   */
  maxBucketsPerField: 20_000,
  /** caseStats buckets of all fields of one request: one big pivot and a few small ones. */
  maxBucketsPerRequest: 25_000,
  /**
   * Units a request runs before it is paced (≈ 10–30 ms of resolver work): small answers (Reference,
   * ≈ 1,100) skip the pacing's turns. Pacing does not cost statements: DataLoaders dispatch only when
   * none of the request's work waits for a turn (whenPaced), so every level still batches into one.
   */
  unpacedUnits: 2_000,
  /** Then, units of work between two turns of the event loop (≈ 1–3 ms of resolver work). */
  yieldEvery: 200,
} as const;

export type BudgetKind = 'units' | 'unitsInFlight' | 'buckets' | 'sqlMs';

/** Units held by the requests of this process that have not been answered yet (see maxUnitsInFlight). */
let unitsInFlight = 0;
export function heldUnits(): number {
  return unitsInFlight;
}

/** REQUEST_BUDGET_EXCEEDED (HTTP 400): which budget, and its size. */
export function budgetExceeded(budget: BudgetKind, limit: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.REQUEST_BUDGET_EXCEEDED, budget, limit },
  });
}

function timedOut(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.TIMEOUT } });
}

type Limits = { [K in keyof typeof REQUEST_BUDGET]: number };

export class RequestBudget {
  units = 0;
  buckets = 0;
  sqlMs = 0;
  /** Why the request stopped; it answers with this error alone. */
  failure: GraphQLError | null = null;
  /** Once the operation executes (the plugin says), SQL reads of a stopped request are refused. */
  executing = false;
  // Pacing: work is admitted in slots of `yieldEvery` units, one slot per turn of the event loop.
  private issued = 0;
  private opened = 0;
  private readonly gates = new Map<number, (() => void)[]>();
  private opening = false;
  /** Callbacks waiting until no paced work waits for its turn (DataLoader dispatches: whenPaced). */
  private readonly idle: (() => void)[] = [];

  /** Units this request counts in the process-wide total until it is answered (release). */
  private held = 0;
  private released = false;

  constructor(readonly limits: Limits = REQUEST_BUDGET) {}

  /** The request is answered: its units no longer count in the process-wide total. Idempotent. */
  release(): void {
    if (this.released) return;
    this.released = true;
    unitsInFlight -= this.held;
    this.held = 0;
  }

  get stopped(): boolean {
    return this.failure !== null;
  }

  /**
   * Stops the request (the first reason wins) and returns the error it answers with. The error carries
   * a path, so graphql-js passes it on as it is from each field that throws it afterwards: tens of
   * thousands of fields may, and a new error with a stack trace for each took seconds and gigabytes.
   */
  stop(error: GraphQLError): GraphQLError {
    this.failure ??= new GraphQLError(error.message, { path: [], extensions: error.extensions });
    return this.failure;
  }

  assertRunning(): void {
    if (this.failure) throw this.failure;
  }

  spendUnits(n: number): void {
    this.assertRunning();
    this.units += n;
    if (!this.released) {
      unitsInFlight += n;
      this.held += n;
      if (unitsInFlight > this.limits.maxUnitsInFlight)
        throw this.stop(
          budgetExceeded(
            'unitsInFlight',
            this.limits.maxUnitsInFlight,
            'The server is answering other large requests; try again in a few seconds, or ask for less.',
          ),
        );
    }
    if (this.units > this.limits.maxUnits)
      throw this.stop(
        budgetExceeded(
          'units',
          this.limits.maxUnits,
          `The answer would be larger than ${this.limits.maxUnits.toLocaleString('en')} fields and list items; ask for fewer nested lists or smaller pages.`,
        ),
      );
  }

  /** How many caseStats buckets the next call may build (the per-field cap, or what the request has left). */
  bucketsLeft(): number {
    return Math.max(
      0,
      Math.min(this.limits.maxBucketsPerField, this.limits.maxBucketsPerRequest - this.buckets),
    );
  }

  spendBuckets(n: number): void {
    this.assertRunning();
    this.buckets += n;
    if (this.buckets > this.limits.maxBucketsPerRequest) throw this.tooManyBuckets();
  }

  /** Stops the request for more caseStats buckets than bucketsLeft() allowed. */
  tooManyBuckets(): GraphQLError {
    return this.stop(
      budgetExceeded(
        'buckets',
        this.limits.maxBucketsPerField,
        `caseStats would return more than ${this.limits.maxBucketsPerField.toLocaleString('en')} buckets in one ` +
          `field or ${this.limits.maxBucketsPerRequest.toLocaleString('en')} in one request; group by fewer ` +
          'dimensions or a shorter period.',
      ),
    );
  }

  /** Adds a statement's time; over the budget, the request stops (the statement's own result is kept). */
  spendSql(ms: number): void {
    this.sqlMs += ms;
    if (this.sqlMs > this.limits.maxSqlMs && !this.failure)
      this.stop(
        budgetExceeded(
          'sqlMs',
          this.limits.maxSqlMs,
          `The request needed more than ${this.limits.maxSqlMs / 1000} s of database time; ask for less at once.`,
        ),
      );
  }

  /**
   * One unit of work may run now (null), or when the promise resolves: past `unpacedUnits`, each slot
   * of `yieldEvery` units opens one turn of the event loop after the one before, so between two slots
   * the loop polls I/O.
   */
  turn(): Promise<void> | null {
    const issued = this.issued++ - this.limits.unpacedUnits;
    if (issued < 0) return null;
    const slot = Math.floor(issued / this.limits.yieldEvery) + 1;
    if (slot <= this.opened) return null;
    return new Promise((resolve) => {
      const waiting = this.gates.get(slot);
      if (waiting) waiting.push(resolve);
      else this.gates.set(slot, [resolve]);
      this.scheduleOpening();
    });
  }

  /**
   * A list answer whose items graphql-js completes slot by slot: it walks a list synchronously and
   * starts every field of every item, so 20,000 buckets (or 2,600 timelines of 10 events) would all
   * start their fields in one turn of the loop. Each item takes a unit of pacing; one whose turn has
   * not come is a promise of itself (graphql-js waits for each item that is one). A long list is
   * paced from its first item, whatever the request has left unpaced.
   */
  pace<T>(items: readonly T[]): (T | Promise<T>)[] {
    if (items.length > this.limits.yieldEvery) this.issued = Math.max(this.issued, this.limits.unpacedUnits);
    return items.map((item) => {
      const wait = this.turn();
      return wait ? wait.then(() => item) : item;
    });
  }

  /**
   * Runs `fn` once no unit of this request waits for its turn. DataLoader batches dispatch through it:
   * work paced over several turns still reaches its loaders before they fetch, so a paced request
   * makes as many statements as an unpaced one (its shape decides, not its rows).
   */
  whenPaced(fn: () => void): void {
    if (this.gates.size === 0 && !this.opening) fn();
    else this.idle.push(fn);
  }

  private scheduleOpening(): void {
    if (this.opening) return;
    this.opening = true;
    setImmediate(() => {
      this.opening = false;
      this.opened += 1;
      const waiting = this.gates.get(this.opened) ?? [];
      this.gates.delete(this.opened);
      for (const resolve of waiting) resolve();
      if (this.gates.size > 0) this.scheduleOpening();
      // The work just let in runs before the next turn and may queue more; dispatch only after it.
      else if (this.idle.length > 0) setImmediate(() => this.flushIdle());
    });
  }

  private flushIdle(): void {
    if (this.gates.size > 0 || this.opening) return; // the opening that empties the gates comes back here
    for (const fn of this.idle.splice(0)) fn();
  }
}

/** The budget of the request being served (SQL statements and services find it here). */
const current = new AsyncLocalStorage<RequestBudget>();
/** Each request's budget, by its GraphQL context (the plugin and the response cache look it up). */
const byContext = new WeakMap<object, RequestBudget>();

/** The budget of a GraphQL context: the one its HTTP request started with, else a new one. */
export function budgetOf(context: object): RequestBudget {
  let budget = byContext.get(context);
  if (!budget) {
    budget = current.getStore() ?? new RequestBudget();
    byContext.set(context, budget);
  }
  return budget;
}

/** Runs `fn` (and everything it starts) as part of the request whose budget this is. */
export function runInBudget<T>(budget: RequestBudget, fn: () => T): T {
  return current.run(budget, fn);
}

/** The budget of the request this code runs for; null outside a GraphQL request (CLI, export). */
export function currentBudget(): RequestBudget | null {
  return current.getStore() ?? null;
}

/**
 * Express middleware before Apollo's: starts the request's budget and runs the rest of the request in
 * it. The budget stops when the execution timeout answered (executionTimeout's `res.locals.timeout`)
 * or the client went away, so that work nobody will read stops.
 */
export function requestBudget(limits: Limits = REQUEST_BUDGET): RequestHandler {
  return (_req, res, next) => {
    const budget = new RequestBudget(limits);
    const timeout = res.locals.timeout as AbortSignal | undefined;
    timeout?.addEventListener('abort', () =>
      budget.stop(timedOut('The request took longer than its time limit and was stopped.')),
    );
    res.once('close', () => {
      if (!res.writableFinished) budget.stop(timedOut('The client closed the connection.'));
      budget.release();
    });
    runInBudget(budget, next);
  };
}

/** PostgreSQL's "canceling statement due to statement timeout" (query_canceled). */
function isStatementTimeout(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return e?.driverError?.code === '57014' || e?.code === '57014';
}

async function resolveField(budget: RequestBudget, next: () => Promise<unknown>): Promise<unknown> {
  budget.assertRunning();
  let value: unknown;
  try {
    value = await next();
  } catch (error) {
    if (isStatementTimeout(error))
      throw budget.stop(timedOut('A database statement ran longer than its time limit and was cancelled.'));
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.REQUEST_BUDGET_EXCEEDED)
      throw budget.stop(error);
    throw error;
  }
  if (!Array.isArray(value)) return value;
  budget.spendUnits(value.length);
  return budget.pace(value);
}

/**
 * The type-graphql global middleware (before the field rules): spends one unit per field and one per
 * list item, waits its turn, and turns a statement timeout or a budget error into the request's stop.
 * Subscription events are not budgeted: each is a small notice, and their context lives as long as
 * the socket.
 */
export const spendBudget: MiddlewareFn<object> = ({ context, info }, next) => {
  if (info.operation.operation === 'subscription') return next();
  const budget = budgetOf(context);
  budget.spendUnits(1);
  const run = () => resolveField(budget, next);
  // Outside an HTTP request (the live socket), the field runs in the budget for its SQL to find it.
  const inBudget = current.getStore() === budget ? run : () => runInBudget(budget, run);
  const wait = budget.turn();
  return wait ? wait.then(inBudget) : inBudget();
};

/**
 * Answers a stopped request with its one error and `data: null` (400 for a budget, 503 for a
 * timeout), whatever the fields produced before it stopped; marks when the operation executes.
 */
export function requestBudgetPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue }) {
          // Not reset when it ends: graphql-js ends at the first failed root field, while the other
          // root fields' resolvers still run on, and their reads must be refused too.
          budgetOf(contextValue).executing = true;
        },
        async didEncounterErrors({ contextValue, errors }) {
          const failure = budgetOf(contextValue).failure;
          // Apollo formats this very array next: one entry, not one per field that threw it.
          if (failure) (errors as GraphQLError[]).splice(0, errors.length, failure);
        },
        async willSendResponse({ contextValue, response }) {
          const budget = budgetOf(contextValue);
          // Answered: its units leave the process-wide total (also on the socket's close, whichever first).
          budget.release();
          const failure = budget.failure;
          if (!failure || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.data = null;
          result.errors = [{ message: failure.message, extensions: failure.extensions }];
          // Come back later: a timeout, or a server busy with other large answers. Else ask for less: 400.
          const later =
            failure.extensions.code === ErrorCode.TIMEOUT || failure.extensions.budget === 'unitsInFlight';
          response.http.status = later ? 503 : 400;
          if (later)
            response.http.headers.set(
              'retry-after',
              failure.extensions.code === ErrorCode.TIMEOUT ? '30' : '5',
            );
        },
      };
    },
  };
}

const READ = /^\s*(SELECT|WITH)\b/i;
/** The turn of the last SQLite read queued (see watchStatements). */
let sqliteTurn: Promise<void> = Promise.resolve();
const watched = new WeakSet<DataSource>();

/**
 * Counts each statement's time against the budget of the request that ran it, refuses reads for a
 * stopped request, and on SQLite (better-sqlite3 runs each statement on the main thread) lets the
 * event loop turn before each read outside a transaction. Writes, commits and rollbacks always pass:
 * a transaction must be able to end.
 */
export function watchStatements(dataSource: DataSource): void {
  if (watched.has(dataSource)) return;
  watched.add(dataSource);
  const sqlite = dataSource.options.type === 'better-sqlite3';
  const watcher: EntitySubscriberInterface = {
    beforeQuery(event) {
      const budget = current.getStore();
      if (!budget || !READ.test(event.query)) return;
      // Only the operation's own reads: the response cache and the access log must still work.
      if (budget.executing) budget.assertRunning();
      if (!sqlite || event.queryRunner.isTransactionActive) return;
      // One read per turn of the loop, across requests: fifteen reads queued at once would otherwise
      // all run in the same turn, one after the other.
      const turn = sqliteTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
      sqliteTurn = turn;
      return turn;
    },
    afterQuery(event) {
      current.getStore()?.spendSql(event.executionTime ?? 0);
    },
  };
  dataSource.subscribers.push(watcher);
}
