import { describe, expect, it } from 'vitest';
import {
  acceptanceDueAt,
  canExtend,
  canRequestRereview,
  canRequestReview,
  type ClockFacts,
  ClockRuleCode,
  computeDeadlines,
  DEFAULT_CLOCK_RULES,
  type Deadline,
  DeadlineKind,
  DeadlineState,
  dueAfter,
  handlingDueAt,
  isBeyondCalendar,
  leadershipDueAt,
  reopenDueAt,
  rereviewDueAt,
  resolveClockRules,
  reviewDueAt,
  validateExtension,
  validateHandlingDays,
} from './clock.js';
import { CN_CALENDAR_THROUGH, CN_STATE_COUNCIL_CALENDAR } from './holidays.js';

const t = (iso: string): Date => new Date(iso);
/** Readable local form of a due instant, e.g. '2023-07-31T23:59:59.999+08:00'. */
const local = (d: Date | null): string | null =>
  d === null ? null : new Date(d.getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00');

const accepted = (acceptedAt: string, extra: Partial<ClockFacts> = {}): ClockFacts => ({
  receivedAt: t('2023-05-30T09:00:00+08:00'),
  acceptedAt: t(acceptedAt),
  ...extra,
});

describe('DEFAULT_CLOCK_RULES', () => {
  it('holds the periods of the 2022 条例', () => {
    expect(DEFAULT_CLOCK_RULES).toEqual({
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
  });
  it('lets a deployment override one rule and keeps the rest', () => {
    expect(resolveClockRules({ handlingDays: 30 })).toEqual({ ...DEFAULT_CLOCK_RULES, handlingDays: 30 });
  });
  it('refuses a negative rule', () => {
    expect(() => resolveClockRules({ reviewDays: -1 })).toThrow(RangeError);
  });
});

describe('dueAfter', () => {
  it('does not count the start day: 15 days from 06-01 end at 06-16 23:59:59.999 local', () => {
    expect(local(dueAfter(t('2023-06-01T10:00:00+08:00'), 15))).toBe('2023-06-16T23:59:59.999+08:00');
  });
  it('takes the local day of an instant that is still the previous day in UTC', () => {
    // 2023-06-01 00:30 in Shanghai is 2023-05-31 16:30 UTC.
    expect(local(dueAfter(t('2023-05-31T16:30:00.000Z'), 15))).toBe('2023-06-16T23:59:59.999+08:00');
  });
  it('with zero days is due at the end of the same local day', () => {
    expect(local(dueAfter(t('2023-06-01T10:00:00+08:00'), 0))).toBe('2023-06-01T23:59:59.999+08:00');
  });
  it('counts working days of the State Council calendar when none is given', () => {
    // 09-27 Wed → 09-28 (1); 09-29..10-06 off; 10-07 Sat (2), 10-08 Sun (3) worked; 10-09 (4), 10-10 (5).
    expect(local(dueAfter(t('2023-09-27T10:00:00+08:00'), 5, { dayMode: 'WORKING' }))).toBe(
      '2023-10-10T23:59:59.999+08:00',
    );
  });
  it('counts working days of a calendar given in the options', () => {
    const noHolidays = { holidays: [], workdays: [] };
    // Same start with only weekends off: 09-28, 09-29, 10-02, 10-03, 10-04.
    expect(
      local(dueAfter(t('2023-09-27T10:00:00+08:00'), 5, { dayMode: 'WORKING', calendar: noHolidays })),
    ).toBe('2023-10-04T23:59:59.999+08:00');
  });
});

describe('the last-day rule (《民法典》 Art. 203)', () => {
  const acceptance = (receivedAt: string, lastDayRule?: boolean) =>
    local(
      acceptanceDueAt({ receivedAt: t(receivedAt) }, lastDayRule === undefined ? undefined : { lastDayRule }),
    );
  it('moves an acceptance period ending on a Saturday to the Monday: 2023-06-02 + 15 = Sat 06-17 → 06-19', () => {
    expect(acceptance('2023-06-02T10:00:00+08:00')).toBe('2023-06-19T23:59:59.999+08:00');
  });
  it('keeps the Saturday when the rule is switched off', () => {
    expect(acceptance('2023-06-02T10:00:00+08:00', false)).toBe('2023-06-17T23:59:59.999+08:00');
  });
  it('is on unless switched off: lastDayRule true gives the same date as no option', () => {
    expect(acceptance('2023-06-02T10:00:00+08:00', true)).toBe(acceptance('2023-06-02T10:00:00+08:00'));
  });
  it('does not move a period ending on a 调休 Saturday workday: 2023-09-22 + 15 = Sat 10-07', () => {
    expect(acceptance('2023-09-22T10:00:00+08:00')).toBe('2023-10-07T23:59:59.999+08:00');
  });
  it('carries a period ending on National Day over the whole break to the 调休 Saturday 10-07', () => {
    // 2023-09-16 + 15 = 10-01; 09-29..10-06 are holidays; 10-07 is a working Saturday.
    expect(acceptance('2023-09-16T10:00:00+08:00')).toBe('2023-10-07T23:59:59.999+08:00');
    expect(acceptance('2023-09-16T10:00:00+08:00', false)).toBe('2023-10-01T23:59:59.999+08:00');
  });
  it('moves a review window ending on New Year 2024-01-01 (a holiday) to 2024-01-02', () => {
    // Reply on 2023-12-02 (a Saturday) delivered the same day: + 30 = 2024-01-01.
    const replied: ClockFacts = {
      ...accepted('2023-11-01T10:00:00+08:00'),
      repliedAt: t('2023-12-02T10:00:00+08:00'),
      deliveredAt: t('2023-12-02T10:00:00+08:00'),
    };
    const request = computeDeadlines(replied, t('2023-12-20T00:00:00+08:00')).find(
      (d) => d.kind === DeadlineKind.REVIEW_REQUEST,
    );
    expect(local(request?.dueAt ?? null)).toBe('2024-01-02T23:59:59.999+08:00');
    expect(canRequestReview(replied, t('2024-01-02T09:30:00+08:00'))).toEqual({ ok: true });
    expect(canRequestReview(replied, t('2024-01-03T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.REVIEW_WINDOW_CLOSED,
    });
    // Without the rule the request of 01-02 comes a day late.
    expect(canRequestReview(replied, t('2024-01-02T09:30:00+08:00'), { lastDayRule: false })).toMatchObject({
      ok: false,
      code: ClockRuleCode.REVIEW_WINDOW_CLOSED,
    });
  });
  it('applies to the handling period too: accepted 2023-08-02 + 60 = 10-01 → 10-07', () => {
    expect(local(handlingDueAt(accepted('2023-08-02T10:00:00+08:00')))).toBe('2023-10-07T23:59:59.999+08:00');
    expect(local(handlingDueAt(accepted('2023-08-02T10:00:00+08:00'), { lastDayRule: false }))).toBe(
      '2023-10-01T23:59:59.999+08:00',
    );
  });
  it('reads the holidays of a calendar given in the options', () => {
    const noHolidays = { holidays: [], workdays: [] };
    // 2023-09-16 + 15 = 10-01, a Sunday when nothing is a holiday: moved to Monday 10-02.
    expect(
      local(acceptanceDueAt({ receivedAt: t('2023-09-16T10:00:00+08:00') }, { calendar: noHolidays })),
    ).toBe('2023-10-02T23:59:59.999+08:00');
  });
});

describe('beyondCalendar', () => {
  it('knows the calendar through the last published year', () => {
    expect(CN_CALENDAR_THROUGH).toBe('2026-12-31');
    expect(isBeyondCalendar('2026-12-31')).toBe(false);
    expect(isBeyondCalendar('2027-01-01')).toBe(true);
  });
  it('flags a due date after the calendar ends, and only that one', () => {
    // Received and accepted 2026-12-01: acceptance due 12-16 (inside), handling 2027-01-30 (a Saturday,
    // moved to Monday 02-01 by weekends alone: 2027's holidays are not published yet).
    const facts = accepted('2026-12-01T10:00:00+08:00', { receivedAt: t('2026-12-01T09:00:00+08:00') });
    const ds = computeDeadlines(facts, t('2026-12-02T00:00:00+08:00'));
    expect(ds.map((d) => [d.kind, local(d.dueAt), d.beyondCalendar])).toEqual([
      [DeadlineKind.REGISTRATION, '2026-12-16T23:59:59.999+08:00', false],
      [DeadlineKind.ACCEPTANCE, '2026-12-16T23:59:59.999+08:00', false],
      [DeadlineKind.HANDLING, '2027-02-01T23:59:59.999+08:00', true],
    ]);
  });
  it('follows calendarThrough when a deployment supplies its own calendar', () => {
    const calendar = { holidays: [], workdays: [] };
    expect(isBeyondCalendar('2030-01-01', { calendar })).toBe(false);
    expect(isBeyondCalendar('2030-01-01', { calendar, calendarThrough: '2029-12-31' })).toBe(true);
    expect(isBeyondCalendar('2027-06-01', { calendarThrough: '2027-12-31' })).toBe(false);
  });
});

describe('handlingDueAt', () => {
  it('is null until the case is accepted', () => {
    expect(handlingDueAt({ receivedAt: t('2023-06-01T10:00:00+08:00') })).toBeNull();
  });
  it('gives 60 calendar days: accepted 2023-06-01 10:00 → due 2023-07-31 end of day', () => {
    expect(local(handlingDueAt(accepted('2023-06-01T10:00:00+08:00')))).toBe('2023-07-31T23:59:59.999+08:00');
  });
  it('counts 29 February in a leap year: accepted 2024-01-15 → due 2024-03-15', () => {
    expect(local(handlingDueAt(accepted('2024-01-15T10:00:00+08:00')))).toBe('2024-03-15T23:59:59.999+08:00');
  });
  it('has no 29 February in a common year: accepted 2023-01-15 → due 2023-03-16', () => {
    expect(local(handlingDueAt(accepted('2023-01-15T10:00:00+08:00')))).toBe('2023-03-16T23:59:59.999+08:00');
  });
  it('runs from a month end: accepted 2023-12-31 → due 2024-02-29', () => {
    expect(local(handlingDueAt(accepted('2023-12-31T10:00:00+08:00')))).toBe('2024-02-29T23:59:59.999+08:00');
  });
  it('adds the extension on top of the base due date: 60 + 30 → 2023-08-30', () => {
    expect(local(handlingDueAt(accepted('2023-06-01T10:00:00+08:00', { extensionDays: 30 })))).toBe(
      '2023-08-30T23:59:59.999+08:00',
    );
  });
  it('keeps the statutory 60 days when leadership sets 15: the leadership period is its own clock', () => {
    const facts = accepted('2023-06-01T10:00:00+08:00', { handlingDays: 15 });
    expect(local(handlingDueAt(facts))).toBe('2023-07-31T23:59:59.999+08:00');
    expect(local(leadershipDueAt(facts))).toBe('2023-06-16T23:59:59.999+08:00');
  });
  it('pushes the deadline later by paused (hearing) days: 60 + 10 → 2023-08-10', () => {
    expect(local(handlingDueAt(accepted('2023-06-01T10:00:00+08:00', { pausedDays: 10 })))).toBe(
      '2023-08-10T23:59:59.999+08:00',
    );
  });
  it('combines statutory period, extension and pause: 60 + 10 + 5 → 2023-08-15, whatever leadership set', () => {
    const facts = accepted('2023-06-01T10:00:00+08:00', {
      handlingDays: 15,
      extensionDays: 10,
      pausedDays: 5,
    });
    expect(local(handlingDueAt(facts))).toBe('2023-08-15T23:59:59.999+08:00');
    expect(local(handlingDueAt({ ...facts, handlingDays: null }))).toBe('2023-08-15T23:59:59.999+08:00');
  });
  it('follows a deployment rule of 30 handling days: 07-01 is a Saturday, so 07-03', () => {
    expect(local(handlingDueAt(accepted('2023-06-01T10:00:00+08:00'), { rules: { handlingDays: 30 } }))).toBe(
      '2023-07-03T23:59:59.999+08:00',
    );
    expect(
      local(
        handlingDueAt(accepted('2023-06-01T10:00:00+08:00'), {
          rules: { handlingDays: 30 },
          lastDayRule: false,
        }),
      ),
    ).toBe('2023-07-01T23:59:59.999+08:00');
  });
  it('refuses a negative extension', () => {
    expect(() => handlingDueAt(accepted('2023-06-01T10:00:00+08:00', { extensionDays: -5 }))).toThrow(
      RangeError,
    );
  });

  describe('in working-day mode', () => {
    const working = { dayMode: 'WORKING' as const, calendar: CN_STATE_COUNCIL_CALENDAR };
    // A deployment rule of 5 handling days keeps the arithmetic readable.
    const fiveDays = { ...working, rules: { handlingDays: 5 } };
    it('skips the National Day break and counts the 调休 Saturday 2023-10-07', () => {
      // 09-27 Wed → 09-28 (1), 10-07 Sat (2), 10-08 Sun (3), 10-09 (4), 10-10 (5).
      const facts = accepted('2023-09-27T10:00:00+08:00');
      expect(local(handlingDueAt(facts, fiveDays))).toBe('2023-10-10T23:59:59.999+08:00');
    });
    it('adds extension days as working days too', () => {
      // 10-10 (5) → 10-11 (6), 10-12 (7).
      const facts = accepted('2023-09-27T10:00:00+08:00', { extensionDays: 2 });
      expect(local(handlingDueAt(facts, fiveDays))).toBe('2023-10-12T23:59:59.999+08:00');
    });
    it('adds paused days as working days, skipping a weekend', () => {
      // 2023-06-01 Thu + 1 → 06-02 Fri; + 1 paused → 06-05 Mon.
      const facts = accepted('2023-06-01T10:00:00+08:00', { pausedDays: 1 });
      expect(local(handlingDueAt(facts, { ...working, rules: { handlingDays: 1 } }))).toBe(
        '2023-06-05T23:59:59.999+08:00',
      );
    });
    it('counts a leadership period in working days across the National Day break', () => {
      const facts = accepted('2023-09-27T10:00:00+08:00', { handlingDays: 5 });
      expect(local(leadershipDueAt(facts, working))).toBe('2023-10-10T23:59:59.999+08:00');
    });
  });
});

describe('leadershipDueAt (限期办理)', () => {
  it('is null without a leadership period or before acceptance', () => {
    expect(leadershipDueAt(accepted('2023-06-01T10:00:00+08:00'))).toBeNull();
    expect(leadershipDueAt({ receivedAt: t('2023-06-01T10:00:00+08:00'), handlingDays: 15 })).toBeNull();
  });
  it('adds first-instance hearing days, but not the extension: 15 + 5 → 2023-06-21', () => {
    const facts = accepted('2023-06-01T10:00:00+08:00', {
      handlingDays: 15,
      extensionDays: 30,
      pausedDays: 5,
    });
    expect(local(leadershipDueAt(facts))).toBe('2023-06-21T23:59:59.999+08:00');
  });
  it('is never later than the statutory handling date for any allowed period', () => {
    for (const handlingDays of [1, 15, 30, 59, 60]) {
      const facts = accepted('2023-06-01T10:00:00+08:00', { handlingDays, pausedDays: 7 });
      const leadership = leadershipDueAt(facts);
      const statutory = handlingDueAt(facts);
      expect(leadership && statutory && leadership.getTime() <= statutory.getTime()).toBe(true);
    }
  });
  it('ignores review-stage hearing days', () => {
    const facts = accepted('2023-06-01T10:00:00+08:00', { handlingDays: 15, reviewPausedDays: 30 });
    expect(local(leadershipDueAt(facts))).toBe('2023-06-16T23:59:59.999+08:00');
  });
});

describe('review, re-review and reopened clocks', () => {
  const base: ClockFacts = {
    ...accepted('2023-06-01T10:00:00+08:00'),
    repliedAt: t('2023-07-10T10:00:00+08:00'),
    pausedDays: 20,
  };
  it('are null until their stage starts', () => {
    expect([reviewDueAt(base), rereviewDueAt(base), reopenDueAt(base)]).toEqual([null, null, null]);
  });
  it('run 30 days from the request plus their own hearing days only', () => {
    const facts: ClockFacts = {
      ...base,
      reviewRequestedAt: t('2023-07-20T10:00:00+08:00'),
      reviewPausedDays: 10,
      rereviewRequestedAt: t('2023-09-20T10:00:00+08:00'),
      rereviewPausedDays: 3,
    };
    // 07-20 + 30 + 10 = 08-29 (Tue); 09-20 + 30 + 3 = 10-23 (Mon).
    expect(local(reviewDueAt(facts))).toBe('2023-08-29T23:59:59.999+08:00');
    expect(local(rereviewDueAt(facts))).toBe('2023-10-23T23:59:59.999+08:00');
  });
  it('does not let a review hearing move the first-instance due date', () => {
    const before = handlingDueAt(base);
    const after = handlingDueAt({
      ...base,
      reviewPausedDays: 30,
      rereviewPausedDays: 30,
      reopenPausedDays: 30,
    });
    expect(after).toEqual(before);
    // 06-01 + 60 + 20 = 08-20 (a Sunday) → 08-21.
    expect(local(after)).toBe('2023-08-21T23:59:59.999+08:00');
  });
  it('gives a reopened case a fresh statutory 60 days plus its own hearing days', () => {
    const reopened: ClockFacts = { ...base, reopenedAt: t('2023-08-01T10:00:00+08:00') };
    // 08-01 + 60 = 09-30, a holiday (09-29..10-06) → 10-07, the 调休 Saturday.
    expect(local(reopenDueAt(reopened))).toBe('2023-10-07T23:59:59.999+08:00');
    // + 5 hearing days: 10-05, still in the break → 10-07 as well; + 10: 10-10.
    expect(local(reopenDueAt({ ...reopened, reopenPausedDays: 10 }))).toBe('2023-10-10T23:59:59.999+08:00');
  });
});

describe('acceptanceDueAt', () => {
  it('falls 15 working days after receipt across the 2025 Spring Festival', () => {
    // 01-24 Fri; 01-26 Sun worked (1), 01-27 (2), 01-28..02-04 off, 02-05..07 (3–5), 02-08 Sat worked (6),
    // 02-10..14 (7–11), 02-17..20 (12–15).
    const due = acceptanceDueAt(
      { receivedAt: t('2025-01-24T16:00:00+08:00') },
      { dayMode: 'WORKING', calendar: CN_STATE_COUNCIL_CALENDAR },
    );
    expect(local(due)).toBe('2025-02-20T23:59:59.999+08:00');
  });
});

describe('computeDeadlines', () => {
  const received = t('2023-06-01T10:00:00+08:00');
  const kinds = (ds: Deadline[]): DeadlineKind[] => ds.map((d) => d.kind);

  it('gives a just-registered case only registration and acceptance deadlines, both due 06-16', () => {
    const ds = computeDeadlines({ receivedAt: received }, t('2023-06-02T10:00:00+08:00'));
    expect(ds).toEqual([
      {
        kind: DeadlineKind.REGISTRATION,
        startAt: received,
        dueAt: t('2023-06-16T23:59:59.999+08:00'),
        doneAt: null,
        state: DeadlineState.ON_TIME,
        beyondCalendar: false,
        daysLeft: 14,
      },
      {
        kind: DeadlineKind.ACCEPTANCE,
        startAt: received,
        dueAt: t('2023-06-16T23:59:59.999+08:00'),
        doneAt: null,
        state: DeadlineState.ON_TIME,
        beyondCalendar: false,
        daysLeft: 14,
      },
    ]);
  });

  it('lists every deadline of a case taken through re-review, in lifecycle order', () => {
    const facts: ClockFacts = {
      receivedAt: received,
      forwardedAt: t('2023-06-02T10:00:00+08:00'),
      acceptedAt: t('2023-06-05T10:00:00+08:00'),
      handlingDays: 30,
      repliedAt: t('2023-07-20T10:00:00+08:00'),
      deliveredAt: t('2023-07-24T00:00:00+08:00'),
      closedAt: t('2023-07-25T10:00:00+08:00'),
      reviewRequestedAt: t('2023-08-01T10:00:00+08:00'),
      reviewRepliedAt: t('2023-08-25T10:00:00+08:00'),
      reviewDeliveredAt: t('2023-08-28T00:00:00+08:00'),
      rereviewRequestedAt: t('2023-09-10T10:00:00+08:00'),
      rereviewRepliedAt: t('2023-10-20T10:00:00+08:00'),
    };
    const ds = computeDeadlines(facts, t('2023-12-01T00:00:00+08:00'));
    expect(kinds(ds)).toEqual([
      DeadlineKind.REGISTRATION,
      DeadlineKind.ACCEPTANCE,
      DeadlineKind.HANDLING,
      DeadlineKind.LEADERSHIP,
      DeadlineKind.REVIEW_REQUEST,
      DeadlineKind.REVIEW,
      DeadlineKind.REREVIEW_REQUEST,
      DeadlineKind.REREVIEW,
    ]);
    expect(ds.map((d) => [d.kind, local(d.dueAt), d.state, d.daysLeft])).toEqual([
      [DeadlineKind.REGISTRATION, '2023-06-16T23:59:59.999+08:00', DeadlineState.MET, 14],
      [DeadlineKind.ACCEPTANCE, '2023-06-16T23:59:59.999+08:00', DeadlineState.MET, 11],
      // The statute is met although leadership's 30 days (07-05) were not: two clocks side by side.
      [DeadlineKind.HANDLING, '2023-08-04T23:59:59.999+08:00', DeadlineState.MET, 15],
      [DeadlineKind.LEADERSHIP, '2023-07-05T23:59:59.999+08:00', DeadlineState.MISSED, -15],
      // From delivery on 07-24, not from the reply: 07-24 + 30 = 08-23.
      [DeadlineKind.REVIEW_REQUEST, '2023-08-23T23:59:59.999+08:00', DeadlineState.MET, 22],
      [DeadlineKind.REVIEW, '2023-08-31T23:59:59.999+08:00', DeadlineState.MET, 6],
      // From delivery of the review answer on 08-28: 09-27.
      [DeadlineKind.REREVIEW_REQUEST, '2023-09-27T23:59:59.999+08:00', DeadlineState.MET, 17],
      // 09-10 + 30 = 10-10; answered 10-20: ten days late.
      [DeadlineKind.REREVIEW, '2023-10-10T23:59:59.999+08:00', DeadlineState.MISSED, -10],
    ]);
  });

  it('has no review-request window until the reply is recorded as delivered', () => {
    const facts: ClockFacts = {
      receivedAt: received,
      acceptedAt: t('2023-06-05T10:00:00+08:00'),
      repliedAt: t('2023-07-20T10:00:00+08:00'),
      reviewRequestedAt: t('2023-08-01T10:00:00+08:00'),
      reviewRepliedAt: t('2023-08-25T10:00:00+08:00'),
    };
    expect(kinds(computeDeadlines(facts, t('2023-12-01T00:00:00+08:00')))).toEqual([
      DeadlineKind.REGISTRATION,
      DeadlineKind.ACCEPTANCE,
      DeadlineKind.HANDLING,
      DeadlineKind.REVIEW,
    ]);
  });

  it('adds a REOPENED deadline that becomes OVERDUE when the reopened case is not answered', () => {
    const facts: ClockFacts = {
      receivedAt: received,
      acceptedAt: t('2023-06-05T10:00:00+08:00'),
      repliedAt: t('2023-07-20T10:00:00+08:00'),
      closedAt: t('2023-07-25T10:00:00+08:00'),
      reopenedAt: t('2023-08-01T10:00:00+08:00'),
    };
    const reopened = (asOf: string) =>
      computeDeadlines(facts, t(asOf)).find((d) => d.kind === DeadlineKind.REOPENED);
    // 08-01 + 60 = 09-30 (holiday) → 10-07.
    expect(reopened('2023-10-07T23:59:59.999+08:00')).toMatchObject({
      startAt: facts.reopenedAt,
      dueAt: t('2023-10-07T23:59:59.999+08:00'),
      state: DeadlineState.DUE_SOON,
    });
    expect(reopened('2023-10-08T00:00:00+08:00')).toMatchObject({
      state: DeadlineState.OVERDUE,
      daysLeft: -1,
    });
    // The first reply keeps its own deadline and its result; the reopened clock is separate.
    expect(
      computeDeadlines(facts, t('2023-10-08T00:00:00+08:00')).find((d) => d.kind === DeadlineKind.HANDLING),
    ).toMatchObject({ state: DeadlineState.MET });
    expect(
      computeDeadlines(
        { ...facts, reopenRepliedAt: t('2023-10-09T10:00:00+08:00') },
        t('2023-10-10T00:00:00+08:00'),
      ).find((d) => d.kind === DeadlineKind.REOPENED),
    ).toMatchObject({ state: DeadlineState.MISSED, daysLeft: -2 });
  });

  it('counts registration done at acceptance when the case was never forwarded', () => {
    const ds = computeDeadlines(
      { receivedAt: received, acceptedAt: t('2023-06-03T10:00:00+08:00') },
      t('2023-06-04T00:00:00+08:00'),
    );
    expect(ds[0]?.doneAt).toEqual(t('2023-06-03T10:00:00+08:00'));
  });

  it('keeps registration done at acceptance when the case is forwarded to a unit later', () => {
    const acceptedAt = t('2023-06-03T10:00:00+08:00');
    const ds = computeDeadlines(
      { receivedAt: received, acceptedAt, forwardedAt: t('2023-06-25T10:00:00+08:00') },
      t('2023-06-26T00:00:00+08:00'),
    );
    expect(ds[0]).toMatchObject({
      kind: DeadlineKind.REGISTRATION,
      doneAt: acceptedAt,
      state: DeadlineState.MET,
    });
  });

  it('counts a decline as the acceptance decision and gives no handling deadline', () => {
    const declinedAt = t('2023-06-20T10:00:00+08:00');
    const ds = computeDeadlines({ receivedAt: received, declinedAt }, t('2023-06-21T00:00:00+08:00'));
    expect(ds.map((d) => [d.kind, d.doneAt, d.state, d.daysLeft])).toEqual([
      [DeadlineKind.REGISTRATION, declinedAt, DeadlineState.MISSED, -4],
      [DeadlineKind.ACCEPTANCE, declinedAt, DeadlineState.MISSED, -4],
    ]);
  });

  it('takes closedAt as handling done when no reply was recorded', () => {
    const closedAt = t('2023-07-01T10:00:00+08:00');
    const deliveredAt = t('2023-07-03T10:00:00+08:00');
    const ds = computeDeadlines(
      { receivedAt: received, acceptedAt: received, closedAt, deliveredAt },
      t('2023-07-04T00:00:00+08:00'),
    );
    expect(ds[2]).toMatchObject({ kind: DeadlineKind.HANDLING, doneAt: closedAt, state: DeadlineState.MET });
    // The review window runs from delivery: 07-03 + 30 = 08-02.
    expect(ds[3]).toMatchObject({
      kind: DeadlineKind.REVIEW_REQUEST,
      startAt: deliveredAt,
      dueAt: t('2023-08-02T23:59:59.999+08:00'),
    });
  });

  describe('state of a pending deadline due 2023-06-16 23:59:59.999 local', () => {
    const stateAt = (asOf: string, rules = {}): [DeadlineState, number] => {
      const d = computeDeadlines({ receivedAt: received }, t(asOf), { rules })[1];
      if (!d) throw new Error('no acceptance deadline');
      return [d.state, d.daysLeft];
    };
    it('is ON_TIME four local days before, up to the last millisecond of that day', () => {
      expect(stateAt('2023-06-12T23:59:59.999+08:00')).toEqual([DeadlineState.ON_TIME, 4]);
    });
    it('is DUE_SOON from the first instant three local days before', () => {
      expect(stateAt('2023-06-13T00:00:00.000+08:00')).toEqual([DeadlineState.DUE_SOON, 3]);
    });
    it('is DUE_SOON with 0 days left at the exact due instant', () => {
      expect(stateAt('2023-06-16T23:59:59.999+08:00')).toEqual([DeadlineState.DUE_SOON, 0]);
    });
    it('is OVERDUE one millisecond later, with -1 days left', () => {
      expect(stateAt('2023-06-17T00:00:00.000+08:00')).toEqual([DeadlineState.OVERDUE, -1]);
    });
    it('is OVERDUE by 14 days two weeks later', () => {
      expect(stateAt('2023-06-30T12:00:00+08:00')).toEqual([DeadlineState.OVERDUE, -14]);
    });
    it('honours dueSoonDays = 0: ON_TIME the day before, DUE_SOON on the day', () => {
      expect(stateAt('2023-06-15T12:00:00+08:00', { dueSoonDays: 0 })).toEqual([DeadlineState.ON_TIME, 1]);
      expect(stateAt('2023-06-16T00:00:00+08:00', { dueSoonDays: 0 })).toEqual([DeadlineState.DUE_SOON, 0]);
    });
  });

  describe('state of a done deadline', () => {
    const doneAt = (iso: string): Deadline | undefined =>
      computeDeadlines({ receivedAt: received, acceptedAt: t(iso) }, t('2024-01-01T00:00:00+08:00'))[1];
    it('is MET when done at the exact due instant, measured from doneAt', () => {
      expect(doneAt('2023-06-16T23:59:59.999+08:00')).toMatchObject({
        state: DeadlineState.MET,
        daysLeft: 0,
      });
    });
    it('is MISSED one millisecond after it', () => {
      expect(doneAt('2023-06-17T00:00:00.000+08:00')).toMatchObject({
        state: DeadlineState.MISSED,
        daysLeft: -1,
      });
    });
  });
});

describe('validateHandlingDays', () => {
  it('accepts a 15-day leadership deadline', () => {
    expect(validateHandlingDays(15)).toEqual({ ok: true });
  });
  it('accepts exactly the statutory 60 days', () => {
    expect(validateHandlingDays(60)).toEqual({ ok: true });
  });
  it('refuses a period longer than the statute', () => {
    expect(validateHandlingDays(61)).toMatchObject({ ok: false, code: ClockRuleCode.HANDLING_DAYS_TOO_LONG });
  });
  it('refuses zero and fractions', () => {
    expect(validateHandlingDays(0)).toMatchObject({ ok: false, code: ClockRuleCode.INVALID_DAYS });
    expect(validateHandlingDays(7.5)).toMatchObject({ ok: false, code: ClockRuleCode.INVALID_DAYS });
  });
});

describe('validateExtension', () => {
  it('accepts a first extension of exactly 30 days', () => {
    expect(validateExtension(30, null)).toEqual({ ok: true });
  });
  it('accepts a first extension when alreadyExtended is 0', () => {
    expect(validateExtension(10, 0)).toEqual({ ok: true });
  });
  it('refuses 31 days with EXTENSION_TOO_LONG', () => {
    expect(validateExtension(31, null)).toEqual({
      ok: false,
      code: ClockRuleCode.EXTENSION_TOO_LONG,
      message: 'An extension may not exceed 30 days, got 31.',
    });
  });
  it('refuses a second extension with EXTENSION_ALREADY_USED, before looking at its length', () => {
    expect(validateExtension(45, 10)).toMatchObject({
      ok: false,
      code: ClockRuleCode.EXTENSION_ALREADY_USED,
    });
  });
  it('refuses zero days', () => {
    expect(validateExtension(0, null)).toMatchObject({ ok: false, code: ClockRuleCode.INVALID_DAYS });
  });
  it('follows a stricter local maximum of 20 days', () => {
    expect(validateExtension(21, null, { rules: { maxExtensionDays: 20 } })).toMatchObject({
      ok: false,
      code: ClockRuleCode.EXTENSION_TOO_LONG,
    });
  });
});

describe('canExtend', () => {
  const base = accepted('2023-06-01T10:00:00+08:00');
  it('allows an extension up to the last instant of the handling period', () => {
    expect(canExtend(base, t('2023-07-31T23:59:59.999+08:00'))).toEqual({ ok: true });
  });
  it('refuses once the handling deadline has passed', () => {
    expect(canExtend(base, t('2023-08-01T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.HANDLING_DEADLINE_PASSED,
    });
  });
  it('refuses a case that is not accepted', () => {
    expect(canExtend({ receivedAt: base.receivedAt }, t('2023-06-02T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.NOT_ACCEPTED,
    });
  });
  it('refuses a case already replied to', () => {
    expect(
      canExtend({ ...base, repliedAt: t('2023-06-20T00:00:00+08:00') }, t('2023-06-21T00:00:00+08:00')),
    ).toMatchObject({
      ok: false,
      code: ClockRuleCode.ALREADY_REPLIED,
    });
  });
  it('refuses a second extension', () => {
    expect(canExtend({ ...base, extensionDays: 30 }, t('2023-06-21T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.EXTENSION_ALREADY_USED,
    });
  });
});

describe('canRequestReview (Art. 35)', () => {
  const replied: ClockFacts = {
    ...accepted('2023-06-01T10:00:00+08:00'),
    repliedAt: t('2023-06-01T10:00:00+08:00'),
    deliveredAt: t('2023-06-01T10:00:00+08:00'),
  };
  it('is open at the last instant of the 30th day after delivery, carried from Saturday 07-01 to Monday 07-03', () => {
    expect(canRequestReview(replied, t('2023-07-03T23:59:59.999+08:00'))).toEqual({ ok: true });
  });
  it('is closed one millisecond later', () => {
    expect(canRequestReview(replied, t('2023-07-04T00:00:00.000+08:00'))).toEqual({
      ok: false,
      code: ClockRuleCode.REVIEW_WINDOW_CLOSED,
      message:
        'The 30-day window for a review, from receipt of the answer, closed at 2023-07-03T15:59:59.999Z.',
    });
  });
  it('closes on the Saturday itself without the last-day rule', () => {
    expect(canRequestReview(replied, t('2023-07-01T23:59:59.999+08:00'), { lastDayRule: false })).toEqual({
      ok: true,
    });
    expect(canRequestReview(replied, t('2023-07-02T00:00:00+08:00'), { lastDayRule: false })).toMatchObject({
      ok: false,
      code: ClockRuleCode.REVIEW_WINDOW_CLOSED,
    });
  });
  it('runs from the day the petitioner received the reply, not from the reply', () => {
    const late = { ...replied, deliveredAt: t('2023-06-20T00:00:00+08:00') };
    // 06-20 + 30 = 07-20.
    expect(canRequestReview(late, t('2023-07-20T18:00:00+08:00'))).toEqual({ ok: true });
    expect(canRequestReview(late, t('2023-07-21T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.REVIEW_WINDOW_CLOSED,
    });
  });
  it('is open while no delivery is recorded: the window has not started', () => {
    const undelivered = { ...replied, deliveredAt: null };
    expect(canRequestReview(undelivered, t('2023-12-01T10:00:00+08:00'))).toEqual({ ok: true });
  });
  it('needs a reply first', () => {
    expect(
      canRequestReview(accepted('2023-06-01T10:00:00+08:00'), t('2023-06-02T00:00:00+08:00')),
    ).toMatchObject({
      ok: false,
      code: ClockRuleCode.NOT_REPLIED,
    });
  });
  it('cannot be dated before the reply', () => {
    expect(canRequestReview(replied, t('2023-06-01T09:59:59+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.REQUEST_BEFORE_REPLY,
    });
  });
  it('can be requested only once', () => {
    const requested = { ...replied, reviewRequestedAt: t('2023-06-10T00:00:00+08:00') };
    expect(canRequestReview(requested, t('2023-06-11T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.REVIEW_ALREADY_REQUESTED,
    });
  });
  it('takes closedAt as the answer when no reply was recorded', () => {
    const closed: ClockFacts = {
      ...accepted('2023-06-01T10:00:00+08:00'),
      closedAt: t('2023-06-10T10:00:00+08:00'),
      deliveredAt: t('2023-06-10T10:00:00+08:00'),
    };
    expect(canRequestReview(closed, t('2023-06-10T09:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.REQUEST_BEFORE_REPLY,
    });
    // 06-10 + 30 = 07-10 (a Monday).
    expect(canRequestReview(closed, t('2023-07-10T23:59:59.999+08:00'))).toEqual({ ok: true });
    expect(canRequestReview(closed, t('2023-07-11T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.REVIEW_WINDOW_CLOSED,
    });
  });
});

describe('canRequestRereview (Art. 36)', () => {
  const reviewed: ClockFacts = {
    ...accepted('2023-06-01T10:00:00+08:00'),
    repliedAt: t('2023-06-10T10:00:00+08:00'),
    reviewRequestedAt: t('2023-06-15T10:00:00+08:00'),
    reviewRepliedAt: t('2023-07-10T10:00:00+08:00'),
    reviewDeliveredAt: t('2023-07-10T10:00:00+08:00'),
  };
  it('needs a review answer first', () => {
    const { reviewRepliedAt: _omit, ...pending } = reviewed;
    expect(canRequestRereview(pending, t('2023-07-01T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.REVIEW_NOT_ANSWERED,
    });
  });
  it('is open while the review answer is not recorded as delivered', () => {
    expect(
      canRequestRereview({ ...reviewed, reviewDeliveredAt: null }, t('2023-10-01T00:00:00+08:00')),
    ).toEqual({
      ok: true,
    });
  });
  it('is open at the last instant of the 30th day after the review answer was delivered', () => {
    expect(canRequestRereview(reviewed, t('2023-08-09T23:59:59.999+08:00'))).toEqual({ ok: true });
  });
  it('is closed one millisecond later', () => {
    expect(canRequestRereview(reviewed, t('2023-08-10T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.REREVIEW_WINDOW_CLOSED,
    });
  });
  it('makes the matter final: no second re-review and no new review', () => {
    const final = {
      ...reviewed,
      rereviewRequestedAt: t('2023-07-20T10:00:00+08:00'),
      rereviewRepliedAt: t('2023-08-15T10:00:00+08:00'),
    };
    expect(canRequestRereview(final, t('2023-08-16T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.REREVIEW_ALREADY_REQUESTED,
    });
    expect(canRequestReview(final, t('2023-08-16T00:00:00+08:00'))).toMatchObject({
      ok: false,
      code: ClockRuleCode.REVIEW_ALREADY_REQUESTED,
    });
  });
});
