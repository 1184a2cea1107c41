import { describe, expect, it } from 'vitest';
import {
  aspectOf,
  levelShapes,
  mapCells,
  mapMetric,
  mapRange,
  nestedShapes,
  type MapBucket,
  type MapShapes,
} from './map';

const units = [
  { key: 'T1', name: '金积镇', population: 2000 },
  { key: 'T2', name: '古城镇', population: 4000 },
  { key: 'T3', name: '板桥乡', population: 1000 },
];
const kpis = (n: number, d: number) => ({
  timelyAcceptance: { numerator: n, denominator: d },
  onTimeClosure: { numerator: 0, denominator: 0 },
  satisfaction: { numerator: n, denominator: d },
});
const buckets: MapBucket[] = [
  { townshipCode: 'T1', count: 40, kpis: kpis(27, 30) },
  { townshipCode: 'T2', count: null, suppressed: true, kpis: null },
  { townshipCode: 'T1', period: '2026-01-01', count: 5, kpis: kpis(4, 5) },
];

describe('mapCells', () => {
  it('colours by cases, per 1,000 residents, or a KPI in per cent, with every unit present', () => {
    const cases = mapCells(buckets, units, 'township', mapMetric('CASES'), { month: null });
    expect(cases.map((c) => [c.code, c.value, c.suppressed])).toEqual([
      ['T1', 40, false],
      ['T2', null, true],
      ['T3', 0, false],
    ]);
    expect(mapCells(buckets, units, 'township', mapMetric('CASES_PER_1000'), { month: null })[0]!.value).toBe(
      20,
    );
    const timely = mapCells(buckets, units, 'township', mapMetric('TIMELY_ACCEPTANCE'), { month: null });
    expect(timely[0]).toMatchObject({ value: 90, numerator: 27, denominator: 30, count: 40 });
    // Nothing to rate is no value, not 0 %.
    expect(timely[2]).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(
      mapCells(buckets, units, 'township', mapMetric('ON_TIME_CLOSURE'), { month: null })[0]!.value,
    ).toBeNull();
  });

  it("takes one month's buckets for the slider", () => {
    const jan = mapCells(buckets, units, 'township', mapMetric('TIMELY_ACCEPTANCE'), { month: '2026-01-01' });
    expect(jan.map((c) => c.value)).toEqual([80, null, null]);
  });

  it('counts the alerts of the unit’s own grain in the month or the period', () => {
    const alerts = [
      { scope: 'TOWNSHIP' as const, month: '2026-01', townshipCode: 'T1', villageCode: null },
      { scope: 'TOWNSHIP' as const, month: '2026-02', townshipCode: 'T1', villageCode: null },
      { scope: 'VILLAGE' as const, month: '2026-01', townshipCode: 'T1', villageCode: 'V1' },
    ];
    const metric = mapMetric('ALERTS');
    const period = mapCells([], units, 'township', metric, {
      month: null,
      alerts,
      months: ['2026-01-01', '2026-02-01'],
    });
    expect(period.map((c) => c.value)).toEqual([2, 0, 0]);
    expect(mapCells([], units, 'township', metric, { month: '2026-02-01', alerts })[0]!.value).toBe(1);
    // A period of one month counts that month's; all time (no months) every month's.
    expect(
      mapCells([], units, 'township', metric, { month: null, alerts, months: ['2026-02-01'] })[0]!.value,
    ).toBe(1);
    expect(mapCells([], units, 'township', metric, { month: null, alerts })[0]!.value).toBe(2);
  });

  it('reads an unknown metric as cases', () => {
    expect(mapMetric('DROP TABLE').metric).toBe('CASES');
  });
});

describe('mapRange', () => {
  it('spans every frame; a count from 0, a rate from its lowest value', () => {
    const cell = (value: number | null) => ({
      code: 'x',
      name: 'x',
      value,
      suppressed: false,
      numerator: null,
      denominator: null,
      count: null,
    });
    expect(mapRange([[cell(3), cell(null)], [cell(9)]], false)).toEqual([0, 9]);
    expect(mapRange([[cell(88)], [cell(97.5)]], true)).toEqual([88, 97.5]);
    expect(mapRange([[cell(null)]], true)).toEqual([0, 100]);
    expect(mapRange([[cell(0)]], false)).toEqual([0, 1]);
  });
});

describe('levelShapes', () => {
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [106, 38],
        [106.1, 38],
        [106.1, 38.1],
        [106, 38.1],
        [106, 38],
      ],
    ],
  };
  const f = (code: string, level: 'TOWNSHIP' | 'VILLAGE', townshipCode: string) => ({
    type: 'Feature' as const,
    properties: { code, level, townshipCode },
    geometry: square,
  });
  const tiles: MapShapes = {
    type: 'FeatureCollection',
    features: [f('T1', 'TOWNSHIP', 'T1'), f('V1', 'VILLAGE', 'T1'), f('V2', 'VILLAGE', 'T2')],
  };
  const pack: MapShapes = {
    type: 'FeatureCollection',
    features: [f('T1', 'TOWNSHIP', 'T1'), f('V9', 'VILLAGE', 'T2')],
  };

  it('draws the pack where it has the level, the tiles elsewhere, and says which', () => {
    expect(levelShapes(null, tiles, 'township', null)).toMatchObject({ schematic: true });
    expect(levelShapes(pack, tiles, 'township', null)).toMatchObject({
      schematic: false,
      shapes: { features: [pack.features[0]] },
    });
    // The pack has T2's villages but not T1's: T1's are the tiles'.
    expect(levelShapes(pack, tiles, 'village', 'T1')).toMatchObject({
      schematic: true,
      shapes: { features: [tiles.features[1]] },
    });
    expect(levelShapes(pack, tiles, 'village', 'T2')).toMatchObject({
      schematic: false,
      shapes: { features: [pack.features[1]] },
    });
  });

  it('corrects the aspect for the latitude', () => {
    expect(aspectOf(tiles)).toBeCloseTo(Math.cos((38.05 * Math.PI) / 180), 3);
    expect(aspectOf({ type: 'FeatureCollection', features: [] })).toBe(1);
  });
});

describe('nestedShapes', () => {
  /** A square of `size` degrees with its south-west corner at (lon, lat). */
  const square = (lon: number, lat: number, size: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  });
  const f = (
    code: string,
    level: 'TOWNSHIP' | 'VILLAGE',
    townshipCode: string,
    lon: number,
    size = 0.08,
  ) => ({
    type: 'Feature' as const,
    properties: { code, level, townshipCode },
    geometry: square(lon, 38, size),
  });
  const tiles: MapShapes = {
    type: 'FeatureCollection',
    features: [
      f('V1', 'VILLAGE', 'T1', 106.001, 0.02),
      f('T1', 'TOWNSHIP', 'T1', 106),
      f('T2', 'TOWNSHIP', 'T2', 106.1),
      f('V2', 'VILLAGE', 'T2', 106.101, 0.02),
    ],
  };
  const codes = (shapes: MapShapes) => shapes.features.map((x) => x.properties.code);

  it('puts the townships first (outlines under their villages), each named just above its top edge', () => {
    const { shapes, schematic } = nestedShapes(null, tiles, null);
    expect(schematic).toBe(true);
    expect(codes(shapes)).toEqual(['T1', 'T2', 'V1', 'V2']);
    // Middle of 106–106.08; 38.08 + 7.5 % of its 0.08° height: the middle of the tile map's row gap.
    const [lon, lat] = shapes.features[0]!.properties.cp!;
    expect(lon).toBeCloseTo(106.04, 9);
    expect(lat).toBeCloseTo(38.086, 9);
    expect(shapes.features[2]!.properties.cp).toBeUndefined();
  });

  it("draws only the link's township and its villages", () => {
    expect(codes(nestedShapes(null, tiles, 'T2').shapes)).toEqual(['T2', 'V2']);
  });

  it('draws a boundary pack only when it has every drawn township and all their villages', () => {
    const whole: MapShapes = {
      type: 'FeatureCollection',
      features: [
        f('T1', 'TOWNSHIP', 'T1', 106),
        f('P1', 'VILLAGE', 'T1', 106.01, 0.03),
        f('T2', 'TOWNSHIP', 'T2', 106.1),
        f('P2', 'VILLAGE', 'T2', 106.11, 0.03),
      ],
    };
    expect(nestedShapes(whole, tiles, null)).toMatchObject({ schematic: false });
    expect(codes(nestedShapes(whole, tiles, null).shapes)).toEqual(['T1', 'T2', 'P1', 'P2']);
    // Without T2's villages the pack's townships would hold the tiles' villages: the tiles draw it all.
    const partial: MapShapes = { type: 'FeatureCollection', features: whole.features.slice(0, 3) };
    expect(nestedShapes(partial, tiles, null)).toMatchObject({ schematic: true });
    expect(codes(nestedShapes(partial, tiles, null).shapes)).toEqual(['T1', 'T2', 'V1', 'V2']);
    // A township's wall needs only its own township's villages from the pack.
    expect(nestedShapes(partial, tiles, 'T1')).toMatchObject({ schematic: false });
  });
});
