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
import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  typeFromAST,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type NamedTypeNode,
  type SelectionSetNode,
} from 'graphql';
import type { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { DialectDataSource } from './db/data-source.js';
import { isStatementTimeout } from './db/dialect.js';
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

/** A statement of this request the database is running (PostgreSQL), and how to cancel it there. */
export interface RunningStatement {
  /** Writes are cancelled only when the request is abandoned; reads whenever it stops. */
  write: boolean;
  cancel(): Promise<void>;
  /** Set once cancelled: done when the database has been told (its connection waits for that). */
  cancelling?: Promise<void>;
}

export class RequestBudget {
  units = 0;
  buckets = 0;
  sqlMs = 0;
  /** Why the request stopped; it answers with this error alone. */
  failure: GraphQLError | null = null;
  /** Once the operation executes (the plugin says), SQL reads of a stopped request are refused. */
  executing = false;
  /**
   * Nobody will read this request's answer (the execution timeout answered it, or the client went
   * away): it starts no statement at all any more, and its running ones are cancelled, writes too.
   */
  abandoned = false;
  private readonly stopping = new AbortController();
  /** The statements of this request the database is running now. */
  private readonly running = new Set<RunningStatement>();
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

  /** Aborts when the request stops (the response cache stops sharing and waiting on it). */
  get signal(): AbortSignal {
    return this.stopping.signal;
  }

  /**
   * Stops the request (the first reason wins) and returns the error it answers with. The error carries
   * a path, so graphql-js passes it on as it is from each field that throws it afterwards: tens of
   * thousands of fields may, and a new error with a stack trace for each took seconds and gigabytes.
   * Its running reads are cancelled: whatever they return would be thrown away.
   */
  stop(error: GraphQLError): GraphQLError {
    if (!this.failure) {
      this.failure = new GraphQLError(error.message, { path: [], extensions: error.extensions });
      this.stopping.abort(this.failure);
    }
    this.cancelRunning();
    return this.failure;
  }

  /** Stops the request because nobody will read its answer (timeout answered, client gone). */
  abandon(error: GraphQLError): GraphQLError {
    this.abandoned = true;
    return this.stop(error);
  }

  /** A statement of this request now runs in the database; `finished` must follow when it returns. */
  started(statement: RunningStatement): void {
    this.running.add(statement);
    if (this.failure) this.cancelRunning();
  }

  /** The statement returned; resolves once a cancel sent for it has reached the database. */
  finished(statement: RunningStatement): Promise<void> | undefined {
    this.running.delete(statement);
    return statement.cancelling;
  }

  private cancelRunning(): void {
    for (const statement of this.running)
      if (!statement.cancelling && (!statement.write || this.abandoned))
        statement.cancelling = statement.cancel();
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
   * `units` of work may run now (null), or when the promise resolves: past `unpacedUnits`, each slot
   * of `yieldEvery` units opens one turn of the event loop after the one before, so between two slots
   * the loop polls I/O.
   */
  turn(units = 1): Promise<void> | null {
    const issued = this.issued - this.limits.unpacedUnits;
    this.issued += units;
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
   * start their fields in one turn of the loop. Each item takes `unitsPerItem` units of pacing (itself
   * and the scalar fields it will complete at once); one whose turn has not come is a promise of itself
   * (graphql-js waits for each item that is one). A long list is paced from its first item, whatever
   * the request has left unpaced.
   */
  pace<T>(items: readonly T[], unitsPerItem = 1): (T | Promise<T>)[] {
    if (items.length * unitsPerItem > this.limits.yieldEvery)
      this.issued = Math.max(this.issued, this.limits.unpacedUnits);
    return items.map((item) => {
      const wait = this.turn(unitsPerItem);
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
      budget.abandon(timedOut('The request took longer than its time limit and was stopped.')),
    );
    res.once('close', () => {
      if (!res.writableFinished) budget.abandon(timedOut('The client closed the connection.'));
      budget.release();
    });
    runInBudget(budget, next);
  };
}

/** A resolver's error, as the request answers it: a statement timeout or a budget error stops the request. */
function fieldFailure(budget: RequestBudget, error: unknown): unknown {
  if (isStatementTimeout(error))
    return budget.stop(timedOut('A database statement ran longer than its time limit and was cancelled.'));
  if (error instanceof GraphQLError && error.extensions.code === ErrorCode.REQUEST_BUDGET_EXCEEDED)
    return budget.stop(error);
  return error;
}

/**
 * What graphql-js completes under each object a field returns (for a list, under each item), as it
 * collects it: fragments and inline fragments that apply, @skip/@include, one field per response key.
 * `__typename` is not a resolver and never counted; for an abstract type, the most of its object types.
 */
interface Shape {
  /** Scalar fields: they spend nothing on their own (`budgetedLeaf`), the field above counts them. */
  scalars: number;
  /**
   * Units of work done in the object's own turn: its scalars, and each object field under it with its
   * own (a list field counts one: its items are paced by themselves). Fields of an object type wait for
   * no turn of their own: the list item or root field above them was paced with their units.
   */
  units: number;
}
const NO_SHAPE: Shape = { scalars: 0, units: 0 };

/** Remembered per `fieldNodes`, which graphql-js shares among the items of a list (per execution). */
const shapes = new WeakMap<readonly FieldNode[], Shape>();

function shapeUnder(info: GraphQLResolveInfo): Shape {
  let shape = shapes.get(info.fieldNodes);
  if (!shape) {
    shape = shapeOf(info, info.fieldNodes, getNamedType(info.returnType));
    shapes.set(info.fieldNodes, shape);
  }
  return shape;
}

function shapeOf(info: GraphQLResolveInfo, nodes: readonly FieldNode[], named: GraphQLNamedType): Shape {
  if (isObjectType(named)) return objectShape(info, nodes, named);
  if (!isAbstractType(named)) return NO_SHAPE;
  let scalars = 0;
  let units = 0;
  for (const type of info.schema.getPossibleTypes(named)) {
    const shape = objectShape(info, nodes, type);
    scalars = Math.max(scalars, shape.scalars);
    units = Math.max(units, shape.units);
  }
  return { scalars, units };
}

function objectShape(info: GraphQLResolveInfo, nodes: readonly FieldNode[], type: GraphQLObjectType): Shape {
  const fields = type.getFields();
  const byKey = new Map<string, FieldNode[]>();
  const spread = new Set<string>();
  const include = (node: FieldNode | FragmentSpreadNode | InlineFragmentNode) =>
    !node.directives?.length ||
    (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
      getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false);
  const applies = (condition: NamedTypeNode | undefined) => {
    if (!condition) return true;
    const conditionType = typeFromAST(info.schema, condition);
    return (
      conditionType === type || (isAbstractType(conditionType) && info.schema.isSubType(conditionType, type))
    );
  };
  const collect = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (!include(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!fields[selection.name.value]) continue; // __typename
        const merged = byKey.get(key);
        if (merged) merged.push(selection);
        else byKey.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition)) collect(selection.selectionSet);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition)) collect(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) collect(node.selectionSet);
  let scalars = 0;
  let units = 0;
  for (const merged of byKey.values()) {
    const fieldType = fields[merged[0]!.name.value]!.type;
    const named = getNamedType(fieldType);
    if (isLeafType(named)) scalars += 1;
    else units += isListType(getNullableType(fieldType)) ? 1 : 1 + shapeOf(info, merged, named).units;
  }
  return { scalars, units: units + scalars };
}

/** A field's value: a list spends one unit per item, and each object the scalars under it; lists are paced. */
function spendOnValue(budget: RequestBudget, value: unknown, shape: Shape): unknown {
  if (!Array.isArray(value)) {
    if (shape.scalars > 0 && value != null) budget.spendUnits(shape.scalars);
    return value;
  }
  let objects = 0;
  if (shape.scalars > 0) for (const item of value) if (item != null) objects += 1;
  budget.spendUnits(value.length + objects * shape.scalars);
  return budget.pace(value, 1 + shape.units);
}

type FieldResolve<TContext> = (
  root: unknown,
  args: Record<string, unknown>,
  context: TContext,
  info: GraphQLResolveInfo,
) => unknown;

/**
 * Runs one field's resolver in the request's budget. Synchronous while the resolver is (a property
 * read costs no promise): on a large answer most fields are, and a promise per field was what the
 * answer's time went to (allocation and GC, async hooks).
 */
function resolveField<TContext>(
  budget: RequestBudget,
  shape: Shape,
  resolve: FieldResolve<TContext>,
  root: unknown,
  args: Record<string, unknown>,
  context: TContext,
  info: GraphQLResolveInfo,
): unknown {
  budget.assertRunning();
  let value: unknown;
  try {
    value = resolve(root, args, context, info);
  } catch (error) {
    throw fieldFailure(budget, error);
  }
  if (!isPromiseLike(value)) return spendOnValue(budget, value, shape);
  return value.then(
    (settled) => spendOnValue(budget, settled, shape),
    (error: unknown) => {
      throw fieldFailure(budget, error);
    },
  );
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * One field of a request: spends one unit, one per list item and one per scalar field under what it
 * returns, waits its turn for `pacedUnits` (none: it runs in the turn of the field above), and turns
 * a statement timeout or a budget error into the request's stop.
 */
function spendOnField<TContext extends object>(
  shape: Shape,
  pacedUnits: number,
  resolve: FieldResolve<TContext>,
  root: unknown,
  args: Record<string, unknown>,
  context: TContext,
  info: GraphQLResolveInfo,
): unknown {
  const budget = budgetOf(context);
  budget.spendUnits(1);
  const wait = pacedUnits > 0 ? budget.turn(pacedUnits) : null;
  // Outside an HTTP request (the live socket), the field runs in the budget for its SQL to find it.
  if (!wait && current.getStore() === budget)
    return resolveField(budget, shape, resolve, root, args, context, info);
  const run = () =>
    current.getStore() === budget
      ? resolveField(budget, shape, resolve, root, args, context, info)
      : runInBudget(budget, () => resolveField(budget, shape, resolve, root, args, context, info));
  return wait ? wait.then(run) : run();
}

/**
 * `resolve` within the request's budget, for root fields and fields of an object or list type
 * (schema.ts): the scalar fields under what it returns are counted here. Root fields and lists wait
 * their turn; an object field runs in the turn of the item or root field above it. Subscription
 * events are not budgeted: each is a small notice, and their context lives as long as the socket.
 */
export function budgeted<TContext extends object>(resolve: FieldResolve<TContext>): FieldResolve<TContext> {
  return (root, args, context, info) => {
    if (info.operation.operation === 'subscription') return resolve(root, args, context, info);
    const shape = shapeUnder(info);
    const list = isListType(getNullableType(info.returnType));
    const paced = list ? 1 : info.path.prev === undefined ? 1 + shape.units : 0;
    return spendOnField(shape, paced, resolve, root, args, context, info);
  };
}

/**
 * A scalar field under an object: its unit and its pacing were spent by the field that returned the
 * object (`budgeted`), so it only refuses to run once the request stopped, spends the items of a list
 * of scalars, and turns a statement timeout or a budget error (a scalar may read, like totalCount)
 * into the request's stop. No promise of its own, no turn.
 */
export function budgetedLeaf<TContext extends object>(
  resolve: FieldResolve<TContext>,
): FieldResolve<TContext> {
  return (root, args, context, info) =>
    info.operation.operation === 'subscription'
      ? resolve(root, args, context, info)
      : resolveField(budgetOf(context), NO_SHAPE, resolve, root, args, context, info);
}

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
/** Statements that end a transaction: always allowed, never cancelled (a transaction must be able to end). */
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK|END|ABORT|RELEASE)\b/i;
/** The turn of the last SQLite read queued (see watchStatements). */
let sqliteTurn: Promise<void> = Promise.resolve();
const watched = new WeakSet<DataSource>();

/** Refuses a statement the request may no longer start (throws its failure). */
function refuseIfStopped(budget: RequestBudget, read: boolean): void {
  // Only the operation's own reads while it is answered normally: the response cache and the access
  // log must still work. Once abandoned, nothing: no one reads the answer.
  if (budget.abandoned || (read && budget.executing)) budget.assertRunning();
}

/**
 * Counts each statement's time against the budget of the request that ran it, refuses statements a
 * stopped request may no longer start, and on SQLite (better-sqlite3 runs each statement on the main
 * thread) lets the event loop turn before each read outside a transaction. Statements that end a
 * transaction always pass.
 *
 * On PostgreSQL it also tracks each request's running statements by backend, so that a stopped
 * request's are cancelled in the database (RequestBudget.stop/abandon) instead of running on for
 * nobody. The connection of a cancelled statement goes back to the pool only once the cancel has been
 * delivered: a late signal then finds the backend idle (where PostgreSQL ignores it), never running
 * another request's statement. SQLite cannot interrupt a statement, and need not: it runs on the main
 * thread, so the timeout can only fire between two statements, and the next one is refused.
 */
export function watchStatements(dataSource: DialectDataSource): void {
  if (watched.has(dataSource)) return;
  watched.add(dataSource);
  const { dialect } = dataSource;
  const cancellerOf = dialect.statementCanceller(dataSource);
  /** Statements started on each query runner and not returned yet, with their request's budget. */
  const running = new WeakMap<
    QueryRunner,
    { query: string; budget: RequestBudget; statement: RunningStatement }[]
  >();
  const watcher: EntitySubscriberInterface = {
    beforeQuery(event) {
      const budget = current.getStore();
      if (!budget || ENDS_TRANSACTION.test(event.query)) return;
      const read = READ.test(event.query);
      refuseIfStopped(budget, read);
      if (cancellerOf) {
        const cancel = cancellerOf(event.queryRunner);
        if (cancel === null) return;
        const statement: RunningStatement = { write: !read, cancel };
        const list = running.get(event.queryRunner);
        const entry = { query: event.query, budget, statement };
        if (list) list.push(entry);
        else running.set(event.queryRunner, [entry]);
        // Nothing can run between here and the statement being sent (no turn of the event loop).
        budget.started(statement);
        return;
      }
      if (!dialect.runsOnMainThread || !read || event.queryRunner.isTransactionActive) return;
      // One read per turn of the loop, across requests: fifteen reads queued at once would otherwise
      // all run in the same turn, one after the other. The request may stop while it waits its turn.
      const turn = sqliteTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
      sqliteTurn = turn;
      return turn.then(() => refuseIfStopped(budget, read));
    },
    afterQuery(event) {
      // Untracked first: a statement that just returned is not cancelled by the stop its time causes.
      const list = running.get(event.queryRunner);
      const index = list?.findIndex((entry) => entry.query === event.query) ?? -1;
      const entry = index >= 0 ? list!.splice(index, 1)[0] : undefined;
      const delivered = entry?.budget.finished(entry.statement);
      current.getStore()?.spendSql(event.executionTime ?? 0);
      return delivered;
    },
  };
  dataSource.subscribers.push(watcher);
}
