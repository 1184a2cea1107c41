import { describe, expect, it } from 'vitest';
import { computeDeadlines, DeadlineKind } from './clock-deadlines.js';
import {
  acceptanceDueAt,
  dueAfter,
  handlingDueAt,
  isBeyondCalendar,
  leadershipDueAt,
  reopenDueAt,
  rereviewDueAt,
  reviewDueAt,
} from './clock-due-dates.js';
import { canRequestReview, ClockRuleCode } from './clock-guards.js';
import type { ClockFacts } from './clock-rules.js';
import { CN_CALENDAR_THROUGH, CN_STATE_COUNCIL_CALENDAR } from './holidays.js';
import { accepted, local, t } from './test/clock-fixtures.js';

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
