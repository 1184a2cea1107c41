import { describe, expect, it } from 'vitest';
import {
  canExtend,
  canRequestRereview,
  canRequestReview,
  ClockRuleCode,
  validateExtension,
  validateHandlingDays,
} from './clock-guards.js';
import type { ClockFacts } from './clock-rules.js';
import { accepted, t } from './test/clock-fixtures.js';

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
