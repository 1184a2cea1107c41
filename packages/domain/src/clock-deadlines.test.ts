import { describe, expect, it } from 'vitest';
import { computeDeadlines, type Deadline, DeadlineKind, DeadlineState } from './clock-deadlines.js';
import type { ClockFacts } from './clock-rules.js';
import { local, t } from './test/clock-fixtures.js';

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
