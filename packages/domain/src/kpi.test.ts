import { describe, expect, it } from 'vitest';
import { CaseStatus as S, Satisfaction } from './enums.js';
import { CN_STATE_COUNCIL_CALENDAR } from './holidays.js';
import {
  computeKpis,
  factsAsOf,
  isInPeriod,
  isTimelyAccepted,
  KpiCode,
  kpiMembership,
  kpiValue,
  rateDeltaPoints,
} from './kpi.js';
import { AS_OF, JUNE, kase, kpi, t } from './test/kpi-fixtures.js';

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

describe('rateDeltaPoints', () => {
  it('is the change in percentage points, one decimal', () => {
    expect(rateDeltaPoints(0.9753, 0.9612)).toBe(1.4);
    expect(rateDeltaPoints(0.5, 0.55)).toBe(-5);
  });
  it('is 0 (not -0) when unchanged', () => {
    expect(Object.is(rateDeltaPoints(0.3, 0.3), 0)).toBe(true);
    expect(Object.is(rateDeltaPoints(0.1234, 0.12344), 0)).toBe(true);
  });
  it('is null when either period has no rate', () => {
    expect(rateDeltaPoints(null, 0.5)).toBeNull();
    expect(rateDeltaPoints(0.5, null)).toBeNull();
  });
});
