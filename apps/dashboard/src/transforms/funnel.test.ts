import { KpiCode } from '@lianxin/domain';
import { funnelLimit } from '@lianxin/domain/statistics';
import { describe, expect, it } from 'vitest';
import { FUNNEL_METRICS, type FunnelInput, funnelInputs, funnelMetric, scopedUnits } from './funnel';
import { funnelView, sampleDenominators } from './funnelPlot';

const unit = (key: string, numerator: number | null, denominator: number | null): FunnelInput => ({
  key,
  name: `${key}镇`,
  numerator,
  denominator,
});

describe('funnelView', () => {
  // Pooled 313 / 400 (78.25 %); at n = 100 the limits are about 69.6–85.7 % (95 %) and 64.4–89.6 %
  // (99.8 %): A (88 %) is above the 95 % limit only, C (95 %) above the 99.8 % one, B (50 %) far below
  // it; E (80 %) is within, D has nothing to compare.
  const view = funnelView([
    unit('A', 88, 100),
    unit('B', 50, 100),
    unit('C', 95, 100),
    unit('D', 0, 0),
    unit('E', 80, 100),
  ]);

  it('centres on the pooled rate of the units with a denominator', () => {
    expect(view.numerator).toBe(313);
    expect(view.denominator).toBe(400);
    expect(view.target).toBe(313 / 400);
  });

  it('places every unit with a denominator, and only those outside the limits are outliers', () => {
    expect(view.units.map((u) => [u.key, u.rate, u.position])).toEqual([
      ['A', 0.88, 'ABOVE_95'],
      ['B', 0.5, 'BELOW_998'],
      ['C', 0.95, 'ABOVE_998'],
      ['E', 0.8, 'WITHIN'],
    ]);
    // 99.8 % before 95 %; within a band the furthest from the centre first.
    expect(view.outliers.map((u) => u.key)).toEqual(['B', 'C', 'A']);
    expect(view.withheld).toBe(0);
    // Of 4 units, chance alone puts 0.2 outside the 95 % limits.
    expect(view.expectedByChance).toEqual({ outside95: 0.2, outside998: 0.008 });
  });

  it('draws the limits from n = 1 to 5 % past the largest denominator, clipped to [0, 1]', () => {
    const { n, lower998, upper95, upper998 } = view.curves;
    expect(n[0]).toBe(1);
    expect(n.at(-1)).toBe(105);
    expect(n).toEqual([...n].sort((a, b) => a - b));
    // At n = 1 the lower limits lie below 0 (−0.99 for 99.8 %); the chart shows the clipped edge.
    expect(funnelLimit(0.7825, 1, 0.001)).toBeLessThan(0);
    expect(lower998[0]).toBe(0);
    expect([...lower998, ...upper998].every((x) => x >= 0 && x <= 1)).toBe(true);
    expect(upper95.at(-1)).toBe(funnelLimit(0.7825, 105, 0.975));
  });

  it('leaves withheld units out of both the points and the centre line', () => {
    const v = funnelView([unit('A', 9, 10), unit('B', null, null), unit('C', 7, 10)]);
    expect(v.withheld).toBe(1);
    expect(v.target).toBe(0.8);
    expect(v.units.map((u) => u.key)).toEqual(['A', 'C']);
    expect(v.outliers).toEqual([]);
  });

  it('has no centre line, points or curves without any denominator', () => {
    const v = funnelView([unit('A', 0, 0)]);
    expect(v.target).toBeNull();
    expect(v.units).toEqual([]);
    expect(v.curves.n).toEqual([]);
  });
});

describe('sampleDenominators', () => {
  it('takes every n up to 20, then steps even in √n, ending at the maximum', () => {
    const n = sampleDenominators(400, 4);
    expect(n).toEqual([...Array.from({ length: 20 }, (_, i) => i + 1), 70, 150, 260, 400]);
    expect(sampleDenominators(5)).toEqual([1, 2, 3, 4, 5]);
    expect(sampleDenominators(0)).toEqual([]);
  });
});

describe('funnelMetric', () => {
  it('reads the URL, defaulting to 及时受理率', () => {
    expect(funnelMetric('SATISFACTION').field).toBe('satisfaction');
    expect(funnelMetric('CASES_PER_1000')).toMatchObject({ field: null, scale: 1000, higherIsBetter: false });
    expect(funnelMetric(undefined).metric).toBe(KpiCode.TIMELY_ACCEPTANCE);
    expect(funnelMetric('nonsense').metric).toBe(KpiCode.TIMELY_ACCEPTANCE);
    expect(FUNNEL_METRICS.map((m) => m.metric)).toEqual([
      'TIMELY_ACCEPTANCE',
      'ON_TIME_CLOSURE',
      'SATISFACTION',
      'CASES_PER_1000',
    ]);
  });
});

const TOWNSHIPS = [
  {
    code: 'T1',
    name: '金积镇',
    villages: [
      { code: 'V1', name: '一村', population: 1000 },
      { code: 'V2', name: '二村', population: 2500 },
    ],
  },
  { code: 'T2', name: '古城镇', villages: [{ code: 'V3', name: '三村', population: 800 }] },
];

describe('scopedUnits', () => {
  it("gives a township the sum of its villages' populations", () => {
    expect(scopedUnits(TOWNSHIPS, { townshipCodes: [], villageCodes: [] }, 'township')).toEqual([
      { key: 'T1', name: '金积镇', population: 3500 },
      { key: 'T2', name: '古城镇', population: 800 },
    ]);
  });

  it('keeps to the filtered places, so a village outside them is not drawn as having no cases', () => {
    expect(scopedUnits(TOWNSHIPS, { townshipCodes: ['T1'], villageCodes: [] }, 'village')).toEqual([
      { key: 'V1', name: '一村', population: 1000 },
      { key: 'V2', name: '二村', population: 2500 },
    ]);
    expect(scopedUnits(TOWNSHIPS, { townshipCodes: [], villageCodes: ['V2'] }, 'township')).toEqual([
      { key: 'T1', name: '金积镇', population: 2500 },
    ]);
  });
});

describe('funnelInputs', () => {
  const kpis = (n: number, d: number) => ({
    timelyAcceptance: { numerator: n, denominator: d },
    onTimeClosure: { numerator: n - 1, denominator: d },
    satisfaction: { numerator: 0, denominator: 0 },
  });
  const units = scopedUnits(TOWNSHIPS, { townshipCodes: [], villageCodes: [] }, 'village');
  const buckets = [
    { villageCode: 'V1', count: 12, suppressed: false, kpis: kpis(11, 12) },
    { villageCode: 'V2', count: null, suppressed: true, kpis: null },
  ];

  it("takes a KPI's parts; a village without a bucket had nothing to count", () => {
    expect(funnelInputs(buckets, 'villageCode', units, funnelMetric('ON_TIME_CLOSURE'))).toEqual([
      { key: 'V1', name: '一村', numerator: 10, denominator: 12 },
      { key: 'V2', name: '二村', numerator: null, denominator: null },
      { key: 'V3', name: '三村', numerator: 0, denominator: 0 },
    ]);
  });

  it('counts cases per resident, a village without a bucket as none of its population', () => {
    expect(funnelInputs(buckets, 'villageCode', units, funnelMetric('CASES_PER_1000'))).toEqual([
      { key: 'V1', name: '一村', numerator: 12, denominator: 1000 },
      { key: 'V2', name: '二村', numerator: null, denominator: null },
      { key: 'V3', name: '三村', numerator: 0, denominator: 800 },
    ]);
  });

  it('leaves out a unit with more cases than residents (not a proportion)', () => {
    const many = [{ villageCode: 'V3', count: 801, suppressed: false, kpis: kpis(1, 1) }];
    expect(funnelInputs(many, 'villageCode', units, funnelMetric('CASES_PER_1000'))[2]).toEqual({
      key: 'V3',
      name: '三村',
      numerator: null,
      denominator: null,
    });
  });
});
