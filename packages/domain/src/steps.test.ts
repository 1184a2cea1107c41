// The step catalogue against the bending attempts of issue 12 (items 1–5): each test performs the
// attempt through applyStep and shows it refused with its ClockRuleCode, or harmless to the numbers.
// The property test at the end drives random sequences of allowed steps.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClockOptions,
  ClockRuleCode,
  computeDeadlines,
  type Deadline,
  DeadlineKind,
  DeadlineState,
  handlingDueAt,
  leadershipDueAt,
  reopenDueAt,
  reviewDueAt,
} from './clock.js';
import { CaseEventType as E, CaseStatus as S, Outcome, Satisfaction, VisitKind } from './enums.js';
import { computeKpis, KpiCode, type KpiPeriod } from './kpi.js';
import { allowedEventsInState, IllegalTransitionError } from './lifecycle.js';
import { Role } from './roles.js';
import {
  applyStep,
  type CaseFacts,
  checkStepInput,
  foldEvents,
  foldEventsAsOf,
  initialFacts,
  openStage,
  roleMayTake,
  STEP_CATALOGUE,
  type StepEvent,
  StepRefusedError,
  stageDueAt,
  TEXT_LIMITS,
} from './steps.js';
import { addLocalDays, addLocalMonths, diffLocalDays, localDate } from './time.js';

const t = (local: string): Date => new Date(`${local}+08:00`);
/** The end of a local day, the instant every due date falls on. */
const endOf = (day: string): Date => t(`${day}T23:59:59.999`);

type StepInput = Omit<StepEvent, 'type' | 'at'>;
const step = (type: E, at: string, input: StepInput = {}): StepEvent => ({ type, at: t(at), ...input });

const answer = (at: string, payload: Record<string, unknown> = {}): StepEvent =>
  step(E.REPLIED, at, { payload: { outcome: Outcome.EXPLAINED, text: 'Written answer.', ...payload } });
const delivered = (at: string, deliveredOn: string): StepEvent =>
  step(E.REPLY_DELIVERED, at, { payload: { deliveredOn } });
const hearingStart = (at: string): StepEvent => step(E.HEARING_STARTED, at);
const hearingEnd = (at: string, days: number): StepEvent => step(E.HEARING_ENDED, at, { payload: { days } });
const deadline = (at: string, days: number): StepEvent => step(E.DEADLINE_SET, at, { payload: { days } });
const withReason = (type: E, at: string): StepEvent => step(type, at, { payload: { reason: 'Asked for.' } });
const rated = (at: string, satisfaction: Satisfaction): StepEvent =>
  step(E.RATED, at, { payload: { satisfaction } });

/** Applies every step through applyStep (the live path); the first one registers the case. */
function run(events: readonly StepEvent[], options?: ClockOptions): CaseFacts {
  const [first, ...rest] = events;
  if (!first || first.type !== E.REGISTERED) throw new Error('start with REGISTERED');
  return rest.reduce((f, e) => applyStep(f, e, options), initialFacts(first.at));
}

const refusedWith = (code: ClockRuleCode) => expect.objectContaining({ name: 'StepRefusedError', code });

function deadlineOf(f: CaseFacts, kind: DeadlineKind, asOf: string, options?: ClockOptions): Deadline {
  const found = computeDeadlines(f, t(asOf), options).find((d) => d.kind === kind);
  if (!found) throw new Error(`no ${kind} deadline`);
  return found;
}

const kpi = (code: KpiCode, f: CaseFacts, period: KpiPeriod, asOf: string) =>
  computeKpis([f], period, t(asOf))[code];
const month = (m: string): KpiPeriod => ({
  from: `${m}-01`,
  to: addLocalDays(addLocalMonths(`${m}-01`, 1), -1),
});

// ------------------------------------------------------------------ item 1: hearings and deadlines

describe('item 1: hearings need a start, end once, are bounded and cannot revive a passed due date', () => {
  // Accepted 2026-09-24: the statutory handling period ends 2026-11-23 (the case).
  const opened = [
    step(E.REGISTERED, '2026-09-20T10:00:00'),
    step(E.ACCEPTED, '2026-09-24T10:00:00'),
    step(E.ASSIGNED, '2026-09-25T10:00:00', { leaderId: 3 }),
  ];
  const inProgress = run(opened);

  it('starts from a handling due date of 2026-11-23', () => {
    expect(handlingDueAt(inProgress)).toEqual(endOf('2026-11-23'));
    expect(openStage(inProgress)).toBe('FIRST');
  });

  it('refuses HEARING_ENDED without HEARING_STARTED', () => {
    expect(() => applyStep(inProgress, hearingEnd('2026-10-05T10:00:00', 3))).toThrow(
      refusedWith(ClockRuleCode.NO_HEARING_OPEN),
    );
    // On a case merely accepted the state machine refuses it outright.
    const accepted = run(opened.slice(0, 2));
    expect(() => applyStep(accepted, hearingEnd('2026-10-05T10:00:00', 3))).toThrow(IllegalTransitionError);
  });

  it('refuses more days than the hearing lasted, the start day counted', () => {
    const hearing = applyStep(inProgress, hearingStart('2026-10-10T09:00:00'));
    expect(() => applyStep(hearing, hearingEnd('2026-10-12T17:00:00', 4))).toThrow(
      refusedWith(ClockRuleCode.HEARING_TOO_LONG),
    );
    const ended = applyStep(hearing, hearingEnd('2026-10-12T17:00:00', 3));
    expect(ended.pausedDays).toBe(3);
    expect(ended.hearingStartedAt).toBeNull();
    expect(handlingDueAt(ended)).toEqual(endOf('2026-11-26'));
  });

  it('refuses a second end of the same hearing', () => {
    const ended = run([...opened, hearingStart('2026-10-10T09:00:00'), hearingEnd('2026-10-12T17:00:00', 3)]);
    expect(() => applyStep(ended, hearingEnd('2026-10-13T10:00:00', 1))).toThrow(
      refusedWith(ClockRuleCode.NO_HEARING_OPEN),
    );
    expect(ended.pausedDays).toBe(3);
  });

  it('refuses a second start while a hearing is under way, and a reply before it ends', () => {
    const hearing = applyStep(inProgress, hearingStart('2026-10-10T09:00:00'));
    expect(() => applyStep(hearing, hearingStart('2026-10-11T09:00:00'))).toThrow(
      refusedWith(ClockRuleCode.HEARING_ALREADY_OPEN),
    );
    expect(() => applyStep(hearing, answer('2026-10-11T09:00:00'))).toThrow(
      refusedWith(ClockRuleCode.HEARING_ALREADY_OPEN),
    );
  });

  it('bounds the hearing days of one stage in total (maxHearingDays)', () => {
    const options: ClockOptions = { rules: { maxHearingDays: 5 } };
    const second = run(
      [
        ...opened,
        hearingStart('2026-10-10T09:00:00'),
        hearingEnd('2026-10-12T17:00:00', 3),
        hearingStart('2026-10-20T09:00:00'),
      ],
      options,
    );
    expect(() => applyStep(second, hearingEnd('2026-10-22T17:00:00', 3), options)).toThrow(
      refusedWith(ClockRuleCode.HEARING_TOO_LONG),
    );
    expect(applyStep(second, hearingEnd('2026-10-22T17:00:00', 2), options).pausedDays).toBe(5);
  });

  it('refuses a hearing on a case already past its due date, so an overdue case stays overdue', () => {
    // 2026-12-06 is 13 days after the due date: the issue moved it to 2027-03-23 with two calls.
    const now = '2026-12-06T10:00:00';
    expect(() => applyStep(inProgress, hearingStart(now))).toThrow(
      refusedWith(ClockRuleCode.DEADLINE_PASSED),
    );
    expect(() => applyStep(inProgress, hearingEnd(now, 60))).toThrow(
      refusedWith(ClockRuleCode.NO_HEARING_OPEN),
    );
    expect(() =>
      applyStep(
        inProgress,
        step(E.EXTENDED, now, { leaderId: 3, payload: { days: 30, reason: 'More time.' } }),
      ),
    ).toThrow(refusedWith(ClockRuleCode.HANDLING_DEADLINE_PASSED));
    expect(() => applyStep(inProgress, deadline(now, 60))).toThrow(
      refusedWith(ClockRuleCode.DEADLINE_PASSED),
    );

    const replied = applyStep(inProgress, answer('2026-12-10T10:00:00'));
    expect(deadlineOf(replied, DeadlineKind.HANDLING, '2026-12-31T00:00:00')).toMatchObject({
      dueAt: endOf('2026-11-23'),
      state: DeadlineState.MISSED,
      daysLeft: -17,
    });
    expect(kpi(KpiCode.ON_TIME_CLOSURE, replied, month('2026-11'), '2026-12-31T00:00:00')).toEqual({
      numerator: 0,
      denominator: 1,
      rate: 0,
    });
  });

  it('refuses a hearing that would still be running after its due date passed', () => {
    // Begun on the last day; ending it after the due date would pull an overdue case back to on time.
    const hearing = applyStep(inProgress, hearingStart('2026-11-23T09:00:00'));
    expect(deadlineOf(hearing, DeadlineKind.HANDLING, '2026-12-20T00:00:00').state).toBe(
      DeadlineState.OVERDUE,
    );
    expect(() => applyStep(hearing, hearingEnd('2026-12-20T10:00:00', 28))).toThrow(
      refusedWith(ClockRuleCode.DEADLINE_PASSED),
    );
    // The clock ran out: the hearing counts no days and the late reply is the way on.
    const replied = applyStep(hearing, answer('2026-12-20T10:00:00'));
    expect(replied.hearingStartedAt).toBeNull();
    expect(replied.pausedDays).toBe(0);
    expect(deadlineOf(replied, DeadlineKind.HANDLING, '2026-12-21T00:00:00').state).toBe(
      DeadlineState.MISSED,
    );
  });

  it('counts a hearing ended on the due day: the clock was still running', () => {
    const hearing = applyStep(inProgress, hearingStart('2026-11-20T09:00:00'));
    const ended = applyStep(hearing, hearingEnd('2026-11-23T18:00:00', 4));
    expect(handlingDueAt(ended)).toEqual(endOf('2026-11-27'));
  });

  it('records a hearing longer than the time left in parts, each ended while the clock runs', () => {
    const first = run([...opened, hearingStart('2026-11-20T09:00:00'), hearingEnd('2026-11-23T18:00:00', 4)]);
    const continued = applyStep(first, hearingStart('2026-11-23T18:30:00'));
    const ended = applyStep(continued, hearingEnd('2026-11-27T17:00:00', 5));
    expect(ended.pausedDays).toBe(9);
    expect(handlingDueAt(ended)).toEqual(endOf('2026-12-02'));
  });

  it('refuses DEADLINE_SET again once the leadership deadline it set has passed (1 day → 60 days)', () => {
    // 09-25..27 is the 2026 Mid-Autumn break: one day from 09-24 ends on Monday 09-28.
    const oneDay = applyStep(inProgress, deadline('2026-09-25T11:00:00', 1));
    expect(leadershipDueAt(oneDay)).toEqual(endOf('2026-09-28'));
    expect(() => applyStep(oneDay, deadline('2026-09-29T10:00:00', 60))).toThrow(
      refusedWith(ClockRuleCode.DEADLINE_PASSED),
    );
    // Before it passes, leadership may still change its own date.
    expect(leadershipDueAt(applyStep(oneDay, deadline('2026-09-25T16:00:00', 15)))).toEqual(
      endOf('2026-10-09'),
    );
  });

  it('refuses a leadership deadline that would already have passed, or exceed the statutory 60 days', () => {
    expect(() => applyStep(inProgress, deadline('2026-10-30T10:00:00', 15))).toThrow(
      refusedWith(ClockRuleCode.DEADLINE_PASSED),
    );
    expect(() => applyStep(inProgress, deadline('2026-09-25T10:00:00', 61))).toThrow(
      refusedWith(ClockRuleCode.INVALID_DAYS),
    );
  });

  it('refuses a hearing that would move a leadership deadline already passed', () => {
    // 09-24 + 10 = 10-04, inside the National Day break (10-01..07): due 10-08.
    const set = applyStep(inProgress, deadline('2026-09-25T11:00:00', 10));
    expect(leadershipDueAt(set)).toEqual(endOf('2026-10-08'));
    expect(() => applyStep(set, hearingStart('2026-10-10T09:00:00'))).toThrow(
      refusedWith(ClockRuleCode.DEADLINE_PASSED),
    );
    // Nor may a hearing begun in time be ended once the leadership date has passed meanwhile.
    const hearing = applyStep(set, hearingStart('2026-10-08T09:00:00'));
    expect(() => applyStep(hearing, hearingEnd('2026-10-09T17:00:00', 2))).toThrow(
      refusedWith(ClockRuleCode.DEADLINE_PASSED),
    );
    expect(leadershipDueAt(set)).toEqual(endOf('2026-10-08'));
  });

  it('never moves HANDLING with a leadership deadline: it is a second, tighter clock', () => {
    const set = applyStep(inProgress, deadline('2026-09-25T11:00:00', 15));
    expect(handlingDueAt(set)).toEqual(handlingDueAt(inProgress));
    const replied = applyStep(set, answer('2026-10-20T10:00:00'));
    const ds = computeDeadlines(replied, t('2026-10-21T00:00:00'));
    expect(ds.filter((d) => d.kind === DeadlineKind.HANDLING || d.kind === DeadlineKind.LEADERSHIP)).toEqual([
      expect.objectContaining({
        kind: DeadlineKind.HANDLING,
        dueAt: endOf('2026-11-23'),
        state: DeadlineState.MET,
      }),
      expect.objectContaining({
        kind: DeadlineKind.LEADERSHIP,
        dueAt: endOf('2026-10-09'),
        state: DeadlineState.MISSED,
      }),
    ]);
    // The extension lengthens the statutory period only.
    const extended = applyStep(
      set,
      step(E.EXTENDED, '2026-09-30T10:00:00', { leaderId: 3, payload: { days: 30, reason: 'Survey.' } }),
    );
    expect(handlingDueAt(extended)).toEqual(endOf('2026-12-23'));
    expect(leadershipDueAt(extended)).toEqual(endOf('2026-10-09'));
  });
});

// ------------------------------------------------------------------ item 2: hearings per stage

describe('item 2: a hearing during 复查 pauses only the review clock', () => {
  // Accepted 2023-08-10: due 10-09. Replied 10-29, twenty days late; review asked 11-01.
  const events = [
    step(E.REGISTERED, '2023-08-08T10:00:00'),
    step(E.ACCEPTED, '2023-08-10T10:00:00'),
    step(E.ASSIGNED, '2023-08-11T10:00:00', { leaderId: 2 }),
    answer('2023-10-29T10:00:00'),
    delivered('2023-10-30T10:00:00', '2023-10-30'),
    withReason(E.REVIEW_REQUESTED, '2023-11-01T10:00:00'),
  ];
  const underReview = run(events);
  // A 30-day hearing, 11-02 to 12-01 (the review's own due day, so its clock was still running).
  const afterHearing = run([
    ...events,
    hearingStart('2023-11-02T09:00:00'),
    hearingEnd('2023-12-01T17:00:00', 30),
  ]);

  it('adds the 30 days to the review clock and nothing to the first instance', () => {
    expect(openStage(underReview)).toBe('REVIEW');
    expect(afterHearing).toMatchObject({ pausedDays: 0, reviewPausedDays: 30 });
    expect(handlingDueAt(afterHearing)).toEqual(handlingDueAt(underReview));
    expect(handlingDueAt(afterHearing)).toEqual(endOf('2023-10-09'));
    // 11-01 + 30 + 30 = 12-31, a Sunday; 2024-01-01 is New Year's Day: due 2024-01-02.
    expect(reviewDueAt(afterHearing)).toEqual(endOf('2024-01-02'));
    expect(stageDueAt(afterHearing, 'REVIEW')).toEqual(endOf('2024-01-02'));
  });

  it('keeps the late first reply late, counted in October and not in November', () => {
    const done = applyStep(afterHearing, answer('2023-12-20T10:00:00', { changed: false }));
    expect(deadlineOf(done, DeadlineKind.HANDLING, '2024-01-31T00:00:00')).toMatchObject({
      state: DeadlineState.MISSED,
      daysLeft: -20,
    });
    expect(deadlineOf(done, DeadlineKind.REVIEW, '2024-01-31T00:00:00').state).toBe(DeadlineState.MET);
    expect(kpi(KpiCode.ON_TIME_CLOSURE, done, month('2023-10'), '2024-01-31T00:00:00')).toEqual({
      numerator: 0,
      denominator: 1,
      rate: 0,
    });
    expect(kpi(KpiCode.ON_TIME_CLOSURE, done, month('2023-11'), '2024-01-31T00:00:00').denominator).toBe(0);
  });

  it('gives each stage its own hearings: a re-review hearing leaves review and first instance alone', () => {
    const rereview = run([
      ...events,
      answer('2023-11-20T10:00:00', { changed: true }),
      delivered('2023-11-21T10:00:00', '2023-11-21'),
      withReason(E.REREVIEW_REQUESTED, '2023-11-25T10:00:00'),
      hearingStart('2023-11-27T09:00:00'),
      hearingEnd('2023-11-28T17:00:00', 2),
    ]);
    expect(rereview).toMatchObject({ pausedDays: 0, reviewPausedDays: 0, rereviewPausedDays: 2 });
    expect(rereview.reviewChanged).toBe(true);
  });
});

// ------------------------------------------------------------------ item 3: ratings append-only

describe('item 3: ratings are append-only', () => {
  const events = [
    step(E.REGISTERED, '2023-06-01T10:00:00'),
    step(E.ACCEPTED, '2023-06-02T10:00:00'),
    answer('2023-06-15T10:00:00'),
    step(E.CLOSED, '2023-06-20T10:00:00'),
    rated('2023-06-25T10:00:00', Satisfaction.DISSATISFIED),
  ];
  const first = run(events);
  const rerated = applyStep(first, rated('2026-03-01T10:00:00', Satisfaction.SATISFIED));

  it('keeps the first rating when a second RATED arrives three years later', () => {
    expect(rerated).toMatchObject({
      satisfaction: Satisfaction.DISSATISFIED,
      ratedAt: t('2023-06-25T10:00:00'),
    });
    expect(rerated).toEqual(first);
  });

  it('leaves 2023 满意率 as it was', () => {
    const year2023 = { from: '2023-01-01', to: '2023-12-31' };
    const before = kpi(KpiCode.SATISFACTION, first, year2023, '2026-02-28T00:00:00');
    const after = kpi(KpiCode.SATISFACTION, rerated, year2023, '2026-03-02T00:00:00');
    expect(after).toEqual(before);
    expect(after).toEqual({ numerator: 0, denominator: 1, rate: 0 });
  });
});

// ------------------------------------------------------------------ item 4: reopened cases

describe('item 4: a reopened case has its own clock', () => {
  const events = [
    step(E.REGISTERED, '2023-03-01T10:00:00'),
    step(E.ACCEPTED, '2023-03-02T10:00:00'),
    answer('2023-04-10T10:00:00'),
    step(E.CLOSED, '2023-04-12T10:00:00'),
    withReason(E.REOPENED, '2023-05-04T10:00:00'),
  ];
  const reopened = run(events);

  it('opens a REOPENED stage due 60 days after the reopening', () => {
    expect(openStage(reopened)).toBe('REOPENED');
    expect(stageDueAt(reopened, 'REOPENED')).toEqual(endOf('2023-07-03'));
    expect(reopened).toMatchObject({ reopenCount: 1, reopenedAfterClosingAt: t('2023-05-04T10:00:00') });
  });

  it('shows the REOPENED deadline in the warnings: due soon, then overdue', () => {
    expect(deadlineOf(reopened, DeadlineKind.REOPENED, '2023-07-01T10:00:00').state).toBe(
      DeadlineState.DUE_SOON,
    );
    expect(deadlineOf(reopened, DeadlineKind.REOPENED, '2023-07-04T00:00:00')).toMatchObject({
      state: DeadlineState.OVERDUE,
      daysLeft: -1,
    });
  });

  it('answers the reopened clock with the next reply, keeping the first reply and counting the reopening', () => {
    const replied = applyStep(reopened, answer('2023-07-10T10:00:00'));
    expect(replied).toMatchObject({
      repliedAt: t('2023-04-10T10:00:00'),
      reopenRepliedAt: t('2023-07-10T10:00:00'),
    });
    expect(deadlineOf(replied, DeadlineKind.REOPENED, '2023-07-11T00:00:00')).toMatchObject({
      state: DeadlineState.MISSED,
      daysLeft: -7,
    });
    expect(kpi(KpiCode.REOPEN_RATE, replied, month('2023-04'), '2023-07-11T00:00:00')).toEqual({
      numerator: 1,
      denominator: 1,
      rate: 1,
    });
  });

  it('pauses only the reopened clock with a hearing of that stage', () => {
    const heard = run([...events, hearingStart('2023-05-10T09:00:00'), hearingEnd('2023-05-12T17:00:00', 3)]);
    expect(heard).toMatchObject({ pausedDays: 0, reopenPausedDays: 3 });
    expect(reopenDueAt(heard)).toEqual(endOf('2023-07-06'));
    expect(handlingDueAt(heard)).toEqual(handlingDueAt(reopened));
  });

  it('gives a second reopening a fresh clock with its own hearing days', () => {
    const again = run([
      ...events,
      hearingStart('2023-05-10T09:00:00'),
      hearingEnd('2023-05-12T17:00:00', 3),
      answer('2023-06-01T10:00:00'),
      withReason(E.REOPENED, '2023-06-05T10:00:00'),
    ]);
    expect(again).toMatchObject({ reopenCount: 2, reopenPausedDays: 0, reopenRepliedAt: null });
    expect(again.reopenedAfterClosingAt).toEqual(t('2023-05-04T10:00:00'));
    expect(stageDueAt(again, 'REOPENED')).toEqual(endOf('2023-08-04'));
  });

  it('does not count a reopening before closure in 重开率', () => {
    const notClosed = run([...events.slice(0, 3), withReason(E.REOPENED, '2023-04-20T10:00:00')]);
    expect(notClosed.reopenedAfterClosingAt).toBeNull();
    expect(openStage(notClosed)).toBe('REOPENED');
  });
});

// ------------------------------------------------------------------ item 5: last day and delivery

describe('item 5: the last-day rule and the review window from delivery', () => {
  const replied = run([
    step(E.REGISTERED, '2023-11-01T10:00:00'),
    step(E.ACCEPTED, '2023-11-02T10:00:00'),
    answer('2023-12-02T10:00:00'),
  ]);
  const deliveredSameDay = applyStep(replied, delivered('2023-12-02T15:00:00', '2023-12-02'));

  it('takes a review request of 2024-01-02 after a reply delivered 2023-12-02 (01-01 is a holiday)', () => {
    expect(deadlineOf(deliveredSameDay, DeadlineKind.REVIEW_REQUEST, '2023-12-03T00:00:00').dueAt).toEqual(
      endOf('2024-01-02'),
    );
    const requested = applyStep(deliveredSameDay, withReason(E.REVIEW_REQUESTED, '2024-01-02T09:30:00'));
    expect(requested.status).toBe(S.UNDER_REVIEW);
    expect(() => applyStep(deliveredSameDay, withReason(E.REVIEW_REQUESTED, '2024-01-03T09:30:00'))).toThrow(
      refusedWith(ClockRuleCode.REVIEW_WINDOW_CLOSED),
    );
  });

  it('refuses the same request with the last-day rule switched off', () => {
    expect(() =>
      applyStep(deliveredSameDay, withReason(E.REVIEW_REQUESTED, '2024-01-02T09:30:00'), {
        lastDayRule: false,
      }),
    ).toThrow(refusedWith(ClockRuleCode.REVIEW_WINDOW_CLOSED));
  });

  it('never dates a delivery before the answer it delivers', () => {
    // Delivered "on 12-02" by a step recorded that afternoon: the day starts before the 10:00 reply.
    expect(deliveredSameDay.deliveredAt).toEqual(t('2023-12-02T10:00:00'));
    const later = applyStep(replied, delivered('2023-12-12T10:00:00', '2023-12-08'));
    expect(later.deliveredAt).toEqual(t('2023-12-08T00:00:00'));
  });

  it('runs the window from the delivery, and keeps it open while no delivery is recorded', () => {
    const deliveredLate = applyStep(replied, delivered('2023-12-22T10:00:00', '2023-12-20'));
    // 12-20 + 30 = 2024-01-19; the reply's own 30 days ended on 01-02.
    expect(applyStep(deliveredLate, withReason(E.REVIEW_REQUESTED, '2024-01-19T16:00:00')).status).toBe(
      S.UNDER_REVIEW,
    );
    expect(() => applyStep(deliveredLate, withReason(E.REVIEW_REQUESTED, '2024-01-20T09:00:00'))).toThrow(
      refusedWith(ClockRuleCode.REVIEW_WINDOW_CLOSED),
    );
    expect(applyStep(replied, withReason(E.REVIEW_REQUESTED, '2024-03-01T09:00:00')).status).toBe(
      S.UNDER_REVIEW,
    );
  });

  it('refuses a delivery before there is an answer', () => {
    const inProgress = run([
      step(E.REGISTERED, '2023-11-01T10:00:00'),
      step(E.ACCEPTED, '2023-11-02T10:00:00'),
      step(E.ASSIGNED, '2023-11-03T10:00:00', { leaderId: 1 }),
    ]);
    expect(() => applyStep(inProgress, delivered('2023-11-05T10:00:00', '2023-11-05'))).toThrow(
      IllegalTransitionError,
    );
  });

  it('refuses a delivery dated before the answer, or in the future', () => {
    expect(() => applyStep(replied, delivered('2023-12-05T10:00:00', '2023-12-01'))).toThrow(
      refusedWith(ClockRuleCode.INVALID_DATE),
    );
    expect(() => applyStep(replied, delivered('2023-12-05T10:00:00', '2023-12-06'))).toThrow(
      refusedWith(ClockRuleCode.INVALID_DATE),
    );
    expect(() => applyStep(replied, delivered('2023-12-05T10:00:00', '2023-02-30'))).toThrow(
      refusedWith(ClockRuleCode.INVALID_DATE),
    );
    expect(() => applyStep(replied, step(E.REPLY_DELIVERED, '2023-12-05T10:00:00'))).toThrow(
      refusedWith(ClockRuleCode.MISSING_INPUT),
    );
  });

  it('refuses a second delivery of the same answer, also after closing', () => {
    expect(() => applyStep(deliveredSameDay, delivered('2023-12-05T10:00:00', '2023-12-05'))).toThrow(
      refusedWith(ClockRuleCode.NOTHING_TO_DELIVER),
    );
    const closed = applyStep(deliveredSameDay, step(E.CLOSED, '2023-12-06T10:00:00'));
    expect(() => applyStep(closed, delivered('2023-12-07T10:00:00', '2023-12-07'))).toThrow(
      refusedWith(ClockRuleCode.NOTHING_TO_DELIVER),
    );
  });

  it('delivers the review answer to start the re-review window, leaving the first delivery alone', () => {
    const reviewAnswered = run([
      step(E.REGISTERED, '2023-11-01T10:00:00'),
      step(E.ACCEPTED, '2023-11-02T10:00:00'),
      answer('2023-12-02T10:00:00'),
      delivered('2023-12-02T15:00:00', '2023-12-02'),
      withReason(E.REVIEW_REQUESTED, '2023-12-10T10:00:00'),
      answer('2024-01-05T10:00:00', { changed: false }),
    ]);
    const reviewDelivered = applyStep(reviewAnswered, delivered('2024-01-08T10:00:00', '2024-01-08'));
    expect(reviewDelivered).toMatchObject({
      deliveredAt: t('2023-12-02T10:00:00'),
      reviewDeliveredAt: t('2024-01-08T00:00:00'),
    });
    // 01-08 + 30 = 02-07.
    expect(deadlineOf(reviewDelivered, DeadlineKind.REREVIEW_REQUEST, '2024-01-09T00:00:00').dueAt).toEqual(
      endOf('2024-02-07'),
    );
  });
});

// ------------------------------------------------------------------ inputs and roles

describe('step inputs and their limits', () => {
  const base = run([step(E.REGISTERED, '2023-06-01T10:00:00'), step(E.ACCEPTED, '2023-06-02T10:00:00')]);

  it('refuses text over its limit with INPUT_TOO_LONG, counting characters, not UTF-16 units', () => {
    const instruction = (text: string): StepEvent =>
      step(E.INSTRUCTION, '2023-06-03T10:00:00', { leaderId: 1, payload: { text } });
    expect(() => applyStep(base, instruction('办'.repeat(TEXT_LIMITS.text + 1)))).toThrow(
      refusedWith(ClockRuleCode.INPUT_TOO_LONG),
    );
    expect(applyStep(base, instruction('办'.repeat(TEXT_LIMITS.text))).status).toBe(S.ACCEPTED);
    // 5,000 emoji are 10,000 UTF-16 units but 5,000 characters.
    expect(checkStepInput(instruction('😀'.repeat(TEXT_LIMITS.text)))).toEqual({ ok: true });
  });

  it('limits party names of a coordination meeting to 64 characters', () => {
    const meeting = (parties: string[]): StepEvent =>
      step(E.COORDINATION, '2023-06-03T10:00:00', { payload: { parties, decisions: ['Repair the road.'] } });
    expect(checkStepInput(meeting(['村委会', 'x'.repeat(TEXT_LIMITS.partyName)]))).toEqual({ ok: true });
    expect(checkStepInput(meeting(['村委会', 'x'.repeat(TEXT_LIMITS.partyName + 1)]))).toMatchObject({
      ok: false,
      code: ClockRuleCode.INPUT_TOO_LONG,
    });
    expect(checkStepInput(meeting(['村委会']))).toMatchObject({
      ok: false,
      code: ClockRuleCode.MISSING_INPUT,
    });
  });

  it('refuses missing or blank required input with MISSING_INPUT', () => {
    expect(() => applyStep(base, step(E.ASSIGNED, '2023-06-03T10:00:00'))).toThrow(
      refusedWith(ClockRuleCode.MISSING_INPUT),
    );
    expect(() =>
      applyStep(
        base,
        step(E.EXTENDED, '2023-06-03T10:00:00', { leaderId: 1, payload: { days: 10, reason: '   ' } }),
      ),
    ).toThrow(refusedWith(ClockRuleCode.MISSING_INPUT));
    expect(() => applyStep(base, step(E.REPLIED, '2023-06-03T10:00:00', { payload: { text: 'x' } }))).toThrow(
      refusedWith(ClockRuleCode.MISSING_INPUT),
    );
  });

  it('refuses days outside a step’s range with INVALID_DAYS', () => {
    const extension = (days: unknown): StepEvent =>
      step(E.EXTENDED, '2023-06-03T10:00:00', { leaderId: 1, payload: { days, reason: 'Survey.' } });
    for (const days of [0, -3, 31, 7.5, '10']) {
      expect(() => applyStep(base, extension(days))).toThrow(refusedWith(ClockRuleCode.INVALID_DAYS));
    }
    expect(applyStep(base, extension(30)).extensionDays).toBe(30);
  });

  it('needs a unit or a leader for supervision', () => {
    const supervise = (input: StepInput): StepEvent =>
      step(E.SUPERVISED, '2023-06-03T10:00:00', { payload: { note: 'Supervised.' }, ...input });
    expect(() => applyStep(base, supervise({}))).toThrow(refusedWith(ClockRuleCode.MISSING_INPUT));
    expect(applyStep(base, supervise({ unitId: 4 })).status).toBe(S.ACCEPTED);
    expect(applyStep(base, supervise({ leaderId: 2 })).status).toBe(S.ACCEPTED);
    expect(() => applyStep(base, supervise({ unitId: 4, payload: {} }))).toThrow(
      refusedWith(ClockRuleCode.MISSING_INPUT),
    );
  });

  it('needs the review decision (changed or not) only when answering a review', () => {
    const reply = answer('2023-06-10T10:00:00');
    expect(checkStepInput(reply, 'FIRST')).toEqual({ ok: true });
    expect(checkStepInput(reply, 'REVIEW')).toMatchObject({ ok: false, code: ClockRuleCode.MISSING_INPUT });
    expect(checkStepInput(reply, 'REREVIEW')).toMatchObject({ ok: false, code: ClockRuleCode.MISSING_INPUT });
  });
});

describe('roles', () => {
  it('lets ADMIN and CLERK take every step', () => {
    for (const type of Object.values(E)) {
      expect(roleMayTake(Role.ADMIN, type)).toBe(true);
      expect(roleMayTake(Role.CLERK, type)).toBe(true);
    }
  });
  it('lets a LEADER record only their own visits, instructions and supervision', () => {
    const leaderSteps = Object.values(E).filter((type) => roleMayTake(Role.LEADER, type));
    expect(leaderSteps).toEqual([E.VISIT, E.INSTRUCTION, E.SUPERVISED]);
    for (const type of leaderSteps) expect(STEP_CATALOGUE[type].leaderActsAsSelf).toBe(true);
  });
  it('lets ANALYST and DISPLAY take no step', () => {
    for (const type of Object.values(E)) {
      expect(roleMayTake(Role.ANALYST, type)).toBe(false);
      expect(roleMayTake(Role.DISPLAY, type)).toBe(false);
    }
  });
  it('labels every step', () => {
    for (const type of Object.values(E)) {
      expect(STEP_CATALOGUE[type].type).toBe(type);
      expect(STEP_CATALOGUE[type].label.zh.length * STEP_CATALOGUE[type].label.en.length).toBeGreaterThan(0);
    }
  });
});

// ------------------------------------------------------------------ property: no sequence bends a clock

/** One random draw per step: which allowed event, how long after the previous step, and its inputs. */
interface Draw {
  pick: number;
  gapMinutes: number;
  n: number;
  flag: boolean;
}

const DAY_MINUTES = 24 * 60;
const drawArb: fc.Arbitrary<Draw> = fc.record({
  pick: fc.nat(),
  // Mostly hours to days, sometimes weeks, so deadlines are both met and missed.
  gapMinutes: fc.oneof(
    fc.integer({ min: 1, max: 2 * DAY_MINUTES }),
    fc.integer({ min: 1, max: 20 * DAY_MINUTES }),
    fc.integer({ min: 1, max: 50 * DAY_MINUTES }),
  ),
  n: fc.nat({ max: 10_000 }),
  flag: fc.boolean(),
});
const optionsArb: fc.Arbitrary<ClockOptions | undefined> = fc.constantFrom(
  undefined,
  { lastDayRule: false },
  { dayMode: 'WORKING' as const },
  { rules: { maxHearingDays: 10 } },
);

// Steps that move a case on or touch a clock are drawn five times as often as side steps (visits,
// oversight, repeat marking), so sequences reach reviews, reopenings and hearings.
const SIDE_STEPS = new Set<E>([
  E.FORWARDED,
  E.ASSIGNED,
  E.VISIT,
  E.INSTRUCTION,
  E.SUPERVISED,
  E.COORDINATION,
  E.MARKED_REPEAT,
  E.NOT_ACCEPTED,
]);
function weighted(allowed: readonly E[], f: CaseFacts): E[] {
  // While a hearing is under way, ending it is the likeliest next step.
  const weight = (type: E): number =>
    type === E.HEARING_ENDED && f.hearingStartedAt ? 30 : SIDE_STEPS.has(type) ? 1 : 5;
  return allowed.flatMap((type) => Array<E>(weight(type)).fill(type));
}

const OUTCOMES = Object.values(Outcome);
const SATISFACTIONS = Object.values(Satisfaction);
const VISIT_KINDS = Object.values(VisitKind);

/** Plausible inputs for the step, sometimes out of range (those are refused and skipped). */
function plausibleStep(type: E, at: Date, f: CaseFacts, d: Draw): StepEvent {
  const leaderId = 1 + (d.n % 5);
  const reason = { reason: 'Asked for by the petitioner.' };
  switch (type) {
    case E.FORWARDED:
      return { type, at, unitId: 1 + (d.n % 7) };
    case E.ASSIGNED:
      return { type, at, leaderId };
    case E.VISIT:
      return { type, at, leaderId, visitKind: VISIT_KINDS[d.n % VISIT_KINDS.length] };
    case E.INSTRUCTION:
      return { type, at, leaderId, payload: { text: 'Settle it this month.' } };
    case E.SUPERVISED:
      return { type, at, ...(d.flag ? { unitId: 2 } : { leaderId }), payload: { note: 'Supervised.' } };
    case E.COORDINATION:
      return { type, at, payload: { parties: ['村委会', '信访人'], decisions: ['Repair the road.'] } };
    case E.DEADLINE_SET:
      return { type, at, payload: { days: 1 + (d.n % 60) } };
    case E.HEARING_ENDED: {
      const lasted = f.hearingStartedAt ? diffLocalDays(localDate(f.hearingStartedAt), localDate(at)) + 1 : 1;
      return { type, at, payload: { days: 1 + (d.n % (lasted + 2)) } };
    }
    case E.EXTENDED:
      return { type, at, leaderId, payload: { days: 1 + (d.n % 30), ...reason } };
    case E.REPLIED:
      return {
        type,
        at,
        payload: { outcome: OUTCOMES[d.n % OUTCOMES.length], text: 'Written answer.', changed: d.flag },
      };
    case E.REPLY_DELIVERED: {
      // Usually a day up to a week back, now and then tomorrow (refused).
      const offset = d.n % 9 === 0 ? 1 : -(d.n % 8);
      return { type, at, payload: { deliveredOn: addLocalDays(localDate(at), offset) } };
    }
    case E.RATED:
      return { type, at, payload: { satisfaction: SATISFACTIONS[d.n % SATISFACTIONS.length] } };
    case E.NOT_ACCEPTED:
    case E.REVIEW_REQUESTED:
    case E.REREVIEW_REQUESTED:
    case E.REOPENED:
      return { type, at, payload: reason };
    case E.MARKED_REPEAT:
      return { type, at, payload: { repeatOfCode: 'LX-2023-000001', repeatOfId: 1 } };
    default:
      return { type, at };
  }
}

// The office's own clocks must never disappear once overdue; the petitioner's windows restart with a new answer.
const OFFICE_KINDS = new Set<DeadlineKind>([
  DeadlineKind.REGISTRATION,
  DeadlineKind.ACCEPTANCE,
  DeadlineKind.HANDLING,
  DeadlineKind.LEADERSHIP,
  DeadlineKind.REVIEW,
  DeadlineKind.REREVIEW,
  DeadlineKind.REOPENED,
]);

/** A clock is its kind and its start: a new start (a new reopening, a new answer delivered) is a new clock. */
const clockKey = (d: Deadline): string => `${d.kind}@${d.startAt.toISOString()}`;

/** Properties (a), (b) and (e) for one accepted step; returns what was bent, empty when nothing. */
function bends(before: CaseFacts, after: CaseFacts, at: Date, options?: ClockOptions): string[] {
  const was = computeDeadlines(before, at, options);
  const now = new Map(computeDeadlines(after, at, options).map((d) => [clockKey(d), d]));
  const found: string[] = [];
  for (const d of was) {
    const next = now.get(clockKey(d));
    // (b) a due date that had passed does not move.
    if (at.getTime() > d.dueAt.getTime() && next && next.dueAt.getTime() !== d.dueAt.getTime()) {
      found.push(
        `${d.kind} due ${d.dueAt.toISOString()} had passed and moved to ${next.dueAt.toISOString()}`,
      );
    }
    // (e) a deadline already done keeps when it was done and whether it was met.
    if (d.doneAt && next && (next.doneAt?.getTime() !== d.doneAt.getTime() || next.state !== d.state)) {
      found.push(
        `done ${d.kind} (${d.state} at ${d.doneAt.toISOString()}) became ${next.state} at ${next.doneAt?.toISOString()}`,
      );
    }
    // (a) an overdue deadline stays overdue or becomes missed, never met or on time again.
    if (d.state === DeadlineState.OVERDUE) {
      if (!next && OFFICE_KINDS.has(d.kind)) found.push(`overdue ${d.kind} disappeared`);
      if (next && next.state !== DeadlineState.OVERDUE && next.state !== DeadlineState.MISSED) {
        found.push(`overdue ${d.kind} became ${next.state}`);
      }
    }
  }
  return found;
}

describe('property: random sequences of allowed steps', () => {
  it('never make an overdue deadline good, never move a passed due date or rewrite a done one, and fold to the same facts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: t('2021-01-01T00:00:00').getTime(), max: t('2026-06-30T00:00:00').getTime() }),
        optionsArb,
        fc.array(drawArb, { minLength: 1, maxLength: 40 }),
        (startMs, options, draws) => {
          const received = new Date(startMs);
          const events: StepEvent[] = [{ type: E.REGISTERED, at: received }];
          const history: { at: Date; facts: CaseFacts }[] = [{ at: received, facts: initialFacts(received) }];
          let facts = history[0]?.facts ?? initialFacts(received);
          let now = startMs;
          for (const d of draws) {
            now += d.gapMinutes * 60_000;
            const at = new Date(now);
            const allowed = weighted(allowedEventsInState(facts), facts);
            const type = allowed[d.pick % allowed.length];
            if (type === undefined) break;
            const e = plausibleStep(type, at, facts, d);
            let next: CaseFacts;
            try {
              next = applyStep(facts, e, options);
            } catch (error) {
              // Refusals are the rules at work; an illegal transition would mean the draw was wrong.
              if (error instanceof StepRefusedError) continue;
              throw error;
            }
            expect(bends(facts, next, at, options), `${type} at ${at.toISOString()}`).toEqual([]);
            events.push(e);
            facts = next;
            history.push({ at, facts });
          }
          // (c) the fold of the accepted events is the facts built step by step.
          expect(foldEvents(events)).toEqual(facts);
          // (d) as of any instant, the fold of the events up to it is the facts right after the last of them.
          expect(foldEventsAsOf(events, new Date(startMs - 1))).toBeNull();
          history.forEach((h, i) => {
            const nextAt = history[i + 1]?.at.getTime() ?? h.at.getTime() + 86_400_000;
            for (const probe of [h.at.getTime(), Math.floor((h.at.getTime() + nextAt) / 2), nextAt - 1]) {
              expect(foldEventsAsOf(events, new Date(probe))).toEqual(h.facts);
            }
          });
        },
      ),
      { numRuns: 400 },
    );
    // About a second alone; the margin is for a busy machine.
  }, 20_000);
});
