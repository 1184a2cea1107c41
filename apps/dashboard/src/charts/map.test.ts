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
  const option = mapChart(input) as {
    series: Series[];
    visualMap: { min: number; max: number; text: string[] };
  };
  const series = option.series[0]!;

  it('draws the registered shapes by division code, zoomable, square on the ground square on screen', () => {
    expect(series).toMatchObject({
      map: 'townships',
      nameProperty: 'code',
      aspectScale: 0.788,
      preserveAspect: 'contain',
      roam: true,
    });
  });

  it('colours on the given scale and writes its ends', () => {
    expect(option.visualMap).toMatchObject({ min: 0, max: 12, text: ['12 件', '0 件'] });
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

describe('mapChart on the wall', () => {
  const style = { scale: 2, text: '#ffffff', muted: '#b8c0cc', accent: '#56b4e9', background: '#10141b' };
  const ramp = ['#440154', '#fde725'];
  const option = mapChart({
    ...input,
    fontSize: 48,
    valueOnly: true,
    outlines: [{ code: 'D1', name: '利通区' }],
    ramp,
    wall: style,
  }) as {
    tooltip: unknown;
    series: (Series & { silent: boolean; top: number; label: Record<string, unknown> })[];
    visualMap: Record<string, unknown>;
  };
  const series = option.series[0]!;

  it('has nothing to hover, drag or click, and sizes its scale in design pixels times the scale', () => {
    expect(option.tooltip).toEqual({ show: false });
    expect(series).toMatchObject({ silent: true, roam: false });
    expect(option.visualMap).toMatchObject({
      orient: 'vertical',
      itemWidth: 48,
      itemHeight: 480,
      inRange: { color: ramp },
      textStyle: { fontSize: 48, color: '#ffffff' },
    });
  });

  it('labels the cells with their value alone, without a box that would reach over their neighbours', () => {
    expect(series.data.slice(0, 3).map((d) => d.caption)).toEqual(['12 件', '<3', '—']);
    expect(series.label.width).toBeUndefined();
  });

  it('draws outlines after the cells: transparent, named on the panel colour, room above for the names', () => {
    expect(series.data[3]).toMatchObject({
      name: 'D1',
      caption: '利通区',
      itemStyle: { areaColor: 'transparent', borderColor: '#b8c0cc', borderWidth: 4 },
      label: { color: '#ffffff', backgroundColor: '#10141b', lineHeight: 48 },
    });
    expect(Number.isNaN(series.data[3]!.value)).toBe(true);
    expect(series.top).toBe(60);
    // The keyboard's items stay the cells' (an outline is no place with a number).
    expect(mapItems({ ...input, outlines: [{ code: 'D1', name: '利通区' }] }, (v) => `${v} 件`)).toHaveLength(
      3,
    );
  });
});

describe('mapChart tooltips', () => {
  it('say what tooltipText says (a KPI with its parts), but a withheld or valueless shape why it has none', () => {
    const option = mapChart({ ...input, tooltipText: (c) => `${c.value}% (27/30)` }) as {
      series: { data: { text: string }[] }[];
    };
    expect(option.series[0]!.data.map((d) => d.text)).toEqual(['12% (27/30)', '<3', '—']);
  });
});
