// The demo feed's loop: each tick registers a case or moves an open one a step through the real
// mutations, prints one line, and shrugs off the refusals a live system gives (someone else moved the
// case, the state machine or the clock says no) by re-reading the case.
import {
  ClockRuleCode,
  OUTCOME_LABELS,
  SATISFACTION_LABELS,
  VISIT_KIND_LABELS,
  type CaseStatus,
} from '@lianxin/domain';
import { Prng } from '@lianxin/seed';
import { ApiError, type SimulatorClient } from './simulate-client.js';
import {
  chooseAction,
  draftCase,
  nextStep,
  type CaseSnapshot,
  type Reference,
  type Step,
} from './simulate-plan.js';

/** Refusals that are part of a live system's life: re-read the case and go on. */
export const HANDLED_CODES: ReadonlySet<string> = new Set<string>([
  'VERSION_CONFLICT',
  'ILLEGAL_TRANSITION',
  ...Object.values(ClockRuleCode),
]);
/** The case is gone from view (deleted, or moved out of the simulator's area): forget it. */
const LOST_CODES: ReadonlySet<string> = new Set(['CASE_NOT_FOUND', 'FORBIDDEN']);

export interface SimulatorOptions {
  /** Milliseconds between actions (0: back to back). */
  everyMs: number;
  /** Stop after this many actions (undefined: until aborted). */
  count?: number;
  seed: number;
  /** Open cases read at start to advance besides the ones registered (default 100, at most 200). */
  initialCases?: number;
  signal?: AbortSignal;
  out: (line: string) => void;
  now?: () => Date;
}

/** What a run did, for its summary line and for tests. */
export interface SimulatorReport {
  actions: number;
  /** Cases registered, with their code. */
  registered: { id: string; code: string }[];
  /** Per case moved by a step: the version and status first seen, and after the last step. */
  advanced: Map<
    string,
    { code: string; fromVersion: number; fromStatus: CaseStatus; toVersion: number; toStatus: CaseStatus }
  >;
  /** Refusals by code that were handled by re-reading. */
  handled: Map<string, number>;
  /** Anything else: a code the simulator did not expect, or a failed request. */
  failures: { code: string; message: string }[];
}

const SHANGHAI_MS = 8 * 3_600_000;

/** HH:MM:SS in Asia/Shanghai (UTC+8, no daylight saving), like the wall's clock. */
function clockTime(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_MS).toISOString().slice(11, 19);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** "fetch failed" alone does not say that the API is down; its cause does (ECONNREFUSED …). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof cause === 'string' ? `the API is not reachable (${cause})` : error.message;
}

export class Simulator {
  private readonly rng: Prng;
  /** Open cases the simulator may advance, by id, in the order it met them. */
  private readonly open = new Map<string, CaseSnapshot>();
  private readonly runKey = `sim-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  private registrations = 0;
  readonly report: SimulatorReport = {
    actions: 0,
    registered: [],
    advanced: new Map(),
    handled: new Map(),
    failures: [],
  };

  constructor(
    private readonly client: SimulatorClient,
    private readonly ref: Reference,
    private readonly options: SimulatorOptions,
  ) {
    this.rng = new Prng(options.seed, 7);
  }

  /** Reads the district and the newest open cases, then runs until `count` or the signal. */
  static async start(client: SimulatorClient, options: SimulatorOptions): Promise<SimulatorReport> {
    const simulator = new Simulator(client, await client.reference(), options);
    for (const c of await client.openCases(Math.min(options.initialCases ?? 100, 200))) {
      simulator.open.set(c.id, c);
    }
    await simulator.run();
    return simulator.report;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private line(text: string): void {
    this.options.out(`${clockTime(this.now())} ${text}`);
  }

  async run(): Promise<void> {
    const { count, everyMs, signal } = this.options;
    while (!signal?.aborted && (count === undefined || this.report.actions < count)) {
      if (this.report.actions > 0) await sleep(everyMs, signal);
      if (signal?.aborted) break;
      await this.tick();
      this.report.actions += 1;
    }
  }

  /** One action: one line printed, whatever happened. */
  async tick(): Promise<void> {
    try {
      if (chooseAction(this.rng, this.open.size) === 'register') await this.register();
      else await this.advance();
    } catch (error) {
      // Not a refusal of a step (those are handled in advance): the API is down, or something unexpected.
      const code = error instanceof ApiError ? error.code : 'REQUEST_FAILED';
      const message = describeError(error);
      this.report.failures.push({ code, message });
      this.line(`error ${code}: ${message}`);
    }
  }

  private async register(): Promise<void> {
    const draft = draftCase(this.rng, this.ref, this.now());
    // Per run, not per seed: a rerun with the same seed must register new cases, not find the old ones.
    const clientKey = `${this.runKey}-${++this.registrations}`;
    const c = await this.client.register(draft, clientKey);
    this.open.set(c.id, c);
    this.report.registered.push({ id: c.id, code: c.code });
    const village = this.ref.villages.find((v) => v.code === c.villageCode);
    const category = this.ref.categories.get(c.categoryCode) ?? c.categoryCode;
    const group = draft.headcount >= 5 ? ` (collective, ${draft.headcount} people)` : '';
    this.line(`registered ${c.code} ${category} @ ${village?.name ?? c.villageCode}${group}`);
  }

  private async advance(): Promise<void> {
    const ids = [...this.open.keys()];
    const id = ids[this.rng.int(ids.length)] as string;
    const before = this.open.get(id) as CaseSnapshot;
    const step = nextStep(this.rng, before, this.ref);
    if (!step) {
      this.open.delete(id);
      this.line(`done ${before.code} (${before.status.toLowerCase().replace('_', ' ')})`);
      return;
    }
    let after: CaseSnapshot;
    try {
      after = await this.client.apply(before, step);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (LOST_CODES.has(error.code)) {
        this.open.delete(id);
        this.count(error.code);
        this.line(`dropped ${before.code}: ${error.code}`);
        return;
      }
      if (!HANDLED_CODES.has(error.code)) throw error;
      this.count(error.code);
      const fresh = await this.client.readCase(id);
      this.open.set(id, fresh);
      this.line(
        `refused ${before.code} ${step.kind}: ${error.code} (re-read: ${fresh.status}, version ${fresh.version})`,
      );
      return;
    }
    this.open.set(id, after);
    const seen = this.report.advanced.get(id);
    this.report.advanced.set(id, {
      code: after.code,
      fromVersion: seen?.fromVersion ?? before.version,
      fromStatus: seen?.fromStatus ?? before.status,
      toVersion: after.version,
      toStatus: after.status,
    });
    this.line(this.describe(step, after));
  }

  private count(code: string): void {
    this.report.handled.set(code, (this.report.handled.get(code) ?? 0) + 1);
  }

  private leader(id: number): string {
    const l = this.ref.leaders.find((x) => x.id === id);
    return l ? `${l.name} (${l.title})` : `leader ${id}`;
  }

  private unit(id: number): string {
    return this.ref.units.find((u) => u.id === id)?.name ?? `unit ${id}`;
  }

  private describe(step: Step, c: CaseSnapshot): string {
    switch (step.kind) {
      case 'accept':
        return `accepted ${c.code}`;
      case 'decline':
        return `declined ${c.code}: ${step.reason}`;
      case 'forward':
        return `forwarded ${c.code} to ${this.unit(step.unitId)}`;
      case 'assignLeader':
        return `assigned ${c.code} to ${this.leader(step.leaderId)}`;
      case 'visit':
        return `visited ${c.code} (${VISIT_KIND_LABELS[step.visitKind].zh}) by ${this.leader(step.leaderId)}`;
      case 'instruction':
        return `instructed ${c.code} by ${this.leader(step.leaderId)}`;
      case 'supervise':
        return `supervised ${c.code} by ${step.unitId !== null ? this.unit(step.unitId) : this.leader(step.leaderId ?? 0)}`;
      case 'extend':
        return `extended ${c.code} by ${step.days} days`;
      case 'reply':
        return `replied ${c.code}: ${OUTCOME_LABELS[step.outcome].zh}`;
      case 'close':
        return `closed ${c.code}`;
      case 'rate':
        return `rated ${c.code}: ${SATISFACTION_LABELS[step.satisfaction].zh}`;
    }
  }
}
