// The early-warning service: keeps the precomputed signals current (warning-compute.ts) and reads
// them for GraphQL.
//
// Recomputing never runs inside a write: a committed change notice marks its village × category
// cell (and its township's) dirty, and after `debounceMs` one background run recomputes the dirty
// cells' open months — coalescing a burst of writes into one run, at most one run at a time. A
// recompute that fails is logged and retried on the next change or tick; it cannot fail a write.
// Every `tickMs` (and at start) the service also checks whether a month has ended since the last
// run: then every cell is recomputed once and the month before becomes final.
// Several API instances (Redis) each see every notice and recompute the same cells (idempotent);
// each may then announce the same new alert once.
import type { DataSource } from 'typeorm';
import { addMonthKey, localMonth, MatterType } from '@lianxin/domain';
import type { ChangePublisher } from '../../changes.js';
import type { DialectSpec } from '../../db/dialect.js';
import type { AccessPolicy } from '../access/access-policy.js';
import { forbidden } from '../access/access-policy.js';
import {
  planSignals,
  writeSignals,
  type ComputeResult,
  type TouchedPair,
  type WarningCell,
  type WarningScope,
} from './warning-compute.js';
import { log } from '../../log.js';

export interface RefreshSettings {
  /** Recompute in the background after writes and when a month ends (off: only bulk loads compute). */
  enabled: boolean;
  /** Wait this long after a write for more writes before recomputing. */
  debounceMs: number;
  /** How often to check whether a month has ended. */
  tickMs: number;
}

export const DEFAULT_REFRESH: RefreshSettings = { enabled: true, debounceMs: 2000, tickMs: 10 * 60_000 };

/** A stored signal as the API reads it. */
export interface SignalRecord extends WarningCell {
  month: string;
  observed: number;
  expected: number | null;
  upperYellow: number | null;
  upperRed: number | null;
  pValue: number | null;
  level: 'RED' | 'YELLOW' | null;
  trend: boolean;
  years: number;
  baseline: string[];
  provisional: boolean;
  raisedAt: Date | null;
}

export interface SignalQuery {
  level?: 'RED' | 'YELLOW' | null;
  scope?: WarningScope | null;
  townshipCode?: string | null;
  villageCode?: string | null;
  categoryCode?: string | null;
  from?: string | null;
  to?: string | null;
}

interface RawSignal {
  scope: WarningScope;
  place_code: string;
  township_code: string;
  category_code: string;
  month: string;
  observed: number | string;
  expected: number | string | null;
  upper_yellow: number | string | null;
  upper_red: number | string | null;
  p_value: number | string | null;
  level: 'RED' | 'YELLOW' | null;
  trend: boolean | number;
  years: number | string;
  baseline: string | null;
  provisional: boolean | number;
  raised_at: Date | string | null;
}

const numOrNull = (v: number | string | null) => (v === null ? null : Number(v));

export class EarlyWarningService {
  private dirty = new Map<string, TouchedPair>();
  private timer: NodeJS.Timeout | null = null;
  private ticker: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopped = false;
  /** The last run's summary (tests, the log). */
  lastRun: ComputeResult | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
    private readonly publisher: ChangePublisher,
    private readonly settings: RefreshSettings = DEFAULT_REFRESH,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Listens to change notices and checks for an ended month now and every tickMs. */
  start(): void {
    if (!this.settings.enabled) return;
    this.unsubscribe = this.publisher.subscribe((n) => {
      // Only receipts move the counts; accusations are not counted at all.
      if (n.matterType === MatterType.ACCUSATION) return;
      this.dirty.set(`${n.villageCode}|${n.categoryCode}`, {
        villageCode: n.villageCode,
        townshipCode: n.townshipCode,
        categoryCode: n.categoryCode,
      });
      this.schedule(this.settings.debounceMs);
    });
    this.ticker = setInterval(() => void this.checkMonth(), this.settings.tickMs);
    this.ticker.unref();
    void this.checkMonth();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    if (this.ticker) clearInterval(this.ticker);
    await this.running;
  }

  /** Resolves once no recompute is pending or running (tests). */
  async settled(): Promise<void> {
    while (this.running || this.timer) {
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }

  private schedule(delay: number): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
    this.timer.unref();
  }

  private async checkMonth(): Promise<void> {
    try {
      const [state]: { final_through: string | null }[] = await this.dataSource.query(
        'SELECT final_through FROM early_warning_state WHERE id = 1',
      );
      const previous = addMonthKey(localMonth(this.clock()), -1);
      if (!state || state.final_through !== previous) {
        this.dirty.set('*', { villageCode: '*', townshipCode: '*', categoryCode: '*' });
        this.schedule(0);
      }
    } catch (error) {
      log.error({ err: error }, 'early warnings: could not check the month');
    }
  }

  /** One background recompute of what is dirty; later notices wait for the next run. */
  private async run(): Promise<void> {
    if (this.running) {
      await this.running;
      if (this.dirty.size > 0) this.schedule(0);
      return;
    }
    const dirty = [...this.dirty.values()];
    this.dirty = new Map();
    if (dirty.length === 0 || this.stopped) return;
    const all = dirty.some((d) => d.villageCode === '*');
    this.running = (async () => {
      try {
        const plan = await planSignals(this.dataSource.manager, this.dialect, {
          now: this.clock(),
          touched: all ? undefined : dirty,
          yieldBetween: true,
        });
        await this.dataSource.transaction((manager) => writeSignals(manager, this.dialect, plan));
        this.lastRun = plan.result;
        // A month ending finalises the month before: no notice for what was only finalised.
        const current = localMonth(plan.now);
        for (const alert of plan.result.raised) {
          if (alert.month !== current && plan.result.allCells) continue;
          this.publisher.publishAlert({ ...alert, at: plan.now });
        }
      } catch (error) {
        log.error({ err: error }, 'early warnings: recompute failed; retried after the next change');
        for (const d of dirty)
          this.dirty.set(d.villageCode === '*' ? '*' : `${d.villageCode}|${d.categoryCode}`, d);
      } finally {
        this.running = null;
      }
    })();
    await this.running;
    if (this.dirty.size > 0) this.schedule(this.settings.debounceMs);
  }

  // ---- reads -----------------------------------------------------------------------------------------

  /** SQL of the user's area over early_warning_signal (alias s), and of the wall's township grain. */
  private areaSql(access: AccessPolicy, params: unknown[]): string[] {
    const user = access.signedIn();
    const p = () => this.dialect.placeholder(params.length);
    const where: string[] = [];
    if (user.scope.villageCode) {
      params.push(user.scope.villageCode);
      where.push(`(s.scope = 'VILLAGE' AND s.place_code = ${p()})`);
    } else if (user.scope.townshipCode) {
      params.push(user.scope.townshipCode);
      where.push(`s.township_code = ${p()}`);
    }
    if (access.aggregatesOnly) where.push(`s.scope = 'TOWNSHIP'`);
    return where;
  }

  private filterSql(query: SignalQuery, params: unknown[]): string[] {
    const p = () => this.dialect.placeholder(params.length);
    const where: string[] = [];
    const add = (sql: (ph: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(p()));
    };
    if (query.level) add((ph) => `s.level = ${ph}`, query.level);
    else where.push('s.level IS NOT NULL');
    if (query.scope) add((ph) => `s.scope = ${ph}`, query.scope);
    if (query.townshipCode) add((ph) => `s.township_code = ${ph}`, query.townshipCode);
    if (query.villageCode) {
      where.push(`s.scope = 'VILLAGE'`);
      add((ph) => `s.place_code = ${ph}`, query.villageCode);
    }
    if (query.categoryCode) add((ph) => `s.category_code = ${ph}`, query.categoryCode);
    if (query.from) add((ph) => `s.month >= ${ph}`, query.from);
    if (query.to) add((ph) => `s.month <= ${ph}`, query.to);
    return where;
  }

  /**
   * Checks a filter against the user's area: places outside it are FORBIDDEN, as `township` does.
   * `village` is the filter's village as the reference data has it.
   */
  checkArea(
    access: AccessPolicy,
    query: SignalQuery,
    village: { code: string; townshipCode: string } | null,
  ): void {
    if (access.aggregatesOnly && (query.scope === 'VILLAGE' || query.villageCode))
      throw forbidden('The wall screen account (DISPLAY) sees early warnings by township and category only.');
    if (query.townshipCode && !access.townshipVisible(query.townshipCode))
      throw forbidden(`Township ${query.townshipCode} lies outside your area.`);
    if (village && !access.placeInArea(village.townshipCode, village.code))
      throw forbidden(`Village ${village.code} lies outside your area.`);
  }

  /** Alerts, newest month first, RED before YELLOW; `after` is the last row of the previous page. */
  async alerts(
    access: AccessPolicy,
    query: SignalQuery,
    first: number,
    after: AlertCursor | null,
  ): Promise<SignalRecord[]> {
    const params: unknown[] = [];
    const where = [...this.areaSql(access, params), ...this.filterSql(query, params)];
    if (after) {
      const ph = (v: unknown) => {
        params.push(v);
        return this.dialect.placeholder(params.length);
      };
      where.push(
        `(s.month < ${ph(after.month)} OR (s.month = ${ph(after.month)} AND (s.level > ${ph(after.level)} OR ` +
          `(s.level = ${ph(after.level)} AND (s.scope > ${ph(after.scope)} OR (s.scope = ${ph(after.scope)} AND ` +
          `(s.place_code > ${ph(after.placeCode)} OR (s.place_code = ${ph(after.placeCode)} AND s.category_code > ${ph(after.categoryCode)}))))))))`,
      );
    }
    params.push(first);
    const rows: RawSignal[] = await this.dataSource.query(
      `SELECT s.* FROM early_warning_signal s WHERE ${where.join(' AND ')}
        ORDER BY s.month DESC, s.level, s.scope, s.place_code, s.category_code
        LIMIT ${this.dialect.placeholder(params.length)}`,
      params,
    );
    return rows.map((r) => toRecord(r, this.dialect));
  }

  /** How many alerts of each level the filter selects. */
  async counts(access: AccessPolicy, query: SignalQuery): Promise<{ red: number; yellow: number }> {
    const params: unknown[] = [];
    const where = [...this.areaSql(access, params), ...this.filterSql({ ...query, level: null }, params)];
    const [row]: { red: unknown; yellow: unknown }[] = await this.dataSource.query(
      `SELECT SUM(CASE WHEN s.level = 'RED' THEN 1 ELSE 0 END) AS red,
              SUM(CASE WHEN s.level = 'YELLOW' THEN 1 ELSE 0 END) AS yellow
         FROM early_warning_signal s WHERE ${where.join(' AND ')}`,
      params,
    );
    const red = Number(row?.red ?? 0);
    const yellow = Number(row?.yellow ?? 0);
    if (query.level === 'RED') return { red, yellow: 0 };
    if (query.level === 'YELLOW') return { red: 0, yellow };
    return { red, yellow };
  }

  /** The first month of every series ('YYYY-MM'), or null before any case. */
  async seriesStart(): Promise<string | null> {
    const [row]: { series_start: string }[] = await this.dataSource.query(
      'SELECT series_start FROM early_warning_state WHERE id = 1',
    );
    return row?.series_start ?? null;
  }

  /** Every stored month of these cells, up to `through` (one statement for all of them). */
  async cellRows(cells: readonly WarningCell[], from: string, through: string): Promise<SignalRecord[]> {
    if (cells.length === 0) return [];
    const params: unknown[] = [from, through];
    const ph = () => this.dialect.placeholder(params.length);
    const ors = cells.map((c) => {
      params.push(c.scope);
      const a = ph();
      params.push(c.placeCode);
      const b = ph();
      params.push(c.categoryCode);
      return `(s.scope = ${a} AND s.place_code = ${b} AND s.category_code = ${ph()})`;
    });
    const rows: RawSignal[] = await this.dataSource.query(
      `SELECT s.* FROM early_warning_signal s
        WHERE s.month >= ${this.dialect.placeholder(1)} AND s.month <= ${this.dialect.placeholder(2)}
          AND (${ors.join(' OR ')})`,
      params,
    );
    return rows.map((r) => toRecord(r, this.dialect));
  }
}

/** Where a page of alerts ended. */
export interface AlertCursor {
  month: string;
  level: string;
  scope: string;
  placeCode: string;
  categoryCode: string;
}

function toRecord(r: RawSignal, dialect: DialectSpec): SignalRecord {
  return {
    scope: r.scope,
    placeCode: r.place_code,
    townshipCode: r.township_code,
    categoryCode: r.category_code,
    month: r.month,
    observed: Number(r.observed),
    expected: numOrNull(r.expected),
    upperYellow: numOrNull(r.upper_yellow),
    upperRed: numOrNull(r.upper_red),
    pValue: numOrNull(r.p_value),
    level: r.level,
    trend: Boolean(r.trend),
    years: Number(r.years),
    baseline: r.baseline ? r.baseline.split(',') : [],
    provisional: Boolean(r.provisional),
    raisedAt: r.raised_at === null ? null : dialect.readTimestamp(r.raised_at),
  };
}
