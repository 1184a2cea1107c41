// The steps of the statutory procedure that every case shares, recorded on its timeline: hearings
// (听证), a written answer with its delivery and the closing after it, review (复查), re-review (复核)
// and handling again after a changed review (重新办理).

import { CaseEventType as E, Outcome, Satisfaction, VisitKind } from '@lianxin/domain';
import { dayOf, dayStart, DAY, localDayString, MINUTE } from './days.js';
import type { Prng } from './prng.js';
import {
  REOPEN_REASON,
  REPLY_TEXTS,
  REREVIEW_CHANGED,
  REREVIEW_KEPT,
  REREVIEW_REASONS,
  REVIEW_CHANGED,
  REVIEW_KEPT,
  REVIEW_REASONS,
} from './text.js';
import type { Payload, Timeline } from './timeline.js';

/** Statutory handling period (Art. 34) and the review windows (Art. 35–36), for planning times only. */
export const HANDLING_DAYS = 60;
export const REQUEST_WINDOW_DAYS = 30;

// Payloads shared by many events are built once and frozen, so millions of events cost no extra
// objects; anything case-specific is a fresh object. Keys are the step catalogue's inputs.
export const REPLY_PAYLOADS: Readonly<Record<Outcome, Payload>> = {
  [Outcome.SUPPORTED]: Object.freeze({ outcome: Outcome.SUPPORTED, text: REPLY_TEXTS.SUPPORTED }),
  [Outcome.EXPLAINED]: Object.freeze({ outcome: Outcome.EXPLAINED, text: REPLY_TEXTS.EXPLAINED }),
  [Outcome.NOT_SUPPORTED]: Object.freeze({ outcome: Outcome.NOT_SUPPORTED, text: REPLY_TEXTS.NOT_SUPPORTED }),
};
export const RATE_PAYLOADS: Readonly<Record<Satisfaction, Payload>> = {
  [Satisfaction.SATISFIED]: Object.freeze({ satisfaction: Satisfaction.SATISFIED }),
  [Satisfaction.BASICALLY_SATISFIED]: Object.freeze({ satisfaction: Satisfaction.BASICALLY_SATISFIED }),
  [Satisfaction.DISSATISFIED]: Object.freeze({ satisfaction: Satisfaction.DISSATISFIED }),
};
// A review or re-review answer says whether it changed the answer before it (`changed`, required).
const REVIEW_ANSWERS: Readonly<Record<'kept' | 'changed', Payload>> = {
  kept: Object.freeze({ stage: 'REVIEW', outcome: Outcome.EXPLAINED, text: REVIEW_KEPT, changed: false }),
  changed: Object.freeze({
    stage: 'REVIEW',
    outcome: Outcome.SUPPORTED,
    text: REVIEW_CHANGED,
    changed: true,
  }),
};
const REREVIEW_ANSWERS: Readonly<Record<'kept' | 'changed', Payload>> = {
  kept: Object.freeze({ stage: 'REREVIEW', outcome: Outcome.EXPLAINED, text: REREVIEW_KEPT, changed: false }),
  changed: Object.freeze({
    stage: 'REREVIEW',
    outcome: Outcome.SUPPORTED,
    text: REREVIEW_CHANGED,
    changed: true,
  }),
};
const REVIEW_REQUESTS = REVIEW_REASONS.map((reason) => Object.freeze({ reason }));
const REREVIEW_REQUESTS = REREVIEW_REASONS.map((reason) => Object.freeze({ reason }));
const REOPEN_PAYLOAD = Object.freeze({ reason: REOPEN_REASON });

/** The times a written answer leaves behind: when it was delivered and when the case was closed after it. */
export interface Answered {
  repliedMs: number;
  /** Local day the petitioner received it: the window for contesting it runs from this day. */
  deliveryDay: number;
  closedMs: number;
  /** The last of these events. */
  lastMs: number;
}

export class Procedure {
  private readonly deliveredOnPayloads = new Map<number, Payload>();
  private readonly hearingPayloads = new Map<number, Payload>();

  /**
   * @param rng the generator's stream: the times and choices drawn here are part of its sequence
   * @param petitionBureau the unit that holds hearings and receives and answers review requests
   */
  constructor(
    private readonly timeline: Timeline,
    private readonly rng: Prng,
    private readonly petitionBureau: number,
  ) {}

  /**
   * A hearing (听证) pausing the running stage's clock by `days`. It lasts `days` days, so it never
   * pauses more than it lasted; the caller starts it before the stage's due date. Returns its end.
   */
  hearing(startMs: number, days: number): number {
    const bureau = this.petitionBureau;
    const started = this.timeline.emit(E.HEARING_STARTED, startMs, null, null, bureau, null);
    let payload = this.hearingPayloads.get(days);
    if (!payload) this.hearingPayloads.set(days, (payload = Object.freeze({ days })));
    return this.timeline.emit(E.HEARING_ENDED, started + days * DAY, null, null, bureau, payload);
  }

  /**
   * REPLY_DELIVERED for the answer given at `answeredMs`: handed over or signed for the same day, or
   * by post, arriving 1–7 days later and recorded when the receipt comes back.
   */
  private deliver(answeredMs: number, byPost: boolean, unitId: number): { day: number; recordedMs: number } {
    const rng = this.rng;
    const answerDay = dayOf(answeredMs);
    const day = byPost ? answerDay + rng.range(1, 7) : answerDay;
    const planned = byPost
      ? this.timeline.office(day + (rng.chance(0.6) ? 0 : rng.range(1, 3)))
      : answeredMs + rng.range(5, 60) * MINUTE;
    let payload = this.deliveredOnPayloads.get(day);
    if (!payload)
      this.deliveredOnPayloads.set(day, (payload = Object.freeze({ deliveredOn: localDayString(day) })));
    return { day, recordedMs: this.timeline.emit(E.REPLY_DELIVERED, planned, null, null, unitId, payload) };
  }

  /**
   * A written answer (first reply, review or re-review answer, reply after reopening), its delivery
   * and the closing after it: closed once the receipt is back, or, for a letter, when it is posted.
   */
  answer(replyMs: number, unitId: number, payload: Payload, byPost: boolean): Answered {
    const rng = this.rng;
    const repliedMs = this.timeline.emit(E.REPLIED, replyMs, null, null, unitId, payload);
    if (byPost) {
      const closedMs = this.timeline.emit(
        E.CLOSED,
        repliedMs + rng.range(10, 120) * MINUTE,
        null,
        null,
        unitId,
        null,
      );
      const delivery = this.deliver(repliedMs, true, unitId);
      return { repliedMs, deliveryDay: delivery.day, closedMs, lastMs: delivery.recordedMs };
    }
    const delivery = this.deliver(repliedMs, false, unitId);
    const closedMs = this.timeline.emit(
      E.CLOSED,
      delivery.recordedMs + rng.range(5, 60) * MINUTE,
      null,
      null,
      unitId,
      null,
    );
    return { repliedMs, deliveryDay: delivery.day, closedMs, lastMs: closedMs };
  }

  /**
   * 复查 requested on `requestDay` (inside the window from delivery), answered within its 30 days,
   * rarely after a hearing of its own. A changed answer sometimes sends the case back for handling
   * (REOPENED); an unchanged one is rarely taken further to 复核.
   */
  review(
    requestDay: number,
    dissatisfied: boolean,
    byPost: boolean,
    unitId: number,
    townLeaders: readonly number[],
  ): void {
    const rng = this.rng;
    const bureau = this.petitionBureau;
    this.timeline.emit(
      E.REVIEW_REQUESTED,
      this.timeline.office(requestDay),
      null,
      null,
      bureau,
      REVIEW_REQUESTS[rng.int(REVIEW_REQUESTS.length)] as Payload,
    );
    let answerOffset = rng.range(10, 30);
    if (rng.chance(0.05)) {
      // Begun within 8 days of the request, so well before the review's due date; the answer
      // follows its end and stays within the 30 days plus the days it paused.
      const startOffset = rng.range(2, 8);
      const days = rng.range(3, 10);
      this.hearing(this.timeline.office(requestDay + startOffset), days);
      answerOffset = Math.max(answerOffset, startOffset + 1) + days;
    }
    const changed = rng.chance(dissatisfied ? 0.15 : 0.05);
    const answered = this.answer(
      this.timeline.officeAct(requestDay + answerOffset),
      bureau,
      REVIEW_ANSWERS[changed ? 'changed' : 'kept'],
      byPost,
    );
    if (changed && rng.chance(0.35)) {
      this.reopen(answered.lastMs, unitId, townLeaders, byPost);
      return;
    }
    if (!rng.chance(0.12)) return;
    const rereviewDay = Math.max(dayOf(answered.lastMs) + 1, answered.deliveryDay + rng.range(3, 30));
    if (rereviewDay > this.timeline.dueDay(answered.deliveryDay, REQUEST_WINDOW_DAYS)) return;
    this.timeline.emit(
      E.REREVIEW_REQUESTED,
      this.timeline.office(rereviewDay),
      null,
      null,
      bureau,
      REREVIEW_REQUESTS[rng.int(REREVIEW_REQUESTS.length)] as Payload,
    );
    const changedAgain = rng.chance(0.05);
    this.answer(
      this.timeline.officeAct(rereviewDay + rng.range(10, 30)),
      bureau,
      REREVIEW_ANSWERS[changedAgain ? 'changed' : 'kept'],
      byPost,
    );
  }

  /**
   * 重新办理 after a review changed the answer: the closed case is reopened, a township leader visits,
   * and the unit replies again — within the reopened case's own 60-day clock mostly, sometimes late.
   */
  private reopen(afterMs: number, unitId: number, townLeaders: readonly number[], byPost: boolean): void {
    const rng = this.rng;
    const reopenedMs = this.timeline.emit(
      E.REOPENED,
      this.timeline.officeAct(dayOf(afterMs) + rng.range(1, 10)),
      null,
      null,
      unitId,
      REOPEN_PAYLOAD,
    );
    const reopenDay = dayOf(reopenedMs);
    const visitor = townLeaders[rng.int(townLeaders.length)] as number;
    this.timeline.emit(
      E.VISIT,
      this.timeline.office(reopenDay + rng.range(1, 10)),
      visitor,
      VisitKind.DOWN_VISIT,
      null,
      null,
    );
    const replyDay = this.timeline.officeDay(
      rng.chance(0.8)
        ? reopenDay + rng.range(15, HANDLING_DAYS)
        : this.timeline.dueDay(reopenDay, HANDLING_DAYS) + rng.range(1, 20),
    );
    this.answer(
      dayStart(replyDay) + (540 + rng.int(420)) * MINUTE,
      unitId,
      REPLY_PAYLOADS[Outcome.SUPPORTED],
      byPost,
    );
  }
}
