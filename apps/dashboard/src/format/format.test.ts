import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatMonth,
  formatMonthShort,
  formatPercent,
  formatSignedPoints,
  numberFormat,
  type NumberOptions,
} from './format';

describe('numberFormat', () => {
  // Written without Intl (its start-up delays the first numbers): it must agree with Intl digit for digit.
  const optionSets: NumberOptions[] = [
    { maximumFractionDigits: 0 },
    { minimumFractionDigits: 1, maximumFractionDigits: 1 },
    { maximumFractionDigits: 1 },
    { maximumFractionDigits: 2 },
    {},
    { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
    { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 },
    { style: 'percent' },
  ];
  // A seeded walk over magnitudes, halves and the binary near-halves that trip naive rounding.
  let seed = 13;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const values = [
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    2.5,
    -2.5,
    0.05,
    0.15,
    0.25,
    0.35,
    1.005,
    2.675,
    0.0285,
    0.9995,
    0.99995,
    999.95,
    999_999.5,
    1234567.891,
    20174,
    1e15 + 0.5,
    12.345,
    -0.001,
    0.125,
    0.375,
  ];
  for (let i = 0; i < 3000; i += 1) {
    const magnitude = 10 ** Math.floor(random() * 12 - 4);
    values.push((((random() < 0.2 ? -1 : 1) * Math.round(random() * 1e6)) / 1e6) * magnitude);
    values.push(Math.floor(random() * 2000) / 1000 + 0.0005);
    values.push(Math.floor(random() * 10_000) / 20_000);
  }
  it.each(['zh-CN', 'en'] as const)('writes every value as Intl.NumberFormat does (%s)', (locale) => {
    for (const options of optionSets) {
      const intl = new Intl.NumberFormat(locale, options);
      const ours = numberFormat(locale, options);
      const differing = values.filter((v) => ours.format(v) !== intl.format(v));
      expect(
        differing.map((v) => [v, ours.format(v), intl.format(v)]),
        JSON.stringify(options),
      ).toEqual([]);
    }
  });
});

describe('formatPercent', () => {
  it('prints a rate with one decimal in both locales', () => {
    expect(formatPercent(0.9753521126760564, 'zh-CN')).toBe('97.5%');
    expect(formatPercent(0.9753521126760564, 'en')).toBe('97.5%');
  });
  it('prints 0 and 1 exactly', () => {
    expect(formatPercent(0, 'zh-CN')).toBe('0.0%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
  });
  it('prints a dash for a rate over nothing (null) or a non-number', () => {
    expect(formatPercent(null, 'zh-CN')).toBe('—');
    expect(formatPercent(undefined, 'en')).toBe('—');
    expect(formatPercent(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(20174, 'zh-CN')).toBe('20,174');
    expect(formatCount(3500, 'en')).toBe('3,500');
  });
  it('prints a dash for a suppressed (null) count, not 0', () => {
    expect(formatCount(null, 'zh-CN')).toBe('—');
    expect(formatCount(0, 'zh-CN')).toBe('0');
  });
});

describe('formatSignedPoints', () => {
  it('signs with plus and a real minus', () => {
    expect(formatSignedPoints(1.4, 'zh-CN')).toBe('+1.4');
    expect(formatSignedPoints(-5, 'en')).toBe('−5.0');
    expect(formatSignedPoints(0, 'en')).toBe('0.0');
    expect(formatSignedPoints(null, 'en')).toBe('—');
  });
});

describe('dates in Asia/Shanghai', () => {
  it('shows the Shanghai day of an instant late in the UTC day', () => {
    // 2026-03-31 17:30 UTC is 2026-04-01 01:30 in Shanghai.
    expect(formatDate('2026-03-31T17:30:00.000Z')).toBe('2026-04-01');
    expect(formatDateTime('2026-03-31T17:30:00.000Z')).toBe('2026-04-01 01:30');
  });
  it('shows the last instant of a due day as that day', () => {
    expect(formatDateTime('2023-07-31T15:59:59.999Z')).toBe('2023-07-31 23:59');
  });
  it('prints a dash for a missing or unreadable instant', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});

describe('months', () => {
  it('names a month for people', () => {
    expect(formatMonth('2026-03-01', 'zh-CN')).toBe('2026年3月');
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
  });
  it('labels an axis month short, with the year when asked', () => {
    expect(formatMonthShort('2026-12-01', 'zh-CN')).toBe('12月');
    expect(formatMonthShort('2026-01-01', 'zh-CN', true)).toBe('2026年1月');
    expect(formatMonthShort('2026-01-01', 'en', true)).toBe('Jan 2026');
  });
});
