import { describe, expect, it } from 'vitest';
import { CaseStatus as S, Satisfaction } from './enums.js';
import { CN_STATE_COUNCIL_CALENDAR } from './holidays.js';
import {
  computeKpis,
  factsAsOf,
  isInPeriod,
  isResolved,
  isTimelyAccepted,
  KPI_DEFINITIONS,
  type KpiCaseFacts,
  KpiCode,
  kpiMembership,
  kpiValue,
} from './kpi.js';

const t = (local: string): Date => new Date(`${local}+08:00`);
const JUNE = { from: '2023-06-01', to: '2023-06-30' };
const AS_OF = t('2023-07-20T00:00:00');

/** A case received in June with nothing else done, overridden per test. */
const kase = (over: Partial<KpiCaseFacts> = {}): KpiCaseFacts => ({
  receivedAt: t('2023-06-10T10:00:00'),
  status: S.REGISTERED,
  leaderId: null,
  repeatOfId: null,
  ...over,
});
const kpi = (code: KpiCode, cases: KpiCaseFacts[], asOf = AS_OF, period = JUNE) =>
  computeKpis(cases, period, asOf)[code];

describe('kpiValue', () => {
  it('divides the numerator by the denominator', () => {
    expect(kpiValue(3, 4)).toEqual({ numerator: 3, denominator: 4, rate: 0.75 });
  });
  it('gives a null rate, not 0, when there is nothing to count', () => {
    expect(kpiValue(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});

describe('computeKpis on no cases', () => {
  it('returns every KPI with 0 / 0 and a null rate', () => {
    const empty = { numerator: 0, denominator: 0, rate: null };
    expect(computeKpis([], JUNE, AS_OF)).toEqual({
      TIMELY_ACCEPTANCE: empty,
      ON_TIME_CLOSURE: empty,
      SATISFACTION: empty,
      RATING_PARTICIPATION: empty,
      LEADER_RESOLUTION: empty,
      REPEAT_RATE: empty,
      REOPEN_RATE: empty,
      REVIEW_CHANGE_RATE: empty,
    });
  });
  it('refuses a period that ends before it starts or is not YYYY-MM-DD', () => {
    expect(() => computeKpis([], { from: '2023-07-01', to: '2023-06-30' }, AS_OF)).toThrow(RangeError);
    expect(() => computeKpis([], { from: '2023-6-1', to: '2023-06-30' }, AS_OF)).toThrow(RangeError);
  });
});

describe('isInPeriod', () => {
  it('includes both end days in full, in Shanghai time', () => {
    expect(isInPeriod(t('2023-06-01T00:00:00'), JUNE)).toBe(true);
    expect(isInPeriod(t('2023-06-30T23:59:59.999'), JUNE)).toBe(true);
    expect(isInPeriod(t('2023-05-31T23:59:59.999'), JUNE)).toBe(false);
    expect(isInPeriod(t('2023-07-01T00:00:00'), JUNE)).toBe(false);
    expect(isInPeriod(null, JUNE)).toBe(false);
  });
});

describe('TIMELY_ACCEPTANCE (及时受理率)', () => {
  const received = t('2023-06-01T10:00:00');
  it('counts a decision at the last instant of receipt day + 15 as timely and one millisecond later as late', () => {
    expect(isTimelyAccepted(kase({ receivedAt: received, acceptedAt: t('2023-06-16T23:59:59.999') }))).toBe(
      true,
    );
    expect(isTimelyAccepted(kase({ receivedAt: received, acceptedAt: t('2023-06-17T00:00:00') }))).toBe(
      false,
    );
  });

  it('counts 2 timely of 4 settled June cases, ignoring cases received outside June', () => {
    const cases = [
      kase({ receivedAt: received, acceptedAt: t('2023-06-16T23:59:59.999') }), // timely, last instant
      kase({ receivedAt: received, acceptedAt: t('2023-06-17T00:00:00') }), // late
      kase({ receivedAt: t('2023-06-30T23:59:59.999'), declinedAt: t('2023-07-02T09:00:00') }), // declined in time
      kase({ receivedAt: t('2023-06-20T10:00:00') }), // undecided, window closed 07-05
      kase({ receivedAt: t('2023-05-31T23:59:59.999'), acceptedAt: t('2023-06-01T09:00:00') }), // May
      kase({ receivedAt: t('2023-07-01T00:00:00'), acceptedAt: t('2023-07-01T09:00:00') }), // July
    ];
    expect(kpi(KpiCode.TIMELY_ACCEPTANCE, cases)).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
  });

  it('leaves an undecided case out while its window is open, and counts it as late once it closes', () => {
    const pending = [kase({ receivedAt: t('2023-06-28T10:00:00') })]; // window ends 07-13 23:59:59.999
    expect(kpi(KpiCode.TIMELY_ACCEPTANCE, pending, t('2023-07-13T23:59:59.999'))).toEqual({
      numerator: 0,
      denominator: 0,
      rate: null,
    });
    expect(kpi(KpiCode.TIMELY_ACCEPTANCE, pending, t('2023-07-14T00:00:00'))).toEqual({
      numerator: 0,
      denominator: 1,
      rate: 0,
    });
  });

  it('ignores a decision made after asOf', () => {
    const later = [kase({ receivedAt: t('2023-06-01T10:00:00'), acceptedAt: t('2023-06-05T10:00:00') })];
    expect(kpi(KpiCode.TIMELY_ACCEPTANCE, later, t('2023-06-03T00:00:00'))).toEqual({
      numerator: 0,
      denominator: 0,
      rate: null,
    });
  });

  it('counts working days when asked: 15 working days from 2023-09-27 end on 10-24, across the National Day break', () => {
    // 09-28 (1); 09-29..10-06 off; 10-07 Sat (2), 10-08 Sun (3); 10-09..13 (4–8); 10-16..20 (9–13); 10-23 (14), 10-24 (15).
    const opts = { dayMode: 'WORKING' as const, calendar: CN_STATE_COUNCIL_CALENDAR };
    const receivedAt = t('2023-09-27T10:00:00');
    expect(isTimelyAccepted(kase({ receivedAt, acceptedAt: t('2023-10-24T23:59:59.999') }), opts)).toBe(true);
    expect(isTimelyAccepted(kase({ receivedAt, acceptedAt: t('2023-10-25T00:00:00') }), opts)).toBe(false);
    // In calendar days the same window ended on 10-12.
    expect(isTimelyAccepted(kase({ receivedAt, acceptedAt: t('2023-10-12T23:59:59.999') }))).toBe(true);
    expect(isTimelyAccepted(kase({ receivedAt, acceptedAt: t('2023-10-13T00:00:00') }))).toBe(false);
  });
});

describe('ON_TIME_CLOSURE (按期办结率)', () => {
  it('counts 2 on time of 5 cases due in June (extension and pause included, leadership period not)', () => {
    const cases = [
      // due 06-09, replied that day: on time
      kase({
        acceptedAt: t('2023-04-10T10:00:00'),
        repliedAt: t('2023-06-09T20:00:00'),
        receivedAt: t('2023-04-05T10:00:00'),
      }),
      // due 06-09 + 30 = 07-09: July, not June
      kase({ acceptedAt: t('2023-04-10T10:00:00'), extensionDays: 30, receivedAt: t('2023-04-05T10:00:00') }),
      // due 05-31: May
      kase({
        acceptedAt: t('2023-04-01T10:00:00'),
        repliedAt: t('2023-05-30T10:00:00'),
        receivedAt: t('2023-03-30T10:00:00'),
      }),
      // due 06-30, replied 07-01: late
      kase({
        acceptedAt: t('2023-05-01T10:00:00'),
        repliedAt: t('2023-07-01T00:00:00'),
        receivedAt: t('2023-04-28T10:00:00'),
      }),
      // due 06-30, never replied: late
      kase({ acceptedAt: t('2023-05-01T10:00:00'), receivedAt: t('2023-04-28T10:00:00') }),
      // leadership 15 days (05-16) is its own clock: the statutory due date stays 06-30, never replied: late
      kase({ acceptedAt: t('2023-05-01T10:00:00'), handlingDays: 15, receivedAt: t('2023-04-28T10:00:00') }),
      // due 06-19 + 5 paused = 06-24 (Dragon Boat holiday; last-day rule → 06-25, a 调休 Sunday),
      // closed (no reply recorded) 06-24: on time
      kase({
        acceptedAt: t('2023-04-20T10:00:00'),
        pausedDays: 5,
        closedAt: t('2023-06-24T12:00:00'),
        receivedAt: t('2023-04-18T10:00:00'),
      }),
      // never accepted: no due date
      kase({ receivedAt: t('2023-04-18T10:00:00'), declinedAt: t('2023-04-20T10:00:00') }),
    ];
    expect(kpi(KpiCode.ON_TIME_CLOSURE, cases)).toEqual({ numerator: 2, denominator: 5, rate: 0.4 });
  });

  it('never counts a case due in June as due earlier because leadership set a short deadline', () => {
    // Statutory due 06-30; leadership 15 days (05-16); replied 06-20: late for leadership, on time by law.
    const c = kase({
      acceptedAt: t('2023-05-01T10:00:00'),
      handlingDays: 15,
      repliedAt: t('2023-06-20T10:00:00'),
      receivedAt: t('2023-04-28T10:00:00'),
    });
    expect(kpi(KpiCode.ON_TIME_CLOSURE, [c])).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(kpi(KpiCode.ON_TIME_CLOSURE, [c], AS_OF, { from: '2023-05-01', to: '2023-05-31' })).toEqual({
      numerator: 0,
      denominator: 0,
      rate: null,
    });
  });

  it('counts a reply on the next working day after a due date on a holiday as on time (last-day rule)', () => {
    // Accepted 2023-08-02 + 60 = 10-01, National Day; the period ends on 10-07 (a 调休 Saturday).
    const c = kase({
      receivedAt: t('2023-08-01T10:00:00'),
      acceptedAt: t('2023-08-02T10:00:00'),
      repliedAt: t('2023-10-07T16:00:00'),
    });
    const october = { from: '2023-10-01', to: '2023-10-31' };
    expect(kpi(KpiCode.ON_TIME_CLOSURE, [c], t('2023-11-01T00:00:00'), october)).toEqual({
      numerator: 1,
      denominator: 1,
      rate: 1,
    });
    // Without the rule the same reply is six days late.
    expect(
      computeKpis([c], october, t('2023-11-01T00:00:00'), { lastDayRule: false })[KpiCode.ON_TIME_CLOSURE],
    ).toEqual({ numerator: 0, denominator: 1, rate: 0 });
  });

  it('counts a case due later in the period only once it is replied or past due', () => {
    const open = kase({ acceptedAt: t('2023-05-01T10:00:00'), receivedAt: t('2023-04-28T10:00:00') }); // due 06-30
    const early = kase({
      acceptedAt: t('2023-05-01T10:00:00'),
      repliedAt: t('2023-06-10T10:00:00'),
      receivedAt: t('2023-04-28T10:00:00'),
    });
    expect(kpi(KpiCode.ON_TIME_CLOSURE, [open, early], t('2023-06-20T00:00:00'))).toEqual({
      numerator: 1,
      denominator: 1,
      rate: 1,
    });
    expect(kpi(KpiCode.ON_TIME_CLOSURE, [open, early], t('2023-07-01T00:00:00'))).toEqual({
      numerator: 1,
      denominator: 2,
      rate: 0.5,
    });
  });
});

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

describe('kpiMembership', () => {
  it('never puts a case in the numerator without the denominator', () => {
    const repeatInMay = kase({ repeatOfId: 'C-OLD', receivedAt: t('2023-05-01T10:00:00') });
    expect(kpiMembership(KpiCode.REPEAT_RATE, repeatInMay, JUNE, AS_OF)).toEqual({
      inDenominator: false,
      inNumerator: false,
    });
  });
  it('leaves out a case received after asOf', () => {
    expect(kpiMembership(KpiCode.REPEAT_RATE, kase({}), JUNE, t('2023-06-01T00:00:00'))).toEqual({
      inDenominator: false,
      inNumerator: false,
    });
  });
});

describe('factsAsOf', () => {
  it('nulls later timestamps and drops a later rating with its satisfaction', () => {
    const c = kase({
      acceptedAt: t('2023-06-11T10:00:00'),
      repliedAt: t('2023-06-20T10:00:00'),
      satisfaction: Satisfaction.SATISFIED,
      ratedAt: t('2023-06-21T10:00:00'),
    });
    expect(factsAsOf(c, t('2023-06-15T00:00:00'))).toMatchObject({
      acceptedAt: t('2023-06-11T10:00:00'),
      repliedAt: null,
      ratedAt: null,
      satisfaction: null,
    });
  });
  it('drops a later reopening and a later review answer with its decision', () => {
    const c = kase({
      status: S.CLOSED,
      closedAt: t('2023-06-12T10:00:00'),
      reviewRepliedAt: t('2023-06-20T10:00:00'),
      reviewChanged: true,
      reopenedAfterClosingAt: t('2023-06-21T10:00:00'),
    });
    expect(factsAsOf(c, t('2023-06-15T00:00:00'))).toMatchObject({
      closedAt: t('2023-06-12T10:00:00'),
      reviewRepliedAt: null,
      reviewChanged: null,
      reopenedAfterClosingAt: null,
    });
  });
});

describe('KPI_DEFINITIONS', () => {
  it('defines every KPI with zh/en names and formulas', () => {
    for (const code of Object.values(KpiCode)) {
      const d = KPI_DEFINITIONS[code];
      expect(d.code).toBe(code);
      expect(d.name.zh.length * d.name.en.length * d.formula.zh.length * d.formula.en.length).toBeGreaterThan(
        0,
      );
    }
  });
  it('uses the official Chinese names', () => {
    expect(Object.values(KPI_DEFINITIONS).map((d) => d.name.zh)).toEqual([
      '及时受理率',
      '按期办结率',
      '群众满意率',
      '参评率',
      '包案化解率',
      '重复访率',
      '重开率',
      '复查改变率',
    ]);
  });
});
