// How the generic cases of each year turn out: the shares of timely decisions, on-time replies,
// satisfied petitioners and leader-owned cases that the generic timeline draws against.

export interface YearParams {
  /** Share of decisions within 15 days (及时受理率 target). */
  timely: number;
  /** Share of replies by the due date (按期办结率 target). */
  onTime: number;
  satisfied: number;
  basically: number;
  /** Share of cases with a leader in charge, and of cases with a county-level one. */
  leaderShare: number;
  countyShare: number;
  /** Chance per case of a written instruction from the party secretary. */
  secretaryInstruction: number;
}

// The article's "持续提升": each year better than the last by several points, so the rise survives
// sampling noise at 1,000 cases a year. 2023 itself is steered by the article plan, not these shares.
const YEAR_PARAMS: readonly YearParams[] = [
  {
    timely: 0.83,
    onTime: 0.75,
    satisfied: 0.48,
    basically: 0.3,
    leaderShare: 0.24,
    countyShare: 0.03,
    secretaryInstruction: 0.008,
  },
  {
    timely: 0.91,
    onTime: 0.86,
    satisfied: 0.58,
    basically: 0.3,
    leaderShare: 0.27,
    countyShare: 0.034,
    secretaryInstruction: 0.009,
  },
  {
    timely: 0.97,
    onTime: 0.955,
    satisfied: 0.7,
    basically: 0.26,
    leaderShare: 0.3,
    countyShare: 0,
    secretaryInstruction: 0,
  },
  {
    timely: 0.975,
    onTime: 0.955,
    satisfied: 0.71,
    basically: 0.25,
    leaderShare: 0.3,
    countyShare: 0.038,
    secretaryInstruction: 0.011,
  },
];

/**
 * Share of the generic accepted cases that become 积案 (backlog) in every year: not answered by the
 * due date but months later, supervised as overdue meanwhile. Taken out of the late cases, so the
 * year's 按期办结率 (`onTime`) holds.
 */
export const BACKLOG_SHARE = 0.02;

/** The shares of `year`: years before 2021 take 2021's, years after 2024 take 2024's. */
export function yearParams(year: number): YearParams {
  return YEAR_PARAMS[Math.min(Math.max(year, 2021), 2024) - 2021] as YearParams;
}
