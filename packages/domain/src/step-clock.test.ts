// The step catalogue against the bending attempts of issue 12, items 3–5 (ratings, reopened cases, the
// last-day rule and the review window): refused with a ClockRuleCode, or harmless to the numbers.

import { describe, expect, it } from 'vitest';
import { ClockRuleCode, DeadlineKind, DeadlineState, handlingDueAt, reopenDueAt } from './clock.js';
import { CaseEventType as E, CaseStatus as S, Satisfaction } from './enums.js';
import { KpiCode } from './kpi.js';
import { IllegalTransitionError } from './lifecycle.js';
import { applyStep } from './step-apply.js';
import { openStage, stageDueAt } from './case-facts.js';
import {
  answer,
  deadlineOf,
  delivered,
  endOf,
  hearingEnd,
  hearingStart,
  kpi,
  month,
  rated,
  refusedWith,
  run,
  step,
  t,
  withReason,
} from './test/steps-fixtures.js';

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
