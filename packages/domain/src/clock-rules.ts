// The clock's settings and inputs: the day counts of 《信访工作条例》 with a deployment's overrides,
// how days are counted, and the facts of a case the clock reads.

import type { HolidayCalendar } from './time.js';

/** Day counts of the 条例; every one is overridable per deployment (provincial rules may be stricter). */
export interface ClockRules {
  /** Art. 22: register and forward / assign within this many days of receipt. */
  readonly registrationDays: number;
  /** Art. 23: tell the petitioner whether the matter is accepted within this many days of receipt. */
  readonly acceptanceDays: number;
  /** Art. 34: handle and reply within this many days of acceptance (unless leadership sets fewer). */
  readonly handlingDays: number;
  /** Art. 34: the one extension may add at most this many days. */
  readonly maxExtensionDays: number;
  /** Art. 35: review (复查) may be requested within this many days of the reply … */
  readonly reviewRequestDays: number;
  /** … and must be answered within this many days of the request. */
  readonly reviewDays: number;
  /** Art. 36: re-review (复核) may be requested within this many days of the review answer … */
  readonly rereviewRequestDays: number;
  /** … and must be answered within this many days of the request. */
  readonly rereviewDays: number;
  /** A pending deadline this many local days away or fewer is DUE_SOON. */
  readonly dueSoonDays: number;
  /** Hearing days that may pause one stage's clock in total (each hearing also only as long as it lasted). */
  readonly maxHearingDays: number;
}

export const DEFAULT_CLOCK_RULES: Readonly<ClockRules> = Object.freeze({
  registrationDays: 15,
  acceptanceDays: 15,
  handlingDays: 60,
  maxExtensionDays: 30,
  reviewRequestDays: 30,
  reviewDays: 30,
  rereviewRequestDays: 30,
  rereviewDays: 30,
  dueSoonDays: 3,
  maxHearingDays: 90,
});

export type DayMode = 'CALENDAR' | 'WORKING';

export interface ClockOptions {
  rules?: Partial<ClockRules>;
  /** CALENDAR (default) counts every day; WORKING counts working days of `calendar`. */
  dayMode?: DayMode;
  /**
   * The State Council calendar (holidays.ts) unless given. WORKING mode counts its working days; in
   * both modes it tells which last days are statutory rest days.
   */
  calendar?: HolidayCalendar;
  /**
   * 《民法典》 Art. 203: a period whose last day is a statutory rest day (a weekend or holiday of the
   * calendar, 调休 workdays excepted) ends on the next working day. On unless set to false.
   */
  lastDayRule?: boolean;
  /** Last local date the calendar is known to cover; later due days are flagged `beyondCalendar`. */
  calendarThrough?: string;
}

/** What the clock needs to know about a case; absent and null mean "has not happened". */
export interface ClockFacts {
  receivedAt: Date;
  forwardedAt?: Date | null;
  acceptedAt?: Date | null;
  declinedAt?: Date | null;
  /** A shorter handling period set by leadership (限期办理): the LEADERSHIP clock, never HANDLING's. */
  handlingDays?: number | null;
  /** Days granted by the one extension (Art. 34). */
  extensionDays?: number | null;
  /** Hearing days (听证) of the first instance: they pause its clocks only. */
  pausedDays?: number | null;
  /** First-instance reply. */
  repliedAt?: Date | null;
  /** The day the petitioner received the written reply: the review window runs from it (Art. 35). */
  deliveredAt?: Date | null;
  closedAt?: Date | null;
  reviewRequestedAt?: Date | null;
  /** Hearing days of the review (复查) stage. */
  reviewPausedDays?: number | null;
  reviewRepliedAt?: Date | null;
  /** The day the petitioner received the review answer: the re-review window runs from it (Art. 36). */
  reviewDeliveredAt?: Date | null;
  rereviewRequestedAt?: Date | null;
  /** Hearing days of the re-review (复核) stage. */
  rereviewPausedDays?: number | null;
  rereviewRepliedAt?: Date | null;
  /** Latest reopening (重新办理) and its own clock. */
  reopenedAt?: Date | null;
  reopenPausedDays?: number | null;
  reopenRepliedAt?: Date | null;
}

/** Defaults overlaid with the overrides; throws on a negative or fractional day count. */
export function resolveClockRules(overrides?: Partial<ClockRules>): ClockRules {
  if (overrides === undefined) return DEFAULT_CLOCK_RULES;
  const rules: ClockRules = { ...DEFAULT_CLOCK_RULES, ...overrides };
  for (const [name, value] of Object.entries(rules)) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`Clock rule ${name} must be a non-negative integer: ${value}`);
  }
  return rules;
}
