import { describe, expect, it } from 'vitest';
import { WARNING_COLORS } from './palette';
import { warningChart, type WarningChartPoint } from './warning';

const names = { observed: '受理数', expected: '期望值', yellowBand: '黄色界限', redBand: '红色界限' };
const points: WarningChartPoint[] = [
  { label: '1月', observed: 2, expected: null, upperYellow: null, upperRed: null, level: null },
  { label: '2月', observed: 3, expected: 2.5, upperYellow: 6, upperRed: 8, level: null },
  { label: '3月', observed: 9, expected: 2, upperYellow: 5, upperRed: 7, level: 'RED' },
  { label: '4月', observed: 6, expected: 2, upperYellow: 5, upperRed: 7, level: 'YELLOW' },
];

type Series = { name: string; stack?: string; data: unknown[] };
const series = (option: ReturnType<typeof warningChart>) => option.series as Series[];

describe('warningChart', () => {
  it('stacks the band from the expectation up to the yellow and then the red bound, with gaps where not judged', () => {
    const [base, yellow, red] = series(warningChart({ points, names }));
    expect(base!.stack).toBe('band');
    expect(base!.data).toEqual(['-', 2.5, 2, 2]);
    expect(yellow!.data).toEqual(['-', 3.5, 3, 3]);
    expect(red!.data).toEqual(['-', 2, 2, 2]);
    // Stacked, the layers reach exactly the bounds.
    expect(2 + 3 + 2).toBe(points[2]!.upperRed);
  });

  it('draws counts and the expectation, and marks alarm months in their level’s colour', () => {
    const s = series(warningChart({ points, names }));
    const expected = s.find((x) => x.name === names.expected)!;
    expect(expected.data).toEqual(['-', 2.5, 2, 2]);
    const observed = s.find((x) => x.name === names.observed)!;
    expect(observed.data).toEqual([
      { value: 2 },
      { value: 3 },
      { value: 9, level: 'RED', symbolSize: 10, itemStyle: { color: WARNING_COLORS.RED } },
      { value: 6, level: 'YELLOW', symbolSize: 10, itemStyle: { color: WARNING_COLORS.YELLOW } },
    ]);
  });

  it('labels the months on the x axis', () => {
    const option = warningChart({ points, names }) as { xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(['1月', '2月', '3月', '4月']);
  });
});
