// How a generic case's first rating depends on how the case went. A supported request rarely ends
// 不满意; an unsupported one, a late answer, a backlog case (积案) or a petitioner who had to come
// again often does. The relative risks are scaled per year so that, over the year's mix of cases,
// the shares of year-params.ts hold on average: 群众满意率 keeps its yearly targets while the ratings
// inside a year follow the outcome.

import { Outcome, Satisfaction } from '@lianxin/domain';
import { BACKLOG_SHARE, type YearParams } from './year-params.js';

/** How the answer came, for the rating: by its due date, after it, or months after it (积案). */
export type Timing = 'onTime' | 'late' | 'backlog';

/** Share of the answers the generic timeline draws per outcome (45 / 40 / 15). */
const OUTCOME_SHARES: Readonly<Record<Outcome, number>> = {
  [Outcome.SUPPORTED]: 0.45,
  [Outcome.EXPLAINED]: 0.4,
  [Outcome.NOT_SUPPORTED]: 0.15,
};
/** Share of repeat petitions among the rated generic cases (the 6.5 % repeats, less those still open). */
const REPEAT_SHARE = 0.055;

// Relative risk of 不满意.
const DISSATISFIED_BY_OUTCOME: Readonly<Record<Outcome, number>> = {
  [Outcome.SUPPORTED]: 0.4,
  [Outcome.EXPLAINED]: 1,
  [Outcome.NOT_SUPPORTED]: 2.6,
};
const DISSATISFIED_BY_TIMING: Readonly<Record<Timing, number>> = { onTime: 1, late: 2.5, backlog: 10 };
const DISSATISFIED_REPEAT = 1.8;
/** No kind of case is rated 不满意 by everyone. */
const MAX_DISSATISFIED = 0.9;

// Relative chance of 满意 rather than 基本满意 among the petitioners who are content.
const FULLY_BY_OUTCOME: Readonly<Record<Outcome, number>> = {
  [Outcome.SUPPORTED]: 1.15,
  [Outcome.EXPLAINED]: 0.95,
  [Outcome.NOT_SUPPORTED]: 0.7,
};
const FULLY_BY_TIMING: Readonly<Record<Timing, number>> = { onTime: 1, late: 0.85, backlog: 0.6 };
const MAX_FULLY = 0.95;

const OUTCOMES = Object.keys(OUTCOME_SHARES) as Outcome[];
const TIMINGS: readonly Timing[] = ['onTime', 'late', 'backlog'];

interface Scale {
  /** 不满意 chance = min(MAX_DISSATISFIED, dissatisfied × risk). */
  dissatisfied: number;
  /** 满意 chance among the content = min(MAX_FULLY, fully × tilt). */
  fully: number;
}

function timingShares(p: YearParams): Record<Timing, number> {
  return { onTime: p.onTime, late: Math.max(0, 1 - p.onTime - BACKLOG_SHARE), backlog: BACKLOG_SHARE };
}

/** The factor k with mean(min(cap, k × x)) = target over weighted values x (bisection; mean is monotone in k). */
function solveScale(cells: readonly (readonly [number, number])[], cap: number, target: number): number {
  const mean = (k: number) => cells.reduce((sum, [w, x]) => sum + w * Math.min(cap, k * x), 0);
  let lo = 0;
  let hi = 1;
  while (mean(hi) < target && hi < 1e6) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (mean(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const scales = new Map<YearParams, Scale>();

/** The year's scales: its 不满意 and 满意 shares over the cells of outcome × timing × repeat, caps included. */
function scaleOf(p: YearParams): Scale {
  let scale = scales.get(p);
  if (scale) return scale;
  const timing = timingShares(p);
  const risks: [number, number][] = [];
  const tilts: [number, number][] = [];
  for (const o of OUTCOMES) {
    for (const t of TIMINGS) {
      const w = OUTCOME_SHARES[o] * timing[t];
      for (const repeat of [false, true]) {
        risks.push([
          w * (repeat ? REPEAT_SHARE : 1 - REPEAT_SHARE),
          DISSATISFIED_BY_OUTCOME[o] * DISSATISFIED_BY_TIMING[t] * (repeat ? DISSATISFIED_REPEAT : 1),
        ]);
      }
      tilts.push([w, FULLY_BY_OUTCOME[o] * FULLY_BY_TIMING[t]]);
    }
  }
  const dissatisfiedShare = 1 - p.satisfied - p.basically;
  scale = {
    dissatisfied: solveScale(risks, MAX_DISSATISFIED, dissatisfiedShare),
    // Among the content: the year's ratio of 满意 to 基本满意 (the mix of the content is taken as the
    // year's mix; close enough for a share no KPI counts alone).
    fully: solveScale(tilts, MAX_FULLY, p.satisfied / (p.satisfied + p.basically)),
  };
  scales.set(p, scale);
  return scale;
}

/**
 * The rating of a case with `outcome`, `timing` and `repeat`, rated in the year of `params`, from
 * one uniform number `u`: below the 不满意 chance it is 不满意, the rest of [0, 1) splits 满意 / 基本满意.
 */
export function drawRating(
  params: YearParams,
  outcome: Outcome,
  timing: Timing,
  repeat: boolean,
  u: number,
): Satisfaction {
  const scale = scaleOf(params);
  const risk =
    DISSATISFIED_BY_OUTCOME[outcome] * DISSATISFIED_BY_TIMING[timing] * (repeat ? DISSATISFIED_REPEAT : 1);
  const dissatisfied = Math.min(MAX_DISSATISFIED, scale.dissatisfied * risk);
  if (u < dissatisfied) return Satisfaction.DISSATISFIED;
  const fully = Math.min(MAX_FULLY, scale.fully * FULLY_BY_OUTCOME[outcome] * FULLY_BY_TIMING[timing]);
  return (u - dissatisfied) / (1 - dissatisfied) < fully
    ? Satisfaction.SATISFIED
    : Satisfaction.BASICALLY_SATISFIED;
}
