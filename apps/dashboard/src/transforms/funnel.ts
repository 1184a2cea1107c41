// Comparison of townships or villages on a rate (issue 15): a funnel plot instead of a ranking. Each
// unit's rate against its denominator, with the 95 % and 99.8 % limits around the rate of all units
// together (Spiegelhalter 2005). Only units outside the limits are marked; a ranking of rates whose
// differences are within chance would present noise as performance.
import { type FunnelPosition, KpiCode, funnelLimit, funnelPoint } from '@lianxin/domain';

/** What a comparison compares: a headline KPI, or cases received per 1,000 residents. */
export type FunnelMetric =
  | typeof KpiCode.TIMELY_ACCEPTANCE
  | typeof KpiCode.ON_TIME_CLOSURE
  | typeof KpiCode.SATISFACTION
  | 'CASES_PER_1000';

export interface FunnelMetricDef {
  metric: FunnelMetric;
  /** The KpiSet field behind a KPI; null for the per-capita case rate. */
  field: 'timelyAcceptance' | 'onTimeClosure' | 'satisfaction' | null;
  /** The rate as shown: ×100 (per cent) or ×1000 (per 1,000 residents). */
  scale: 100 | 1000;
  /**
   * Which side of the limits is good news. A KPI: above. Cases per 1,000 residents: below — more
   * petitions for the same population is what a leader looks into (it is not a verdict on the unit).
   */
  higherIsBetter: boolean;
}

export const FUNNEL_METRICS: readonly FunnelMetricDef[] = [
  { metric: KpiCode.TIMELY_ACCEPTANCE, field: 'timelyAcceptance', scale: 100, higherIsBetter: true },
  { metric: KpiCode.ON_TIME_CLOSURE, field: 'onTimeClosure', scale: 100, higherIsBetter: true },
  { metric: KpiCode.SATISFACTION, field: 'satisfaction', scale: 100, higherIsBetter: true },
  { metric: 'CASES_PER_1000', field: null, scale: 1000, higherIsBetter: false },
];

/** The metric named in the URL (`?funnel=`), or the first (及时受理率) for anything else. */
export function funnelMetric(value: unknown): FunnelMetricDef {
  return FUNNEL_METRICS.find((m) => m.metric === value) ?? (FUNNEL_METRICS[0] as FunnelMetricDef);
}

/** One unit as the API gives it: null parts when its numbers are withheld (wall-screen role, < 3). */
export interface FunnelInput {
  key: string;
  name: string;
  numerator: number | null;
  denominator: number | null;
}

export interface FunnelUnit {
  key: string;
  name: string;
  numerator: number;
  denominator: number;
  rate: number;
  position: FunnelPosition;
}

interface FunnelCurves {
  /** Denominators the limits are sampled at, ascending. */
  n: number[];
  /** Limits at each n, clipped to [0, 1]. */
  lower998: number[];
  lower95: number[];
  upper95: number[];
  upper998: number[];
}

export interface FunnelView {
  /** The rate of all compared units together (Σ numerators / Σ denominators): the centre line. */
  target: number | null;
  numerator: number;
  denominator: number;
  /** Every unit with a denominator, in the order given. */
  units: FunnelUnit[];
  /** Units outside the 95 % limits: 99.8 % before 95 %, then furthest from the centre line first. */
  outliers: FunnelUnit[];
  /** Units left out because the API withheld their numbers. */
  withheld: number;
  /**
   * How many units chance alone puts outside the 95 % and the 99.8 % limits (5 % and 0.2 % of them):
   * with 150 villages about 7 lie outside the 95 % limits even when none differs.
   */
  expectedByChance: { outside95: number; outside998: number };
  curves: FunnelCurves;
}

const SEVERITY: Record<FunnelPosition, number> = {
  ABOVE_998: 2,
  BELOW_998: 2,
  ABOVE_95: 1,
  BELOW_95: 1,
  WITHIN: 0,
};

function isOutlier(position: FunnelPosition): boolean {
  return position !== 'WITHIN';
}

const clip = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Denominators to draw the limits at: every integer up to 20 (where the exact binomial limits jump),
 * then `samples` steps evenly spaced in √n, so the curve is dense where it bends and sparse where it is
 * nearly flat; always ending at `max`.
 */
export function sampleDenominators(max: number, samples = 60): number[] {
  if (max < 1) return [];
  const out = new Set<number>();
  for (let n = 1; n <= Math.min(20, max); n++) out.add(n);
  const lo = Math.sqrt(Math.min(20, max));
  const hi = Math.sqrt(max);
  for (let i = 1; i <= samples; i++) out.add(Math.round((lo + ((hi - lo) * i) / samples) ** 2));
  out.add(max);
  return [...out].sort((a, b) => a - b);
}

/**
 * The funnel plot of units on one rate. The target is the pooled rate of the units compared — the
 * district's when all townships are shown (the API's parts add up to the filter's KPI), the township's
 * when the page is filtered to one; units withheld by the API are in neither.
 */
export function funnelView(inputs: readonly FunnelInput[], options: { xMax?: number } = {}): FunnelView {
  const known = inputs.filter(
    (u): u is FunnelInput & { numerator: number; denominator: number } =>
      u.numerator !== null && u.denominator !== null,
  );
  const withheld = inputs.length - known.length;
  const counted = known.filter((u) => u.denominator > 0);
  const numerator = counted.reduce((s, u) => s + u.numerator, 0);
  const denominator = counted.reduce((s, u) => s + u.denominator, 0);
  const target = denominator > 0 ? numerator / denominator : null;
  const units: FunnelUnit[] = [];
  if (target !== null) {
    for (const u of counted) {
      const p = funnelPoint(u.numerator, u.denominator, target);
      if (p) units.push({ ...u, rate: p.rate, position: p.position });
    }
  }
  const outliers = units
    .filter((u) => isOutlier(u.position))
    .sort(
      (a, b) =>
        SEVERITY[b.position] - SEVERITY[a.position] ||
        Math.abs(b.rate - (target ?? 0)) - Math.abs(a.rate - (target ?? 0)) ||
        a.key.localeCompare(b.key),
    );
  // A margin right of the largest unit, so its point is not drawn on the plot's edge.
  const xMax = options.xMax ?? Math.ceil(Math.max(0, ...units.map((u) => u.denominator)) * 1.05);
  // The limit curves cost thousands of binomial quantiles (~5–20 ms): computed when first read, which
  // is when the chart draws (ChartPanel draws a chart once it is on screen), not with the page.
  let curves: FunnelCurves | null = null;
  const drawCurves = (): FunnelCurves => {
    const n = target === null ? [] : sampleDenominators(Math.ceil(xMax));
    const limit = (p: number) => n.map((k) => clip(funnelLimit(target ?? 0, k, p)));
    return {
      n,
      lower998: limit(0.001),
      lower95: limit(0.025),
      upper95: limit(0.975),
      upper998: limit(0.999),
    };
  };
  return {
    target,
    numerator,
    denominator,
    units,
    outliers,
    withheld,
    expectedByChance: { outside95: units.length * 0.05, outside998: units.length * 0.002 },
    get curves() {
      curves ??= drawCurves();
      return curves;
    },
  };
}

// ---------------------------------------------------------------- from the API's answers

interface KpiPart {
  numerator: number;
  denominator: number;
}

/** A caseStats bucket grouped by TOWNSHIP or VILLAGE, with the headline KPI parts. */
export interface UnitBucket {
  townshipCode?: string | null;
  villageCode?: string | null;
  count: number | null;
  suppressed?: boolean | null;
  kpis?: {
    timelyAcceptance: KpiPart;
    onTimeClosure: KpiPart;
    satisfaction: KpiPart;
  } | null;
}

/** A township or village with its resident population (a township's is the sum of its villages'). */
export interface UnitRef {
  key: string;
  name: string;
  population: number;
}

export interface PopulatedTownship {
  code: string;
  name: string;
  villages: readonly { code: string; name: string; population: number }[];
}

/** The page filter's places: empty lists mean every township and village. */
export interface PlaceScope {
  townshipCodes: readonly string[];
  villageCodes: readonly string[];
}

/**
 * The units a comparison covers under the page's place filter, with the population of the villages in
 * it (a township's is the sum of its villages'). A unit in scope without a bucket had no cases in the
 * period; one out of scope must not be drawn as such.
 */
export function scopedUnits(
  townships: readonly PopulatedTownship[],
  scope: PlaceScope,
  level: 'township' | 'village',
): UnitRef[] {
  const inScope = (townshipCode: string, villageCode: string) =>
    (scope.townshipCodes.length === 0 || scope.townshipCodes.includes(townshipCode)) &&
    (scope.villageCodes.length === 0 || scope.villageCodes.includes(villageCode));
  const out: UnitRef[] = [];
  for (const t of townships) {
    const villages = t.villages.filter((v) => inScope(t.code, v.code));
    if (level === 'village')
      out.push(...villages.map((v) => ({ key: v.code, name: v.name, population: v.population })));
    else if (villages.length)
      out.push({ key: t.code, name: t.name, population: villages.reduce((s, v) => s + v.population, 0) });
  }
  return out;
}

/**
 * The funnel's inputs for a metric: every unit of `units` (a unit without a bucket had no cases: 0 of
 * 0 for a KPI, and 0 cases of its population for the case rate, which still places it on the plot).
 * Cases per 1,000 residents are compared as a binomial proportion of the population — close to the
 * Poisson model for a rate this small (under 1 %), though one resident may petition twice.
 */
export function funnelInputs(
  buckets: readonly UnitBucket[],
  key: 'townshipCode' | 'villageCode',
  units: readonly UnitRef[],
  metric: FunnelMetricDef,
): FunnelInput[] {
  const byKey = new Map(buckets.filter((b) => b[key]).map((b) => [b[key] as string, b]));
  return units.map((u) => {
    const b = byKey.get(u.key);
    const withheld = b ? b.suppressed === true || b.count === null : false;
    if (withheld) return { key: u.key, name: u.name, numerator: null, denominator: null };
    if (metric.field === null) {
      // More cases than residents cannot be a proportion (a long all-time period of a tiny village):
      // such a unit is left out rather than drawn on a scale it does not fit.
      const count = b?.count ?? 0;
      return count <= u.population
        ? { key: u.key, name: u.name, numerator: count, denominator: u.population }
        : { key: u.key, name: u.name, numerator: null, denominator: null };
    }
    const part = b?.kpis?.[metric.field];
    if (b && !part) return { key: u.key, name: u.name, numerator: null, denominator: null };
    return { key: u.key, name: u.name, numerator: part?.numerator ?? 0, denominator: part?.denominator ?? 0 };
  });
}
