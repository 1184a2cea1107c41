// The step catalogue against the bending attempts of issue 12, items 1–2 (hearings and deadlines):
// each attempt goes through applyStep and is refused with its ClockRuleCode, or harmless to the numbers.

import { describe, expect, it } from 'vitest';
import {
  type ClockOptions,
  ClockRuleCode,
  computeDeadlines,
  DeadlineKind,
  DeadlineState,
  handlingDueAt,
  leadershipDueAt,
  reviewDueAt,
} from './clock.js';
import { CaseEventType as E } from './enums.js';
import { KpiCode } from './kpi.js';
import { IllegalTransitionError } from './lifecycle.js';
import { applyStep } from './step-apply.js';
import { openStage, stageDueAt } from './case-facts.js';
import {
  answer,
  deadline,
  deadlineOf,
  delivered,
  endOf,
  hearingEnd,
  hearingStart,
  kpi,
  month,
  refusedWith,
  run,
  step,
  t,
  withReason,
} from './test/steps-fixtures.js';

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
