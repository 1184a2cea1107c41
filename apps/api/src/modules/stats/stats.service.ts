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
  selectFromCases,
  type CaseSelection,
} from '../case/case-query.js';
import { CaseEventEntity } from '../case/case-event.entity.js';
import { badUserInput } from '../common/errors.js';
import { checkPageSize } from '../common/pagination.js';
import { currentBudget, type RequestBudget } from '../../request-budget.js';
import { KPI_CODES, KPI_FROM_ROLLUP, KPI_SQL, PENDING_SQL, type Anchor } from './kpi-sql.js';
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
 * Whether the monthly rollup holds the answer: asOf is now, the period is whole months, and only
 * places, categories and months (or coarser) are asked for.
 */
export function rollupAnswers(selection: CaseSelection, groupBy: readonly CaseDimension[]): boolean {
  if (selection.asOfGiven) return false;
  if (selection.access.rollupArea() === null) return false;
  if (rollupMatterRows(selection) === null) return false;
  if (selection.from && !selection.from.endsWith('-01')) return false;
  if (selection.to && !addLocalDays(selection.to, 1).endsWith('-01')) return false;
  for (const [key, value] of Object.entries(selection.filter)) {
    if (value != null && !ROLLUP_FILTERS.has(key)) return false;
  }
  return groupBy.every((d) => d in ROLLUP_DIMENSION_COLUMNS || ROLLUP_TIME_UNITS.has(d));
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
  dueAt: Date;
  daysLeft: number;
  deadlineKind: string;
}

export class StatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
    /** Off only to check the rollup against the cases, or to measure without it. */
    private readonly useRollups = true,
  ) {}

  /** The cases as the selection reads them; with a KPI anchor, closed months as known at their close. */
  private cases(selection: CaseSelection, anchor: Anchor | null = null) {
    return selectFromCases(this.dataSource, selection, anchor);
  }

  /**
   * The pivot. Month-aligned questions about places and categories read the monthly rollup; anything
   * else runs one GROUP BY over the cases per anchor date that a requested KPI (or the count) needs.
   * Either way all counting happens in SQL; Node only merges at most one row per bucket and source.
   */
  async caseStats(
    selection: CaseSelection,
    groupBy: readonly CaseDimension[],
    kpis: readonly KpiCode[] = KPI_CODES,
  ): Promise<CaseStatsBucket[]> {
    if (selection.kpi)
      throw badUserInput('filter.kpi', 'kpi selects cases for a list; it does not apply to statistics');
    if (new Set(groupBy).size !== groupBy.length) throw badUserInput('groupBy', 'a dimension is repeated');
    const timeUnits = groupBy.filter((d) => TIME_UNITS.has(d));
    if (timeUnits.length > 1)
      throw badUserInput('groupBy', 'at most one time unit (DAY, WEEK, MONTH, QUARTER, YEAR)');

    const buckets = new Map<string, CaseStatsBucket>();
    const budget = currentBudget();
    if (this.useRollups && rollupAnswers(selection, groupBy)) {
      await this.fromRollup(selection, groupBy, kpis, buckets, budget);
    } else {
      await this.fromCases(selection, groupBy, kpis, buckets, budget);
    }
    // A bucket with nothing to show (no case received in it, no case in any asked KPI — a village whose
    // only 2023 activity was closing a 2022 case, when no KPI is asked) is left out, on either path.
    // The total (no grouping) always answers, zeros included.
    for (const [key, bucket] of groupBy.length > 0 ? buckets : []) {
      const empty = !bucket.count && kpis.every((code) => !bucket.kpis![KPI_FIELDS[code]].denominator);
      if (empty) buckets.delete(key);
    }
    if (budget && buckets.size > budget.bucketsLeft()) throw budget.tooManyBuckets();
    budget?.spendBuckets(buckets.size);
    return [...buckets.values()].sort(
      (a, b) =>
        (a.period ?? '').localeCompare(b.period ?? '') ||
        (b.count ?? 0) - (a.count ?? 0) ||
        bucketKey(a).localeCompare(bucketKey(b)),
    );
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

  private async fromRollup(
    selection: CaseSelection,
    groupBy: readonly CaseDimension[],
    kpis: readonly KpiCode[],
    buckets: Map<string, CaseStatsBucket>,
    budget: RequestBudget | null,
  ): Promise<void> {
    const f = selection.filter;
    const qb = this.dataSource
      .createQueryBuilder()
      .from('case_month_rollup', 'r')
      .select('SUM(r.received)', 'n');
    this.selectDimensions(qb, groupBy, 'r.month', ROLLUP_DIMENSION_COLUMNS);
    for (const code of kpis) {
      const { numerator, denominator } = KPI_FROM_ROLLUP[code];
      qb.addSelect(`SUM(r.${numerator})`, `${code}_n`).addSelect(`SUM(r.${denominator})`, `${code}_d`);
    }
    if (selection.from) qb.andWhere('r.month >= :fromMonth', { fromMonth: selection.from });
    if (selection.to) qb.andWhere('r.month <= :toMonth', { toMonth: `${selection.to.slice(0, 7)}-01` });
    const matter = rollupMatterRows(selection)!;
    if (!matter.accusations || !matter.others)
      qb.andWhere(matter.accusations ? 'r.accusation = 1' : matter.others ? 'r.accusation = 0' : '1 = 0');
    const area = selection.access.rollupArea()!;
    if (area.villageCode) qb.andWhere('r.village_code = :areaVillage', { areaVillage: area.villageCode });
    else if (area.townshipCode)
      qb.andWhere('r.township_code = :areaTownship', { areaTownship: area.townshipCode });
    for (const [values, column] of [
      [f.townshipCodes, 'r.township_code'],
      [f.villageCodes, 'r.village_code'],
      [f.categoryCodes, 'r.category_code'],
    ] as const) {
      if (values == null) continue;
      if (values.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere(`${column} IN (:...${column.slice(2)})`, { [column.slice(2)]: values });
    }
    let rows = await pivotRows(qb, budget);
    // With no rollup rows at all the aggregate still answers one all-NULL row: read it as zeros.
    if (groupBy.length > 0) rows = rows.filter((row) => row.n !== null);
    for (const row of rows) {
      const bucket = bucketFor(buckets, groupBy, row);
      bucket.count = num(row.n);
      for (const code of kpis)
        bucket.kpis![KPI_FIELDS[code]] = kpiValue(num(row[`${code}_n`]), num(row[`${code}_d`]));
    }
    // Cases whose window closed without a decision (or reply) join the denominators live: the clock,
    // not a write, put them there.
    for (const code of kpis) {
      const pending = PENDING_SQL[code];
      if (!pending) continue;
      const live = this.cases(selection, pending.anchor)
        .select('COUNT(*)', 'pending')
        .where(pending.condition);
      this.selectDimensions(live, groupBy, anchorDay(pending.anchor, this.dialect), CASE_COLUMNS);
      applySelection(live, selection, this.dialect, pending.anchor);
      for (const row of await pivotRows(live, budget)) {
        if (num(row.pending) === 0) continue;
        const value = bucketFor(buckets, groupBy, row).kpis![KPI_FIELDS[code]];
        value.denominator += num(row.pending);
        value.rate = kpiValue(value.numerator, value.denominator).rate;
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
    const row = await qb.getRawOne<{ red: unknown; yellow: unknown }>();
    return { red: num(row?.red), yellow: num(row?.yellow) };
  }

  /** Open cases whose pending step is overdue or due within DUE_SOON_DAYS, most urgent first. */
  async warnings(selection: CaseSelection, first: number | null | undefined): Promise<WarningRow[]> {
    const size = checkPageSize(first);
    const asOf = selection.asOf;
    const soon = endOfLocalDay(addLocalDays(localDate(asOf), DUE_SOON_DAYS));
    const qb = this.cases(selection)
      .select('c.id', 'id')
      .addSelect('c.current_due_at', 'due_at')
      .addSelect('c.current_deadline', 'deadline')
      .where('c.current_due_at IS NOT NULL')
      .andWhere('c.current_due_at <= :soon', { soon: this.dialect.timestamp(soon) })
      .orderBy('c.current_due_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(size);
    applySelection(qb, selection, this.dialect);
    selection.access.applyDetail(qb);
    const rows = await qb.getRawMany<{ id: number; due_at: Date | string; deadline: string }>();
    return rows.map((row) => {
      const dueAt = row.due_at instanceof Date ? row.due_at : new Date(`${row.due_at.replace(' ', 'T')}Z`);
      return {
        caseId: Number(row.id),
        dueAt,
        deadlineKind: row.deadline,
        level: dueAt.getTime() < asOf.getTime() ? WarningLevel.RED : WarningLevel.YELLOW,
        daysLeft: diffLocalDays(localDate(asOf), localDate(dueAt)),
      };
    });
  }
}
