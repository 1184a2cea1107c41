/** A KPI as numerator / denominator: its rate is their quotient, none without a denominator. */
export interface Part {
  numerator: number;
  denominator: number;
}

/** The headline KPIs of a period, with 参评率 (rated ÷ closed) beside 满意率. */
export interface KpiSet {
  timelyAcceptance: Part;
  onTimeClosure: Part;
  satisfaction: Part;
  ratingParticipation: Part;
}

export interface NamedCount {
  name: string;
  count: number;
}

/**
 * Everything a briefing states, read from the API for one period and area in the reader's role (the
 * API's own answers, so every number equals what the dashboard shows). Names are resolved; nothing here
 * identifies a petitioner.
 */
export interface BriefingData {
  /** e.g. 2023年11月, 2023年第四季度, 2023年. */
  periodLabel: string;
  /** 利通区, or the township of a township briefing. */
  areaName: string;
  issuer: string;
  /** Printed date of the briefing (成文日期). */
  date: string;
  /** When the numbers were read. */
  asOf: Date;
  /**
   * Cases received: this period, the period before, the same period last year (null: not compared; a
   * year's period before is last year).
   */
  received: { current: number; previous: number | null; lastYear: number | null };
  kpis: { current: KpiSet; previous: KpiSet | null; lastYear: KpiSet | null };
  /** Largest first. */
  byCategory: NamedCount[];
  byTownship: NamedCount[];
  byChannel: NamedCount[];
  /** The villages with the most cases, largest first. */
  topVillages: NamedCount[];
  /** The sharpest rises against the same period last year, largest rise first. */
  villageRises: (NamedCount & { lastYear: number })[];
  /** Early warnings raised in the period (red and yellow) and where; null where the reader has none. */
  warnings: { red: number; yellow: number; places: NamedCount[] } | null;
  /**
   * 包案: the leaders' cases received in the period and of them resolved (包案化解率's parts), and the
   * visits by kind (接访, 下访, …) and written instructions of the period.
   */
  leaders: { cases: number; visits: NamedCount[]; instructions: number; resolved: number };
  /**
   * Cases whose pending statutory step is past due at the end of the period (asOf if earlier), and of
   * them those received more than 90 days before (积案); codes and titles only for readers of cases.
   */
  overdue: {
    /** The day it is counted on, as printed: the period's last day, or asOf's if earlier. */
    at: string;
    count: number;
    longStanding: number;
    cases: { code: string; title: string }[] | null;
  };
}
