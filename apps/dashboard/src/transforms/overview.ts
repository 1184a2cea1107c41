// Overview page: query result → KPI cards, trend lines, rankings, warnings.
import { KPI_DEFINITIONS, KpiCode, rateDeltaPoints } from '@lianxin/domain';
import { monthsOf, type Period } from '../format/period';
import { type KpiTargetInput, type TargetView, targetView } from './targets';

interface Kpi {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export interface KpiTriple {
  timelyAcceptance: Kpi;
  onTimeClosure: Kpi;
  satisfaction: Kpi;
}

/** The headline KPIs with the companions shown beside them (参评率 beside 满意率). */
export interface KpiHeadline extends KpiTriple {
  ratingParticipation?: Kpi | null;
}

/**
 * The headline KPIs, each with the KPI shown beside it — the dictionary's `companion` (kpiDefinitions),
 * fixed here because the operations must name its field; overview.test.ts checks both agree.
 */
export const HEADLINE_KPIS = [
  { code: KpiCode.TIMELY_ACCEPTANCE, field: 'timelyAcceptance', companion: null },
  { code: KpiCode.ON_TIME_CLOSURE, field: 'onTimeClosure', companion: null },
  {
    code: KpiCode.SATISFACTION,
    field: 'satisfaction',
    companion: { code: KpiCode.RATING_PARTICIPATION, field: 'ratingParticipation' },
  },
] as const;

/** A companion KPI's value, shown beside its card. */
interface KpiCompanion extends Kpi {
  code: KpiCode;
}

export interface KpiCard {
  code: KpiCode;
  field: keyof KpiTriple;
  numerator: number;
  denominator: number;
  /**
   * The cases that missed it (denominator − numerator, what the 未达标 link lists); null for a KPI where
   * lower is better, whose cases counting against it are its numerator.
   */
  missed: number | null;
  rate: number | null;
  /** The rate of the same period last year (同比). */
  previousRate: number | null;
  /** Change against the same period last year, in percentage points (null: nothing to compare). */
  deltaPoints: number | null;
  /** The KPI's target and the rate's status against it; null when it has none. */
  target: TargetView | null;
  /** The KPI shown beside it (参评率 beside 满意率); null when it has none. */
  companion: KpiCompanion | null;
}

/** The headline cards: `previous` is the same period last year (samePeriodLastYear), as on the wall. */
export function kpiCards(
  current: KpiHeadline | null | undefined,
  previous: KpiHeadline | null | undefined,
  targets?: readonly KpiTargetInput[] | null,
): KpiCard[] {
  return HEADLINE_KPIS.map(({ code, field, companion }) => {
    const c = current?.[field];
    const p = previous?.[field];
    const rate = c?.rate ?? null;
    const previousRate = p?.rate ?? null;
    const beside = companion ? current?.[companion.field] : null;
    const numerator = c?.numerator ?? 0;
    const denominator = c?.denominator ?? 0;
    return {
      code,
      field,
      numerator,
      denominator,
      missed: KPI_DEFINITIONS[code].higherIsBetter ? denominator - numerator : null,
      rate,
      previousRate,
      deltaPoints: rateDeltaPoints(rate, previousRate),
      target: targetView(code, rate, targets),
      companion: companion
        ? {
            code: companion.code,
            numerator: beside?.numerator ?? 0,
            denominator: beside?.denominator ?? 0,
            rate: beside?.rate ?? null,
          }
        : null,
    };
  });
}

export interface TrendBucket {
  period?: string | null;
  count: number | null;
  kpis?: KpiTriple | null;
}

export interface KpiTrend {
  months: string[];
  /** One row per headline KPI, one rate (or null) per month. */
  rates: Record<keyof KpiTriple, (number | null)[]>;
  counts: (number | null)[];
}

/** Twelve months of rates; months without a bucket or without a denominator are gaps, not zeros. */
export function kpiTrend(buckets: readonly TrendBucket[], period: Period): KpiTrend {
  const months = monthsOf(period);
  const byMonth = new Map(buckets.filter((b) => b.period).map((b) => [b.period as string, b]));
  const rate = (field: keyof KpiTriple) => months.map((m) => byMonth.get(m)?.kpis?.[field]?.rate ?? null);
  return {
    months,
    rates: {
      timelyAcceptance: rate('timelyAcceptance'),
      onTimeClosure: rate('onTimeClosure'),
      satisfaction: rate('satisfaction'),
    },
    counts: months.map((m) => {
      const b = byMonth.get(m);
      return b ? b.count : 0;
    }),
  };
}

export interface RankedItem {
  key: string;
  name: string;
  value: number | null;
}

/**
 * Items ordered by value, largest first; ties by code (the catalogue's and the district's own order), so
 * the order is stable between requests and locales. Not by name in the locale's collation: the page's
 * first Collator costs 35–100 ms of ICU start-up inside the task that shows the page.
 */
export function rank(items: readonly RankedItem[]): RankedItem[] {
  return [...items].sort(
    (a, b) => (b.value ?? -1) - (a.value ?? -1) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

export interface WarningRow {
  level: 'RED' | 'YELLOW';
  daysLeft: number;
}

export function warningSplit(rows: readonly WarningRow[]): { red: number; yellow: number } {
  let red = 0;
  let yellow = 0;
  for (const r of rows) {
    if (r.level === 'RED') red += 1;
    else yellow += 1;
  }
  return { red, yellow };
}

export interface CountBucketLike {
  count: number | null;
  suppressed: boolean;
}

/** The headline strip's numbers (null: unknown or withheld). */
export interface HeadlineCounts {
  total: number | null;
  openNow: number | null;
  overdueNow: number | null;
  newToday: number | null;
}

function countOf(buckets: readonly CountBucketLike[] | null | undefined): number | null {
  if (!buckets || buckets.some((b) => b.suppressed)) return null;
  return buckets.reduce((n, b) => n + (b.count ?? 0), 0);
}

/** Cases in the period, open now, overdue now (red warnings: the pending step past due), new today. */
export function headlineCounts(
  data:
    | {
        total: readonly CountBucketLike[];
        openNow: readonly CountBucketLike[];
        newToday: readonly CountBucketLike[];
        warningCounts: { red: number };
      }
    | null
    | undefined,
): HeadlineCounts {
  return {
    total: countOf(data?.total),
    openNow: countOf(data?.openNow),
    overdueNow: data ? data.warningCounts.red : null,
    newToday: countOf(data?.newToday),
  };
}
