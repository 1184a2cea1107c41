import { KpiCode } from '@lianxin/domain';
import { describe, expect, it } from 'vitest';
import { NEAR_POINTS, targetStatus, targetView } from './targets';

describe('targetStatus', () => {
  it('is met at or above an AT_LEAST target', () => {
    expect(targetStatus(0.95, 95, 'AT_LEAST')).toBe('met');
    expect(targetStatus(0.9999, 95, 'AT_LEAST')).toBe('met');
  });
  it('is near up to 5 points below, missed beyond', () => {
    expect(NEAR_POINTS).toBe(5);
    expect(targetStatus(0.949, 95, 'AT_LEAST')).toBe('near');
    expect(targetStatus(0.9, 95, 'AT_LEAST')).toBe('near');
    expect(targetStatus(0.901, 95, 'AT_LEAST')).toBe('near');
    expect(targetStatus(0.899, 95, 'AT_LEAST')).toBe('missed');
    expect(targetStatus(0.5, 95, 'AT_LEAST')).toBe('missed');
  });
  it('compares the rate as shown (one decimal): 94.96 % shows as 95.0 % and meets 95', () => {
    expect(targetStatus(0.9496, 95, 'AT_LEAST')).toBe('met');
    expect(targetStatus(0.9494, 95, 'AT_LEAST')).toBe('near');
  });
  it('turns round for AT_MOST targets (lower is better, e.g. 重复访率)', () => {
    expect(targetStatus(0.04, 5, 'AT_MOST')).toBe('met');
    expect(targetStatus(0.05, 5, 'AT_MOST')).toBe('met');
    expect(targetStatus(0.1, 5, 'AT_MOST')).toBe('near');
    expect(targetStatus(0.101, 5, 'AT_MOST')).toBe('missed');
  });
  it('has no status without a rate', () => {
    expect(targetStatus(null, 95, 'AT_LEAST')).toBeNull();
    expect(targetStatus(Number.NaN, 95, 'AT_LEAST')).toBeNull();
  });
});

describe('targetView', () => {
  const targets = [
    { code: KpiCode.TIMELY_ACCEPTANCE, direction: 'AT_LEAST', targetPercent: 95 },
    { code: KpiCode.REPEAT_RATE, direction: 'AT_MOST', targetPercent: 8 },
    { code: KpiCode.SATISFACTION, direction: 'AT_LEAST', targetPercent: null },
  ];
  it('gives the target, its direction and the status', () => {
    expect(targetView(KpiCode.TIMELY_ACCEPTANCE, 0.93, targets)).toEqual({
      direction: 'AT_LEAST',
      targetPercent: 95,
      status: 'near',
    });
    expect(targetView(KpiCode.REPEAT_RATE, 0.2, targets)).toEqual({
      direction: 'AT_MOST',
      targetPercent: 8,
      status: 'missed',
    });
  });
  it('is null for a KPI without a target, or before the targets arrive', () => {
    expect(targetView(KpiCode.SATISFACTION, 0.9, targets)).toBeNull();
    expect(targetView(KpiCode.ON_TIME_CLOSURE, 0.9, targets)).toBeNull();
    expect(targetView(KpiCode.TIMELY_ACCEPTANCE, 0.9, undefined)).toBeNull();
  });
});
