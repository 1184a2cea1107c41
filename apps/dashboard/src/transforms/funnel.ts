// Comparison of townships or villages on a rate (issue 15): a funnel plot instead of a ranking. Each
// unit's rate against its denominator, with the 95 % and 99.8 % limits around the rate of all units
// together (Spiegelhalter 2005). Only units outside the limits are marked; a ranking of rates whose
// differences are within chance would present noise as performance.
import { KpiCode } from '@lianxin/domain';

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
