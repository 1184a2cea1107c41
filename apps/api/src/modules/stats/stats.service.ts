import type { DataSource, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import {
  addLocalDays,
  CaseEventType,
  diffLocalDays,
  endOfLocalDay,
  KpiCode,
  kpiValue,
  localDate,
  MatterType,
  VisitKind,
} from '@lianxin/domain';
import type { DialectSpec, TimeUnit } from '../../db/dialect.js';
import {
  anchorDay,
  applySelection,
  DUE_SOON_DAYS,
  joinCases,
  readCasesThrough,
  selectFromCases,
  type CaseSelection,
} from '../case/case-query.js';
import { CaseEventEntity } from '../case/case-event.entity.js';
import type { CaseEntity } from '../case/case.entity.js';
import { badUserInput } from '../common/errors.js';
import { checkPageSize } from '../common/pagination.js';
import { currentBudget, type RequestBudget } from '../../request-budget.js';
import { KPI_CODES, KPI_SQL, type Anchor } from './kpi-sql.js';
import { RollupReader, type PivotAsk } from './rollup-read.js';
import { FactHorizon } from './fact-horizon.js';
import {
  CaseDimension,
  WarningLevel,
  type CaseStatsBucket,
  type KpiSet,
  type KpiValue,
} from './stats.types.js';

/** Dimensions and filters over facts a step can change (see case-history VERSIONED_COLUMNS). */
const CHANGING_DIMENSIONS = new Set<CaseDimension>([
  CaseDimension.STATUS,
  CaseDimension.LEADER,
  CaseDimension.UNIT,
]);

function readsChangingFacts(selection: CaseSelection, groupBy: readonly CaseDimension[]): boolean {
  const f = selection.filter;
  return (
    groupBy.some((d) => CHANGING_DIMENSIONS.has(d)) ||
    f.statuses != null ||
    f.leaderIds != null ||
    f.unitIds != null ||
    f.overdue != null ||
    f.dueSoon != null
  );
}

/** GraphQL field of KpiSet for each KPI. */
export const KPI_FIELDS: Record<KpiCode, keyof KpiSet> = {
  [KpiCode.TIMELY_ACCEPTANCE]: 'timelyAcceptance',
  [KpiCode.ON_TIME_CLOSURE]: 'onTimeClosure',
  [KpiCode.SATISFACTION]: 'satisfaction',
  [KpiCode.RATING_PARTICIPATION]: 'ratingParticipation',
  [KpiCode.LEADER_RESOLUTION]: 'leaderResolution',
  [KpiCode.REPEAT_RATE]: 'repeatRate',
  [KpiCode.REOPEN_RATE]: 'reopenRate',
  [KpiCode.REVIEW_CHANGE_RATE]: 'reviewChangeRate',
};

type KeyDimension = Exclude<CaseDimension, 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR'>;
const TIME_UNITS = new Set<CaseDimension>([
  CaseDimension.DAY,
  CaseDimension.WEEK,
  CaseDimension.MONTH,
  CaseDimension.QUARTER,
  CaseDimension.YEAR,
]);

const DIMENSION_COLUMN: Record<
  KeyDimension,
  { column: string; field: keyof CaseStatsBucket; numeric: boolean }
> = {
  [CaseDimension.CATEGORY]: { column: 'c.category_code', field: 'categoryCode', numeric: false },
  [CaseDimension.TOWNSHIP]: { column: 'c.township_code', field: 'townshipCode', numeric: false },
  [CaseDimension.VILLAGE]: { column: 'c.village_code', field: 'villageCode', numeric: false },
  [CaseDimension.CHANNEL]: { column: 'c.channel', field: 'channel', numeric: false },
  [CaseDimension.STATUS]: { column: 'c.status', field: 'status', numeric: false },
  [CaseDimension.LEADER]: { column: 'c.leader_id', field: 'leaderId', numeric: true },
  [CaseDimension.UNIT]: { column: 'c.unit_id', field: 'unitId', numeric: true },
  [CaseDimension.MATTER_TYPE]: { column: 'c.matter_type', field: 'matterType', numeric: false },
};

const ANCHORS: Anchor[] = ['RECEIVED', 'DUE', 'RATED', 'CLOSED', 'REVIEW_ANSWERED'];
const num = (v: unknown): number => Number(v ?? 0);
const sumWhen = (condition: string): string => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

function emptyKpis(): KpiSet {
  const zero = (): KpiValue => ({ numerator: 0, denominator: 0, rate: null });
  return {
    timelyAcceptance: zero(),
    onTimeClosure: zero(),
    satisfaction: zero(),
    ratingParticipation: zero(),
    leaderResolution: zero(),
    repeatRate: zero(),
    reopenRate: zero(),
    reviewChangeRate: zero(),
  };
}

/** Adds `<kpi>_d` and `<kpi>_n` sums for the KPIs anchored at `anchor`. */
function selectKpiParts<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  anchor: Anchor,
  kpis: readonly KpiCode[],
) {
  for (const code of kpis) {
    const sql = KPI_SQL[code];
    if (sql.anchor !== anchor) continue;
    qb.addSelect(sumWhen(sql.denominator), `${code}_d`).addSelect(
      sumWhen(`${sql.denominator} AND ${sql.numerator}`),
      `${code}_n`,
    );
  }
}

function readKpiParts(
  row: Record<string, unknown>,
  anchor: Anchor,
  kpis: readonly KpiCode[],
  into: KpiSet,
): void {
  for (const code of kpis) {
    if (KPI_SQL[code].anchor !== anchor) continue;
    into[KPI_FIELDS[code]] = kpiValue(num(row[`${code}_n`]), num(row[`${code}_d`]));
  }
}

const CASE_COLUMNS: Record<KeyDimension, string> = Object.fromEntries(
  Object.entries(DIMENSION_COLUMN).map(([dimension, d]) => [dimension, d.column]),
) as Record<KeyDimension, string>;

/** The dimensions the monthly rollup carries. */
const ROLLUP_DIMENSION_COLUMNS: Partial<Record<KeyDimension, string>> = {
  [CaseDimension.CATEGORY]: 'r.category_code',
  [CaseDimension.TOWNSHIP]: 'r.township_code',
  [CaseDimension.VILLAGE]: 'r.village_code',
};
const ROLLUP_TIME_UNITS = new Set<CaseDimension>([
  CaseDimension.MONTH,
  CaseDimension.QUARTER,
  CaseDimension.YEAR,
]);
const ROLLUP_FILTERS = new Set([
  'from',
  'to',
  'townshipCodes',
  'villageCodes',
  'categoryCodes',
  'matterTypes',
]);
const NOT_ACCUSATIONS = Object.values(MatterType).filter((t) => t !== MatterType.ACCUSATION);

/**
 * Which rollup rows the selection reads — accusations' (`accusation = 1`), the others' (`= 0`) — or
 * null when the rollup cannot tell: matter types it does not split (a suggestion from an appeal), or
 * a user cleared for some accusations only (which ones depends on unit and leader: count the cases).
 */
function rollupMatterRows(selection: CaseSelection): { accusations: boolean; others: boolean } | null {
  const types = selection.filter.matterTypes;
  let accusations = types == null || types.includes(MatterType.ACCUSATION);
  const others = types == null ? NOT_ACCUSATIONS : NOT_ACCUSATIONS.filter((t) => types.includes(t));
  if (others.length > 0 && others.length < NOT_ACCUSATIONS.length) return null;
  const reach = selection.access.accusationReach();
  if (reach === 'NONE') accusations = false;
  if (reach === 'SOME' && accusations) return null;
  return { accusations, others: others.length > 0 };
}

/**
 * Whether the rollups hold the answer: asOf is now, and only places, categories and months (or
 * coarser) are asked for. Any period: its whole months come from a rollup, the days around them from
 * the cases (rollup-read.ts).
 */
export function rollupAnswers(selection: CaseSelection, groupBy: readonly CaseDimension[]): boolean {
  if (selection.asOfGiven) return false;
  if (selection.access.rollupArea() === null) return false;
  if (rollupMatterRows(selection) === null) return false;
  for (const [key, value] of Object.entries(selection.filter)) {
    if (value != null && !ROLLUP_FILTERS.has(key)) return false;
  }
  return groupBy.every((d) => d in ROLLUP_DIMENSION_COLUMNS || ROLLUP_TIME_UNITS.has(d));
}

/** Refuses what a pivot cannot answer, before any statement runs. */
function checkPivot({ selection, groupBy }: PivotAsk): void {
  if (selection.kpi)
    throw badUserInput('filter.kpi', 'kpi selects cases for a list; it does not apply to statistics');
  if (new Set(groupBy).size !== groupBy.length) throw badUserInput('groupBy', 'a dimension is repeated');
  if (groupBy.filter((d) => TIME_UNITS.has(d)).length > 1)
    throw badUserInput('groupBy', 'at most one time unit (DAY, WEEK, MONTH, QUARTER, YEAR)');
}

export function emptyBucket(): CaseStatsBucket {
  return {
    categoryCode: null,
    townshipCode: null,
    villageCode: null,
    channel: null,
    status: null,
    leaderId: null,
    unitId: null,
    matterType: null,
    period: null,
    count: 0,
    kpis: emptyKpis(),
    suppressed: false,
  };
}

const bucketKey = (b: CaseStatsBucket): string =>
  JSON.stringify([
    b.categoryCode,
    b.townshipCode,
    b.villageCode,
    b.channel,
    b.status,
    b.leaderId,
    b.unitId,
    b.matterType,
  ]);

/** The bucket of a result row (`d0…dn`), created on first sight. */
function bucketFor(
  buckets: Map<string, CaseStatsBucket>,
  groupBy: readonly CaseDimension[],
  row: Record<string, unknown>,
): CaseStatsBucket {
  const keys = groupBy.map((dimension, i) => {
    const value = row[`d${i}`];
    if (value === null || value === undefined) return null;
    if (TIME_UNITS.has(dimension)) return String(value);
    return DIMENSION_COLUMN[dimension as KeyDimension].numeric ? Number(value) : String(value);
  });
  const id = JSON.stringify(keys);
  let bucket = buckets.get(id);
  if (!bucket) {
    bucket = emptyBucket();
    const fields = bucket as unknown as Record<string, unknown>;
    groupBy.forEach((dimension, i) => {
      if (TIME_UNITS.has(dimension)) bucket!.period = keys[i] as string | null;
      else fields[DIMENSION_COLUMN[dimension as KeyDimension].field] = keys[i];
    });
    buckets.set(id, bucket);
  }
  return bucket;
}

/**
 * A pivot query's rows within the request's bucket budget (request-budget.ts): LIMIT cap + 1 in SQL,
 * so a grouping with too many buckets is refused before one is built.
 */
async function pivotRows<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  budget: RequestBudget | null,
): Promise<Record<string, unknown>[]> {
  if (!budget) return qb.getRawMany<Record<string, unknown>>();
  const cap = budget.bucketsLeft();
  const rows = await qb.limit(cap + 1).getRawMany<Record<string, unknown>>();
  if (rows.length > cap) throw budget.tooManyBuckets();
  return rows;
}

export interface WarningRow {
  level: WarningLevel;
  caseId: number;
  /** The case, when the warning's statement read it. */
  case: CaseEntity | null;
  dueAt: Date;
  daysLeft: number;
  deadlineKind: string;
}

export class StatsService {
  private readonly rollups: RollupReader;

  /** Whether the rollups (every recorded fact) are "as known now" for a reader's now. */
  readonly horizon: FactHorizon;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
    /** Off only to check the rollup against the cases, or to measure without it. */
    private readonly useRollups = true,
  ) {
    this.rollups = new RollupReader(dataSource, dialect);
    this.horizon = new FactHorizon(dataSource, dialect);
  }

  /** The cases as the selection reads them; with a KPI anchor, closed months as known at their close. */
  private cases(selection: CaseSelection, anchor: Anchor | null = null) {
    return selectFromCases(this.dataSource, this.dialect, selection, anchor);
  }

  /**
   * The pivot. Questions about places, categories and months (any period) read the rollups; anything
   * else runs one GROUP BY over the cases per anchor date that a requested KPI (or the count) needs.
   * Either way all counting happens in SQL; Node only merges at most one row per bucket and source.
   */
  async caseStats(
    selection: CaseSelection,
    groupBy: readonly CaseDimension[],
    kpis: readonly KpiCode[] = KPI_CODES,
  ): Promise<CaseStatsBucket[]> {
    const [result] = await this.caseStatsMany([{ selection, groupBy, kpis }]);
    if (result instanceof Error) throw result;
    return result!;
  }

  /**
   * Several pivots at once (a request's sibling fields, stats.loader.ts): those the rollups answer
   * share one statement; each answer is its buckets, or the error that refused it.
   */
  async caseStatsMany(asks: readonly PivotAsk[]): Promise<(CaseStatsBucket[] | Error)[]> {
    const budget = currentBudget();
    const results: (Map<string, CaseStatsBucket> | Error)[] = asks.map((ask) => {
      try {
        checkPivot(ask);
        return new Map<string, CaseStatsBucket>();
      } catch (error) {
        return error as Error;
      }
    });
    const fromRollup: number[] = [];
    const batch: PivotAsk[] = [];
    for (const [i, ask] of asks.entries()) {
      if (results[i] instanceof Error) continue;
      const { asOf, asOfGiven } = ask.selection;
      const instant =
        this.useRollups && rollupAnswers(ask.selection, ask.groupBy)
          ? await this.horizon.rollupInstant(asOf, asOfGiven)
          : null;
      if (instant) {
        fromRollup.push(i);
        batch.push(instant === asOf ? ask : { ...ask, selection: { ...ask.selection, asOf: instant } });
      } else
        await this.fromCases(
          ask.selection,
          ask.groupBy,
          ask.kpis,
          results[i] as Map<string, CaseStatsBucket>,
          budget,
        );
    }
    if (fromRollup.length > 0) {
      const cap = budget ? budget.bucketsLeft() : null;
      const { sql, parameters } = this.rollups.statement(
        batch,
        (selection) => rollupMatterRows(selection)!,
        cap === null ? null : cap + 1,
      );
      const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
      const rows: Record<string, unknown>[] = await this.dataSource.query(query, values);
      if (budget && rows.length > budget.bucketsLeft()) throw budget.tooManyBuckets();
      for (const row of rows) {
        const ask = batch[num(row.q)]!;
        // With no rows at all an ungrouped aggregate still answers one all-NULL row: read it as zeros.
        if (ask.groupBy.length > 0 && row.n === null) continue;
        const bucket = bucketFor(
          results[fromRollup[num(row.q)]!] as Map<string, CaseStatsBucket>,
          ask.groupBy,
          row,
        );
        bucket.count = num(row.n);
        for (const code of ask.kpis)
          bucket.kpis![KPI_FIELDS[code]] = kpiValue(num(row[`${code}_n`]), num(row[`${code}_d`]));
      }
    }
    return asks.map((ask, i) => {
      const buckets = results[i]!;
      if (buckets instanceof Error) return buckets;
      // The total (no grouping) always answers, zeros included.
      if (ask.groupBy.length === 0 && buckets.size === 0) buckets.set('[]', emptyBucket());
      // A bucket with nothing to show (no case received in it, no case in any asked KPI — a village whose
      // only 2023 activity was closing a 2022 case, when no KPI is asked) is left out, on either path.
      for (const [key, bucket] of ask.groupBy.length > 0 ? buckets : []) {
        const empty = !bucket.count && ask.kpis.every((code) => !bucket.kpis![KPI_FIELDS[code]].denominator);
        if (empty) buckets.delete(key);
      }
      if (budget && buckets.size > budget.bucketsLeft()) return budget.tooManyBuckets();
      budget?.spendBuckets(buckets.size);
      return [...buckets.values()].sort(
        (a, b) =>
          (a.period ?? '').localeCompare(b.period ?? '') ||
          (b.count ?? 0) - (a.count ?? 0) ||
          bucketKey(a).localeCompare(bucketKey(b)),
      );
    });
  }

  private async fromCases(
    selection: CaseSelection,
    groupBy: readonly CaseDimension[],
    kpis: readonly KpiCode[],
    buckets: Map<string, CaseStatsBucket>,
    budget: RequestBudget | null,
  ): Promise<void> {
    const anchors = ANCHORS.filter((a) => a === 'RECEIVED' || kpis.some((k) => KPI_SQL[k].anchor === a));
    // KPIs read closed months as known at their close; counts are of the cases as they are. The two
    // differ only where the question groups or filters by a fact that changes (status, people in
    // charge, deadlines): then the count runs on its own.
    const splitCount =
      kpis.some((k) => KPI_SQL[k].anchor === 'RECEIVED') && readsChangingFacts(selection, groupBy);
    if (splitCount) {
      const qb = this.cases(selection).select('COUNT(*)', 'n');
      this.selectDimensions(qb, groupBy, anchorDay('RECEIVED', this.dialect), CASE_COLUMNS);
      applySelection(qb, selection, this.dialect, 'RECEIVED');
      for (const row of await pivotRows(qb, budget)) bucketFor(buckets, groupBy, row).count = num(row.n);
    }
    for (const anchor of anchors) {
      const frozen = kpis.some((k) => KPI_SQL[k].anchor === anchor);
      const qb = this.cases(selection, frozen ? anchor : null).select('COUNT(*)', 'n');
      this.selectDimensions(qb, groupBy, anchorDay(anchor, this.dialect), CASE_COLUMNS);
      selectKpiParts(qb, anchor, kpis);
      applySelection(qb, selection, this.dialect, anchor);
      for (const row of await pivotRows(qb, budget)) {
        const bucket = bucketFor(buckets, groupBy, row);
        if (anchor === 'RECEIVED' && !splitCount) bucket.count = num(row.n);
        readKpiParts(row, anchor, kpis, bucket.kpis!);
      }
    }
  }

  /** Adds `d0…dn` for the grouped dimensions, time bucketed from `day`. */
  private selectDimensions<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    groupBy: readonly CaseDimension[],
    day: string,
    columns: Partial<Record<KeyDimension, string>>,
  ): void {
    groupBy.forEach((dimension, i) => {
      const expr = TIME_UNITS.has(dimension)
        ? this.dialect.bucketStart(day, dimension as TimeUnit)
        : columns[dimension as KeyDimension]!;
      qb.addSelect(expr, `d${i}`).addGroupBy(expr);
    });
  }

  async kpis(selection: CaseSelection, kpis: readonly KpiCode[] = KPI_CODES): Promise<KpiSet> {
    const [bucket] = await this.caseStats(selection, [], kpis);
    return bucket?.kpis ?? emptyKpis();
  }

  /** Per leader: cases in charge, their state and KPIs, and the visits and instructions they made. */
  async leaderWorkloads(selection: CaseSelection, leaderIds: readonly number[]) {
    if (selection.kpi)
      throw badUserInput('filter.kpi', 'kpi selects cases for a list; it does not apply to workloads');
    const asOf = this.dialect.timestamp(selection.asOf);
    const owned = this.cases(selection)
      .select('c.leader_id', 'leader_id')
      .addSelect('COUNT(*)', 'owned')
      .addSelect(sumWhen("c.status NOT IN ('CLOSED', 'NOT_ACCEPTED')"), 'open')
      .addSelect(sumWhen("c.status = 'CLOSED'"), 'closed')
      .addSelect(sumWhen('c.current_due_at < :asOf'), 'overdue')
      .where('c.leader_id IS NOT NULL')
      .groupBy('c.leader_id');
    applySelection(owned, selection, this.dialect, 'RECEIVED');
    // The KPIs read closed months as known at their close (who led the case then, included).
    const resolution = this.cases(selection, 'RECEIVED')
      .select('c.leader_id', 'leader_id')
      .where('c.leader_id IS NOT NULL')
      .groupBy('c.leader_id');
    selectKpiParts(resolution, 'RECEIVED', [KpiCode.LEADER_RESOLUTION]);
    applySelection(resolution, selection, this.dialect, 'RECEIVED');

    const due = this.cases(selection, 'DUE')
      .select('c.leader_id', 'leader_id')
      .where('c.leader_id IS NOT NULL')
      .groupBy('c.leader_id');
    selectKpiParts(due, 'DUE', [KpiCode.ON_TIME_CLOSURE]);
    applySelection(due, selection, this.dialect, 'DUE');

    const events = joinCases(
      this.dataSource.createQueryBuilder().from(CaseEventEntity, 'e'),
      this.dataSource,
      this.dialect,
      selection,
      'c.id = e.case_id',
    )
      .select('e.leader_id', 'leader_id')
      .addSelect('e.type', 'type')
      .addSelect('e.visit_kind', 'visit_kind')
      .addSelect('COUNT(*)', 'n')
      .where('e.leader_id IS NOT NULL')
      .andWhere('e.type IN (:...eventTypes)', {
        eventTypes: [CaseEventType.VISIT, CaseEventType.INSTRUCTION],
      })
      .andWhere('e.at <= :asOf', { asOf })
      .andWhere('e.leader_id IN (:...workloadLeaders)', {
        workloadLeaders: leaderIds.length ? leaderIds : [-1],
      })
      .groupBy('e.leader_id')
      .addGroupBy('e.type')
      .addGroupBy('e.visit_kind');
    if (selection.from) events.andWhere('e.occurred_on >= :eventFrom', { eventFrom: selection.from });
    if (selection.to) events.andWhere('e.occurred_on <= :eventTo', { eventTo: selection.to });
    // leaderIds chose the leaders; their visits and instructions count on any case, not only their own.
    applySelection(
      events,
      { ...selection, filter: { ...selection.filter, leaderIds: null } },
      this.dialect,
      null,
    );

    const [ownedRows, resolutionRows, dueRows, eventRows] = [
      await owned.getRawMany<Record<string, unknown>>(),
      await resolution.getRawMany<Record<string, unknown>>(),
      await due.getRawMany<Record<string, unknown>>(),
      await events.getRawMany<Record<string, unknown>>(),
    ];
    const byLeader = new Map(
      leaderIds.map((id) => [
        id,
        {
          leaderId: id,
          owned: 0,
          open: 0,
          closed: 0,
          overdue: 0,
          closedOnTime: kpiValue(0, 0),
          resolution: kpiValue(0, 0),
          visits: Object.values(VisitKind).map((kind) => ({ kind, count: 0 })),
          instructions: 0,
        },
      ]),
    );
    for (const row of ownedRows) {
      const w = byLeader.get(num(row.leader_id));
      if (!w) continue;
      w.owned = num(row.owned);
      w.open = num(row.open);
      w.closed = num(row.closed);
      w.overdue = num(row.overdue);
    }
    for (const row of resolutionRows) {
      const w = byLeader.get(num(row.leader_id));
      if (w)
        w.resolution = kpiValue(
          num(row[`${KpiCode.LEADER_RESOLUTION}_n`]),
          num(row[`${KpiCode.LEADER_RESOLUTION}_d`]),
        );
    }
    for (const row of dueRows) {
      const w = byLeader.get(num(row.leader_id));
      if (w)
        w.closedOnTime = kpiValue(
          num(row[`${KpiCode.ON_TIME_CLOSURE}_n`]),
          num(row[`${KpiCode.ON_TIME_CLOSURE}_d`]),
        );
    }
    for (const row of eventRows) {
      const w = byLeader.get(num(row.leader_id));
      if (!w) continue;
      if (row.type === CaseEventType.INSTRUCTION) w.instructions += num(row.n);
      else {
        const visit = w.visits.find((v) => v.kind === row.visit_kind);
        if (visit) visit.count += num(row.n);
      }
    }
    return [...byLeader.values()].sort((a, b) => b.owned - a.owned || a.leaderId - b.leaderId);
  }

  /** How many open cases are overdue (red) and due within DUE_SOON_DAYS (yellow): an aggregate. */
  async warningCounts(selection: CaseSelection): Promise<{ red: number; yellow: number }> {
    const asOf = this.dialect.timestamp(selection.asOf);
    const soon = this.dialect.timestamp(
      endOfLocalDay(addLocalDays(localDate(selection.asOf), DUE_SOON_DAYS)),
    );
    const qb = this.cases(selection)
      .select(sumWhen('c.current_due_at < :asOf'), 'red')
      .addSelect(sumWhen('c.current_due_at >= :asOf'), 'yellow')
      .where('c.current_due_at IS NOT NULL')
      .andWhere('c.current_due_at <= :soon', { soon, asOf });
    applySelection(qb, selection, this.dialect);
    // The open cases lie together in the current-deadline index.
    const [sql, parameters] = qb.getQueryAndParameters();
    const [row]: { red: unknown; yellow: unknown }[] = await this.dataSource.query(
      readCasesThrough(sql, this.dialect, 'idx_case_list_current_due'),
      parameters,
    );
    return { red: num(row?.red), yellow: num(row?.yellow) };
  }

  /**
   * Open cases whose pending step is overdue or due within DUE_SOON_DAYS, most urgent first. Read as
   * of now, the rows come with their cases (one statement, no second lookup).
   */
  async warnings(selection: CaseSelection, first: number | null | undefined): Promise<WarningRow[]> {
    const size = checkPageSize(first);
    const asOf = selection.asOf;
    const soon = endOfLocalDay(addLocalDays(localDate(asOf), DUE_SOON_DAYS));
    const qb = this.cases(selection)
      .where('c.current_due_at IS NOT NULL')
      .andWhere('c.current_due_at <= :soon', { soon: this.dialect.timestamp(soon) })
      .orderBy('c.current_due_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(size);
    applySelection(qb, selection, this.dialect);
    selection.access.applyDetail(qb);
    const warning = (caseId: number, dueAt: Date, deadlineKind: string, found: CaseEntity | null) => ({
      caseId,
      dueAt,
      deadlineKind,
      case: found,
      level: dueAt.getTime() < asOf.getTime() ? WarningLevel.RED : WarningLevel.YELLOW,
      daysLeft: diffLocalDays(localDate(asOf), localDate(dueAt)),
    });
    if (!selection.asOfGiven) {
      const cases = (await qb.select('c').getMany()) as CaseEntity[];
      return cases.map((c) => warning(c.id, c.currentDueAt!, c.currentDeadline!, c));
    }
    const rows = await qb
      .select('c.id', 'id')
      .addSelect('c.current_due_at', 'due_at')
      .addSelect('c.current_deadline', 'deadline')
      .getRawMany<{ id: number; due_at: Date | string; deadline: string }>();
    return rows.map((row) => {
      const dueAt = this.dialect.readTimestamp(row.due_at);
      return warning(Number(row.id), dueAt, row.deadline, null);
    });
  }
}
