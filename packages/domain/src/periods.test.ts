import { describe, expect, it } from 'vitest';
import { computeKpisFromEvents } from './kpi-events.js';
import { CaseEventType as E, Satisfaction } from './enums.js';
import { isMonthClosed, monthClosesAt, readInstant } from './periods.js';
import type { StepEvent } from './case-facts.js';

const at = (iso: string) => new Date(`${iso}+08:00`);

describe('monthClosesAt', () => {
  it('closes a month at the end of its last local day plus the grace days', () => {
    expect(monthClosesAt('2023-05', 30).toISOString()).toBe(at('2023-06-30T23:59:59.999').toISOString());
    expect(monthClosesAt('2024-02-10', 0).toISOString()).toBe(at('2024-02-29T23:59:59.999').toISOString());
    expect(monthClosesAt('2023-12', 30).toISOString()).toBe(at('2024-01-30T23:59:59.999').toISOString());
  });

  it('refuses what is not a month or a grace', () => {
    expect(() => monthClosesAt('2023-13', 30)).toThrow(RangeError);
    expect(() => monthClosesAt('2023-05', -1)).toThrow(RangeError);
  });
});

describe('settling months per anchor', () => {
  it('closes receipt-anchored measures 4 months later and closing-anchored ones 2 months later', () => {
    expect(monthClosesAt('2023-05', 30, 'RECEIVED').toISOString()).toBe(
      at('2023-10-30T23:59:59.999').toISOString(),
    );
    expect(monthClosesAt('2023-05', 30, 'CLOSED').toISOString()).toBe(
      at('2023-08-30T23:59:59.999').toISOString(),
    );
    expect(monthClosesAt('2023-05', 30, 'RATED').toISOString()).toBe(
      at('2023-06-30T23:59:59.999').toISOString(),
    );
  });
});

describe('isMonthClosed and readInstant', () => {
  it('is open up to the last millisecond of the close and closed after it', () => {
    const close = monthClosesAt('2023-05', 30);
    expect(isMonthClosed('2023-05-17', close, 30)).toBe(false);
    expect(isMonthClosed('2023-05-17', new Date(close.getTime() + 1), 30)).toBe(true);
  });

  it('reads a closed month at its close, an open one at asOf', () => {
    const asOf = at('2026-12-06T10:00:00');
    expect(readInstant('2023-05-17', asOf, 30)).toEqual(monthClosesAt('2023-05', 30));
    expect(readInstant('2026-11-20', asOf, 30)).toEqual(asOf);
  });
});

describe('computeKpisFromEvents: a closed month as known at its close', () => {
  // Closed 2023-05-10, rated in October: May's closing-anchored measures settle 2 months + 30 days
  // (to 2023-08-30), so participation of May stays 0 of 1.
  const timeline: StepEvent[] = [
    { type: E.REGISTERED, at: at('2023-05-02T09:00:00') },
    { type: E.FORWARDED, at: at('2023-05-02T10:00:00'), unitId: 1 },
    { type: E.ACCEPTED, at: at('2023-05-03T09:00:00') },
    { type: E.REPLIED, at: at('2023-05-10T09:00:00'), payload: { outcome: 'SUPPORTED', text: '答复' } },
    { type: E.CLOSED, at: at('2023-05-10T10:00:00') },
    { type: E.RATED, at: at('2023-10-15T10:00:00'), payload: { satisfaction: Satisfaction.SATISFIED } },
  ];
  const may = { from: '2023-05-01', to: '2023-05-31' };

  it('counts the late rating in its own month, not in the closed month it would flatter', () => {
    const later = computeKpisFromEvents([timeline], may, at('2026-12-06T10:00:00'), { graceDays: 30 });
    expect(later.RATING_PARTICIPATION).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    const october = computeKpisFromEvents(
      [timeline],
      { from: '2023-10-01', to: '2023-10-31' },
      at('2026-12-06T10:00:00'),
      { graceDays: 30 },
    );
    expect(october.SATISFACTION).toEqual({ numerator: 1, denominator: 1, rate: 1 });
  });

  it('counts it while May is still open, and with closing switched off', () => {
    const beforeClose = computeKpisFromEvents([timeline], may, at('2023-06-20T10:00:00'), { graceDays: 60 });
    expect(beforeClose.RATING_PARTICIPATION.numerator).toBe(0);
    const open = computeKpisFromEvents([timeline], may, at('2023-10-16T10:00:00'), { graceDays: 120 });
    expect(open.RATING_PARTICIPATION).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    const noClosing = computeKpisFromEvents([timeline], may, at('2026-12-06T10:00:00'), { graceDays: null });
    expect(noClosing.RATING_PARTICIPATION.numerator).toBe(1);
  });
});
