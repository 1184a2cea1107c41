import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCK_RULES, resolveClockRules } from './clock-rules.js';

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
