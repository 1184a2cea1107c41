import { describe, expect, it } from 'vitest';
import { KPI_DEFINITIONS } from '@lianxin/domain';
import { HEADLINE_KPIS, headlineCounts, kpiCards, kpiTrend, rank, warningSplit } from './overview';
import { wallKpis } from './wall';

const k = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

describe('headlineCounts', () => {
  it('reads cases in the period, open now, overdue now (red warnings) and new today', () => {
    const one = (count: number) => [{ count, suppressed: false }];
    expect(
      headlineCounts({ total: one(412), openNow: one(57), newToday: one(3), warningCounts: { red: 6 } }),
    ).toEqual({ total: 412, openNow: 57, overdueNow: 6, newToday: 3 });
  });
  it('says nothing it does not know: before the answer, or for a withheld count', () => {
    expect(headlineCounts(undefined)).toEqual({
      total: null,
      openNow: null,
      overdueNow: null,
      newToday: null,
    });
    expect(
      headlineCounts({
        total: [{ count: null, suppressed: true }],
        openNow: [],
        newToday: [{ count: 0, suppressed: false }],
        warningCounts: { red: 0 },
      }),
    ).toEqual({ total: null, openNow: 0, overdueNow: 0, newToday: 0 });
  });
});

describe('kpiCards', () => {
  it('gives the three headline KPIs in order with their parts and change in points', () => {
    const cards = kpiCards(
      { timelyAcceptance: k(3047, 3124), onTimeClosure: k(90, 100), satisfaction: k(0, 0) },
      { timelyAcceptance: k(2900, 3000), onTimeClosure: k(95, 100), satisfaction: k(5, 10) },
    );
    expect(cards.map((c) => c.code)).toEqual(['TIMELY_ACCEPTANCE', 'ON_TIME_CLOSURE', 'SATISFACTION']);
    // 97.54 % against 96.67 %: +0.9 points.
    expect(cards[0]).toMatchObject({ numerator: 3047, denominator: 3124, deltaPoints: 0.9 });
    expect(cards[1]!.deltaPoints).toBe(-5);
    expect(cards[2]).toMatchObject({ rate: null, previousRate: 0.5, deltaPoints: null });
    // The 未达标 link's count: denominator − numerator (all three are higher-is-better).
    expect(cards.map((c) => c.missed)).toEqual([77, 10, 0]);
  });
  it('puts each card against its target, the wall’s panels the same way', () => {
    const current = { timelyAcceptance: k(93, 100), onTimeClosure: k(80, 100), satisfaction: k(0, 0) };
    const targets = [
      { code: 'TIMELY_ACCEPTANCE', direction: 'AT_LEAST', targetPercent: 95 },
      { code: 'ON_TIME_CLOSURE', direction: 'AT_LEAST', targetPercent: 90 },
      { code: 'SATISFACTION', direction: 'AT_LEAST', targetPercent: 90 },
    ];
    const cards = kpiCards(current, null, targets);
    // 93 % is 2 points short of 95 (near); 80 % is 10 short of 90 (missed); no ratings, no status.
    expect(cards.map((c) => c.target?.status ?? null)).toEqual(['near', 'missed', null]);
    expect(cards[2]!.target).toEqual({ direction: 'AT_LEAST', targetPercent: 90, status: null });
    expect(wallKpis(current, null, targets).map((w) => w.target)).toEqual(cards.map((c) => c.target));
    expect(kpiCards(current, null, null)[0]!.target).toBeNull();
  });
  it('has no change without a previous period', () => {
    expect(
      kpiCards({ timelyAcceptance: k(1, 2), onTimeClosure: k(1, 2), satisfaction: k(1, 2) }, null)[0]!
        .deltaPoints,
    ).toBeNull();
  });
  it('shows zeros, not a crash, before data arrives', () => {
    expect(kpiCards(undefined, undefined)[0]).toMatchObject({ numerator: 0, denominator: 0, rate: null });
  });
  it('puts 参评率 beside 满意率, and nothing beside the others', () => {
    const cards = kpiCards(
      {
        timelyAcceptance: k(1, 2),
        onTimeClosure: k(1, 2),
        satisfaction: k(45, 50),
        ratingParticipation: k(50, 200),
      },
      null,
    );
    expect(cards.map((c) => c.companion)).toEqual([
      null,
      null,
      { code: 'RATING_PARTICIPATION', numerator: 50, denominator: 200, rate: 0.25 },
    ]);
    // Before the data (or without the field) it reads as nothing counted, not as a crash.
    expect(kpiCards(undefined, undefined)[2]!.companion).toEqual({
      code: 'RATING_PARTICIPATION',
      numerator: 0,
      denominator: 0,
      rate: null,
    });
  });
  it('pairs each headline KPI with the companion the KPI dictionary names', () => {
    for (const { code, companion } of HEADLINE_KPIS)
      expect(companion?.code ?? null, code).toBe(KPI_DEFINITIONS[code].companion);
  });
});

describe('kpiTrend', () => {
  it('lines 12 months up, gaps where a month has no bucket or no denominator', () => {
    const tr = kpiTrend(
      [
        {
          period: '2025-12-01',
          count: 300,
          kpis: { timelyAcceptance: k(9, 10), onTimeClosure: k(0, 0), satisfaction: k(1, 2) },
        },
        { period: '2026-11-01', count: null, kpis: null },
      ],
      { from: '2025-12-01', to: '2026-11-27' },
    );
    expect(tr.months).toHaveLength(12);
    expect(tr.months[0]).toBe('2025-12-01');
    expect(tr.rates.timelyAcceptance[0]).toBe(0.9);
    expect(tr.rates.onTimeClosure[0]).toBeNull();
    expect(tr.rates.satisfaction[1]).toBeNull();
    expect(tr.counts[0]).toBe(300);
    expect(tr.counts[1]).toBe(0);
    expect(tr.counts[11]).toBeNull();
  });
});

describe('rank', () => {
  it('orders largest first, ties by code whatever the names, unknown (null) last', () => {
    expect(
      rank([
        { key: 'b', name: '甲', value: 5 },
        { key: 'a', name: '乙', value: 5 },
        { key: 'c', name: '丙', value: null },
        { key: 'd', name: '丁', value: 9 },
      ]).map((i) => i.key),
    ).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('warningSplit', () => {
  it('counts red and yellow', () => {
    expect(
      warningSplit([
        { level: 'RED', daysLeft: -2 },
        { level: 'YELLOW', daysLeft: 1 },
        { level: 'RED', daysLeft: -1 },
      ]),
    ).toEqual({
      red: 2,
      yellow: 1,
    });
  });
});
