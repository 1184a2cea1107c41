// The outcome KPIs: satisfaction and rating participation, leader case resolution, repeat petitions,
// reopened cases and changed reviews (the deadline KPIs and the shared rules are in kpi.test.ts).
import { describe, expect, it } from 'vitest';
import { CaseStatus as S, Satisfaction } from './enums.js';
import { isResolved, KPI_DEFINITIONS, KpiCode } from './kpi.js';
import { kase, kpi, t } from './test/kpi-fixtures.js';

describe('SATISFACTION (群众满意率)', () => {
  it('counts satisfied and basically satisfied among cases rated in June, by rating time', () => {
    const cases = [
      kase({ satisfaction: Satisfaction.SATISFIED, ratedAt: t('2023-06-05T10:00:00') }),
      kase({ satisfaction: Satisfaction.BASICALLY_SATISFIED, ratedAt: t('2023-06-30T23:59:59.999') }),
      kase({ satisfaction: Satisfaction.DISSATISFIED, ratedAt: t('2023-06-15T10:00:00') }),
      kase({ satisfaction: Satisfaction.SATISFIED, ratedAt: t('2023-07-01T00:00:00') }), // July
      kase({ satisfaction: Satisfaction.SATISFIED, ratedAt: null }), // no rating time: not counted
      kase({
        satisfaction: Satisfaction.SATISFIED,
        ratedAt: t('2023-06-20T10:00:00'),
        receivedAt: t('2022-12-01T10:00:00'),
      }),
    ];
    expect(kpi(KpiCode.SATISFACTION, cases)).toEqual({ numerator: 3, denominator: 4, rate: 0.75 });
  });
});

describe('RATING_PARTICIPATION (参评率)', () => {
  const closedInJune = [
    kase({
      status: S.CLOSED,
      closedAt: t('2023-06-01T00:00:00'),
      satisfaction: Satisfaction.SATISFIED,
      ratedAt: t('2023-06-05T10:00:00'),
    }),
    kase({
      status: S.CLOSED,
      closedAt: t('2023-06-30T20:00:00'),
      satisfaction: Satisfaction.DISSATISFIED,
      ratedAt: t('2023-07-02T10:00:00'),
    }),
    kase({ status: S.CLOSED, closedAt: t('2023-06-15T10:00:00') }),
    kase({
      status: S.CLOSED,
      closedAt: t('2023-05-31T23:00:00'),
      satisfaction: Satisfaction.SATISFIED,
      ratedAt: t('2023-06-02T10:00:00'),
    }),
  ];
  it('counts June closures rated by asOf, even when rated in July', () => {
    expect(kpi(KpiCode.RATING_PARTICIPATION, closedInJune)).toEqual({
      numerator: 2,
      denominator: 3,
      rate: 2 / 3,
    });
  });
  it('does not count a rating given after asOf', () => {
    expect(kpi(KpiCode.RATING_PARTICIPATION, closedInJune, t('2023-07-01T00:00:00'))).toEqual({
      numerator: 1,
      denominator: 3,
      rate: 1 / 3,
    });
  });
});

describe('LEADER_RESOLUTION (包案化解率)', () => {
  const leader = 'L-001';
  const closed = { status: S.CLOSED, closedAt: t('2023-06-25T10:00:00') };
  const cases = [
    kase({
      leaderId: leader,
      ...closed,
      satisfaction: Satisfaction.SATISFIED,
      ratedAt: t('2023-06-26T10:00:00'),
    }),
    kase({ leaderId: leader, ...closed }), // unrated: silence is not consent, not resolved
    kase({
      leaderId: leader,
      ...closed,
      satisfaction: Satisfaction.DISSATISFIED,
      ratedAt: t('2023-06-26T10:00:00'),
    }),
    kase({
      leaderId: leader,
      status: S.UNDER_REVIEW,
      closedAt: t('2023-06-20T10:00:00'),
      reviewRequestedAt: t('2023-06-28T10:00:00'),
    }),
    kase({ leaderId: leader, status: S.IN_PROGRESS }),
    kase({ ...closed }), // no leader
    kase({ leaderId: leader, ...closed, receivedAt: t('2023-05-20T10:00:00') }), // May
  ];
  it('counts 1 resolved of 5 leader-owned June cases: only the one closed and rated satisfied', () => {
    expect(kpi(KpiCode.LEADER_RESOLUTION, cases)).toEqual({ numerator: 1, denominator: 5, rate: 0.2 });
  });
  it('does not count a closure after asOf as resolved', () => {
    expect(kpi(KpiCode.LEADER_RESOLUTION, cases, t('2023-06-25T09:00:00'))).toEqual({
      numerator: 0,
      denominator: 5,
      rate: 0,
    });
  });
  it('isResolved needs status CLOSED and a satisfied or basically satisfied rating', () => {
    const closedCase = { status: S.CLOSED, closedAt: t('2023-06-25T10:00:00') };
    const rated = (satisfaction: Satisfaction) =>
      kase({ ...closedCase, satisfaction, ratedAt: t('2023-06-26T10:00:00') });
    expect(isResolved(rated(Satisfaction.BASICALLY_SATISFIED))).toBe(true);
    expect(isResolved(rated(Satisfaction.SATISFIED))).toBe(true);
    expect(isResolved(rated(Satisfaction.DISSATISFIED))).toBe(false);
    // Unrated, or a satisfaction without its rating time: not resolved.
    expect(isResolved(kase(closedCase))).toBe(false);
    expect(isResolved(kase({ ...closedCase, satisfaction: Satisfaction.SATISFIED }))).toBe(false);
    expect(
      isResolved(
        kase({
          status: S.REPLIED,
          repliedAt: t('2023-06-25T10:00:00'),
          satisfaction: Satisfaction.SATISFIED,
          ratedAt: t('2023-06-26T10:00:00'),
        }),
      ),
    ).toBe(false);
  });
  it('does not count a satisfied rating given after asOf', () => {
    expect(kpi(KpiCode.LEADER_RESOLUTION, cases, t('2023-06-26T09:00:00'))).toEqual({
      numerator: 0,
      denominator: 5,
      rate: 0,
    });
  });
});

describe('REPEAT_RATE (重复访率)', () => {
  it('counts repeat petitions among cases received in June', () => {
    const cases = [
      kase({ repeatOfId: 'C-OLD' }),
      kase({}),
      kase({}),
      kase({ receivedAt: t('2023-06-30T23:59:59.999') }),
      kase({ repeatOfId: 'C-OLD', receivedAt: t('2023-07-01T00:00:00') }), // July
    ];
    expect(kpi(KpiCode.REPEAT_RATE, cases)).toEqual({ numerator: 1, denominator: 4, rate: 0.25 });
  });
  it('marks REPEAT_RATE as a rate where lower is better', () => {
    expect(KPI_DEFINITIONS[KpiCode.REPEAT_RATE].higherIsBetter).toBe(false);
  });
});

describe('REOPEN_RATE (重开率)', () => {
  const closedInJune = {
    receivedAt: t('2023-04-01T10:00:00'),
    status: S.CLOSED,
    closedAt: t('2023-06-10T10:00:00'),
  };
  const cases = [
    kase({ ...closedInJune, status: S.IN_PROGRESS, reopenedAfterClosingAt: t('2023-07-05T10:00:00') }),
    kase({ ...closedInJune }),
    kase({ ...closedInJune, closedAt: t('2023-06-30T23:59:59.999') }),
    kase({
      ...closedInJune,
      closedAt: t('2023-05-31T10:00:00'),
      reopenedAfterClosingAt: t('2023-06-02T10:00:00'),
    }), // May
    kase({ status: S.IN_PROGRESS }), // never closed
  ];
  it('counts June closures reopened later, by closing time', () => {
    expect(kpi(KpiCode.REOPEN_RATE, cases)).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
  });
  it('does not count a reopening after asOf', () => {
    expect(kpi(KpiCode.REOPEN_RATE, cases, t('2023-07-05T09:00:00'))).toEqual({
      numerator: 0,
      denominator: 3,
      rate: 0,
    });
  });
  it('is a rate where lower is better', () => {
    expect(KPI_DEFINITIONS[KpiCode.REOPEN_RATE].higherIsBetter).toBe(false);
  });
});

describe('REVIEW_CHANGE_RATE (复查改变率)', () => {
  const reviewed = (changed: boolean | null, repliedOn: string) =>
    kase({
      receivedAt: t('2023-03-01T10:00:00'),
      status: S.REPLIED,
      reviewRequestedAt: t('2023-05-20T10:00:00'),
      reviewRepliedAt: t(`${repliedOn}T10:00:00`),
      reviewChanged: changed,
    });
  const cases = [
    reviewed(true, '2023-06-05'),
    reviewed(false, '2023-06-12'),
    reviewed(false, '2023-06-30'),
    reviewed(true, '2023-07-01'), // July
    reviewed(null, '2023-06-15'), // answer without a recorded decision: not counted
    kase({
      receivedAt: t('2023-03-01T10:00:00'),
      status: S.UNDER_REVIEW,
      reviewRequestedAt: t('2023-06-20T10:00:00'),
    }), // unanswered
  ];
  it('counts review answers given in June that changed the first answer', () => {
    expect(kpi(KpiCode.REVIEW_CHANGE_RATE, cases)).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
  });
  it('does not count a review answered after asOf', () => {
    expect(kpi(KpiCode.REVIEW_CHANGE_RATE, cases, t('2023-06-10T00:00:00'))).toEqual({
      numerator: 1,
      denominator: 1,
      rate: 1,
    });
  });
  it('is a rate where lower is better', () => {
    expect(KPI_DEFINITIONS[KpiCode.REVIEW_CHANGE_RATE].higherIsBetter).toBe(false);
  });
});
