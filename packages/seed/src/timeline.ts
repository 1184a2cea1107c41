// A case's timeline: its events in order, each folded into the case's facts by the domain's step
// catalogue (`foldStep`) as it is recorded. The row is the description plus the folded facts.

import {
  type CaseFacts,
  CaseEventType as E,
  CN_STATE_COUNCIL_CALENDAR,
  dueDayAfter,
  foldStep,
  handlingDueAt,
  initialFacts,
  isWorkingDay,
  leadershipDueAt,
  type VisitKind,
} from '@lianxin/domain';
import { dayOf, dayStart, localDayString, MINUTE, parseLocalDay } from './days.js';
import type { Prng } from './prng.js';
import type { CaseBundle, CaseEventRow, CasePetitionerRow, CaseRow, PetitionerRow } from './rows.js';

/** An event's details; keys are the step catalogue's inputs. */
export type Payload = Record<string, unknown>;

/**
 * Share of office acts planned for a weekend or an official holiday that are done then (overtime:
 * a decision or a reply signed on a Saturday); the others wait for the next working day. About 30 %
 * of days are rest days, so about 2.5 % of decisions and replies end up dated on one.
 */
const OVERTIME_SHARE = 0.08;

/** What describes a case rather than happens to it; everything else in the row is the fold of its events. */
export type CaseDescription = Pick<
  CaseRow,
  | 'id'
  | 'code'
  | 'title'
  | 'summary'
  | 'matterType'
  | 'categoryCode'
  | 'channel'
  | 'villageCode'
  | 'townshipCode'
  | 'headcount'
>;

/** Records one case's timeline at a time; event ids run on across cases. */
export class Timeline {
  // Answers of domain clock functions, memoised by exactly the inputs they read: they work on date
  // strings and the holiday calendar, and calling them per case added ~15 % to the generation time.
  private readonly handlingDueMemo = new Map<number, number>();
  private readonly leadershipDueMemo = new Map<number, number>();
  private readonly dueDayMemo = new Map<number, number>();
  private readonly workingDayMemo = new Map<number, boolean>();
  private eventId = 0;

  // The case being recorded: its events and their fold.
  private events: CaseEventRow[] = [];
  private caseId = 0;
  private lastAt = 0;
  private facts!: CaseFacts;

  /**
   * @param rng the generator's stream: the office hours drawn here are part of its sequence
   * @param endMs `now`: events after it have not happened and are left out
   */
  constructor(
    private readonly rng: Prng,
    private readonly endMs: number,
  ) {}

  /** Starts the timeline of case `caseId`, received at `receivedMs`. */
  start(caseId: number, receivedMs: number): void {
    this.caseId = caseId;
    this.events = [];
    this.lastAt = -Infinity;
    // REGISTERED creates the case: its facts start here and every later event is folded in.
    this.facts = initialFacts(new Date(receivedMs));
  }

  /**
   * Appends an event to the timeline and folds it into the case's facts, unless it lies after `now`
   * (then it has not happened yet and is left out, with everything after it). Times are nudged to
   * stay strictly increasing, so the order of the rows is the order of the timeline. Returns the
   * event's instant, recorded or not: the rest of the timeline is planned from it either way, so
   * cutting at `now` never changes what the generator draws.
   */
  emit(
    type: E,
    at: number,
    leaderId: number | null,
    visitKind: VisitKind | null,
    unitId: number | null,
    payload: Payload | null,
  ): number {
    if (at <= this.lastAt) at = this.lastAt + MINUTE;
    this.lastAt = at;
    if (at > this.endMs) return at;
    const event: CaseEventRow = {
      id: ++this.eventId,
      caseId: this.caseId,
      type,
      at: new Date(at),
      actor: 'seed',
      leaderId,
      visitKind,
      unitId,
      payload,
    };
    this.events.push(event);
    if (type !== E.REGISTERED) this.facts = foldStep(this.facts, event);
    return at;
  }

  /** The row: the description plus the folded facts, with the due dates the domain clock gives them. */
  bundle(d: CaseDescription, petitioners: PetitionerRow[], links: CasePetitionerRow[]): CaseBundle {
    const f = this.facts;
    const dueAt = this.handlingDue(f);
    const row: CaseRow = {
      id: d.id,
      code: d.code,
      title: d.title,
      summary: d.summary,
      matterType: d.matterType,
      categoryCode: d.categoryCode,
      channel: d.channel,
      villageCode: d.villageCode,
      townshipCode: d.townshipCode,
      headcount: d.headcount,
      receivedAt: f.receivedAt,
      forwardedAt: f.forwardedAt,
      acceptedAt: f.acceptedAt,
      declinedAt: f.declinedAt,
      dueAt,
      leadershipDueAt: this.leadershipDue(f),
      handlingDays: f.handlingDays,
      extensionDays: f.extensionDays,
      extendedTo: f.extensionDays ? dueAt : null,
      delayReason: f.delayReason,
      pausedDays: f.pausedDays,
      reviewPausedDays: f.reviewPausedDays,
      rereviewPausedDays: f.rereviewPausedDays,
      reopenPausedDays: f.reopenPausedDays,
      hearingStartedAt: f.hearingStartedAt,
      repliedAt: f.repliedAt,
      deliveredAt: f.deliveredAt,
      closedAt: f.closedAt,
      status: f.status,
      outcome: f.outcome,
      leaderId: f.leaderId,
      unitId: f.unitId,
      satisfaction: f.satisfaction,
      ratedAt: f.ratedAt,
      reviewRequestedAt: f.reviewRequestedAt,
      reviewRepliedAt: f.reviewRepliedAt,
      reviewChanged: f.reviewChanged,
      reviewDeliveredAt: f.reviewDeliveredAt,
      rereviewRequestedAt: f.rereviewRequestedAt,
      rereviewRepliedAt: f.rereviewRepliedAt,
      reopenedAt: f.reopenedAt,
      reopenRepliedAt: f.reopenRepliedAt,
      reopenedAfterClosingAt: f.reopenedAfterClosingAt,
      reopenCount: f.reopenCount,
      repeatOfId: f.repeatOfId,
      version: this.events.length,
    };
    return { case: row, petitioners, links, events: this.events };
  }

  // ---------------------------------------------------------------- the domain clock, memoised

  /** `handlingDueAt(f)`: it reads only the acceptance day, the extension and the first-instance hearing days. */
  private handlingDue(f: CaseFacts): Date | null {
    if (!f.acceptedAt) return null;
    const extension = f.extensionDays ?? 0;
    if (extension > 63 || f.pausedDays > 127) return handlingDueAt(f);
    const key = (dayOf(f.acceptedAt.getTime()) * 64 + extension) * 128 + f.pausedDays;
    let due = this.handlingDueMemo.get(key);
    if (due === undefined) {
      due = (handlingDueAt(f) as Date).getTime();
      this.handlingDueMemo.set(key, due);
    }
    return new Date(due);
  }

  /** `leadershipDueAt(f)`: it reads only the acceptance day, the leadership days and the hearing days. */
  private leadershipDue(f: CaseFacts): Date | null {
    if (!f.acceptedAt || f.handlingDays === null) return null;
    if (f.handlingDays > 63 || f.pausedDays > 127) return leadershipDueAt(f);
    const key = (dayOf(f.acceptedAt.getTime()) * 64 + f.handlingDays) * 128 + f.pausedDays;
    let due = this.leadershipDueMemo.get(key);
    if (due === undefined) {
      due = (leadershipDueAt(f) as Date).getTime();
      this.leadershipDueMemo.set(key, due);
    }
    return new Date(due);
  }

  /**
   * The local day a period of `n` days from `day` ends on by the domain clock (`dueDayAfter`: a
   * last day on a weekend or holiday moves to the next working day). For planning times only.
   */
  dueDay(day: number, n: number): number {
    const key = day * 1024 + n;
    let due = this.dueDayMemo.get(key);
    if (due === undefined) {
      due = parseLocalDay(dueDayAfter(localDayString(day), n));
      this.dueDayMemo.set(key, due);
    }
    return due;
  }

  /** An office-hours instant (08:30–17:30) on a local day. */
  office(day: number): number {
    return dayStart(day) + (510 + this.rng.int(540)) * MINUTE;
  }

  /** Whether offices work on a local day: the domain's State Council calendar, 调休 workdays included. */
  isWorkingDay(day: number): boolean {
    let working = this.workingDayMemo.get(day);
    if (working === undefined) {
      working = isWorkingDay(localDayString(day), CN_STATE_COUNCIL_CALENDAR);
      this.workingDayMemo.set(day, working);
    }
    return working;
  }

  /**
   * The day an office act (a decision, a reply, a closing) planned for `day` is done: that day when
   * offices work, else the next working day — but for OVERTIME_SHARE of them. Never later than the
   * next working day, and every due date of the domain clock is a working day (the last-day rule),
   * so an act planned by its due date stays in time and a late one stays late.
   */
  officeDay(day: number): number {
    if (this.isWorkingDay(day) || this.rng.chance(OVERTIME_SHARE)) return day;
    let next = day + 1;
    while (!this.isWorkingDay(next)) next++;
    return next;
  }

  /** An office-hours instant of an office act planned for `day` (see officeDay). */
  officeAct(day: number): number {
    return this.office(this.officeDay(day));
  }
}
