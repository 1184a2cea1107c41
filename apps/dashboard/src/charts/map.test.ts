import { describe, expect, it } from 'vitest';
import { mapChart, mapItems, type MapInput } from './map';
import { SUPPRESSED_COLOR } from './palette';

const cell = (code: string, name: string, value: number | null, suppressed = false) => ({
  code,
  name,
  value,
  suppressed,
  numerator: null,
  denominator: null,
  count: value,
});
const input: MapInput = {
  mapName: 'townships',
  aspect: 0.788,
  cells: [cell('T1', '金积镇', 12), cell('T2', '古城镇', null, true), cell('T3', '板桥乡', null)],
  range: [0, 12],
  valueText: (v) => `${v} 件`,
  suppressedLabel: '<3',
  noValueLabel: '—',
  clickable: true,
};

type Series = {
  map: string;
  nameProperty: string;
  aspectScale: number;
  roam: boolean;
  data: Record<string, unknown>[];
};

describe('mapChart', () => {
  const option = mapChart(input) as { series: Series[]; visualMap: { min: number; max: number } };
  const series = option.series[0]!;

  it('draws the registered shapes by division code, zoomable, on the given scale', () => {
    expect(series).toMatchObject({ map: 'townships', nameProperty: 'code', aspectScale: 0.788, roam: true });
    expect(option.visualMap).toMatchObject({ min: 0, max: 12 });
  });

  it('labels each shape with its name and value; withheld "<3" and valueless "—" in grey, off the scale', () => {
    expect(series.data.map((d) => [d.name, d.unitName, d.text])).toEqual([
      ['T1', '金积镇', '12 件'],
      ['T2', '古城镇', '<3'],
      ['T3', '板桥乡', '—'],
    ]);
    expect(series.data[0]!.value).toBe(12);
    for (const d of series.data.slice(1)) {
      expect(d.value).toBeNaN();
      expect(d.itemStyle).toEqual({ areaColor: SUPPRESSED_COLOR });
    }
  });

  it('lists the shapes for the keyboard with the same data a click emits', () => {
    const items = mapItems(input, (v) => `${v} 件`);
    expect(items.map((i) => [i.label, i.value])).toEqual([
      ['金积镇', '12 件'],
      ['古城镇', '<3'],
      ['板桥乡', '—'],
    ]);
    expect(items[0]!.data).toEqual(series.data[0]);
    expect(items[2]!.at).toEqual({ seriesIndex: 0, dataIndex: 2 });
  });
});
