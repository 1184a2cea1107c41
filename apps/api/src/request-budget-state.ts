// RequestBudget: what one request has spent, why it stopped, the statements it has running in the
// database, and the pacing of its work over turns of the event loop; and the units all requests of this
// process hold until they are answered.
import { GraphQLError } from 'graphql';
import { budgetExceeded, REQUEST_BUDGET, type Limits } from './request-budget-limits.js';

/** Units held by the requests of this process that have not been answered yet (see maxUnitsInFlight). */
let unitsInFlight = 0;
export function heldUnits(): number {
  return unitsInFlight;
}

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
