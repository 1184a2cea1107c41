// The funnel plot's geometry (issue 15): each unit's position against the limits around the rate of
// all units together, and the limit curves. Apart from transforms/funnel.ts (the metrics and units the
// pages pass) because it needs the domain's statistics (~30 KB of numeric code): only the funnel panel
// loads it, once it is on screen.
import { type FunnelPosition, funnelLimit, funnelPoint } from '@lianxin/domain/statistics';
import type { FunnelInput } from './funnel';

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
