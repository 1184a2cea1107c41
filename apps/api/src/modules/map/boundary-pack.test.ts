import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generateDistrict } from '@lianxin/seed';
import { describe, expect, it } from 'vitest';
import {
  BoundaryPackRefused,
  BoundaryPackTooLarge,
  checkBoundaryPack,
  PACK_LIMITS,
  type PackPlaces,
  type PackProblem,
} from './boundary-pack.js';

const require = createRequire(import.meta.url);

// Two townships; the first has two villages, the second none.
const PLACES: PackPlaces = {
  townships: [
    { code: '640302100000', name: '甲镇' },
    { code: '640302200000', name: '乙乡' },
  ],
  villages: [
    { code: '640302100201', name: '一村', townshipCode: '640302100000' },
    { code: '640302100202', name: '二村', townshipCode: '640302100000' },
  ],
};

const square = (lon: number, lat: number, size = 0.01) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
const feature = (code: unknown, rings: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { code, ...extra },
  geometry: { type: 'Polygon', coordinates: rings },
});
const pack = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const TOWNSHIPS = [
  feature('640302100000', [square(106.2, 37.98)]),
  feature('640302200000', [square(106.22, 37.98)]),
];

/** The problems a refused pack names (fails the test if it was accepted or refused otherwise). */
async function problemsOf(text: string | Buffer, places = PLACES): Promise<PackProblem[]> {
  const error = await checkBoundaryPack(text, places).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BoundaryPackRefused);
  return (error as BoundaryPackRefused).problems;
}

async function tooLarge(text: string): Promise<BoundaryPackTooLarge> {
  const error = await checkBoundaryPack(text, PLACES).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BoundaryPackTooLarge);
  return error as BoundaryPackTooLarge;
}

describe('checkBoundaryPack', () => {
  it('accepts every township without villages, and counts them', async () => {
    const checked = await checkBoundaryPack(pack(TOWNSHIPS), PLACES);
    expect(checked).toMatchObject({ townships: 2, villages: 0 });
    expect(checked.geojson.features.map((f) => f.properties)).toEqual([
      { code: '640302100000', level: 'TOWNSHIP', townshipCode: '640302100000' },
      { code: '640302200000', level: 'TOWNSHIP', townshipCode: '640302200000' },
    ]);
    expect(checked.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(checked.text)).toEqual(checked.geojson);
  });

  it('accepts a township with all its villages, a MultiPolygon, a hole, a BOM and a Buffer', async () => {
    const multi = {
      type: 'Feature',
      properties: { code: '640302100201' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [[square(106.2, 37.98, 0.004)], [square(106.205, 37.98, 0.004)]],
      },
    };
    const holed = feature('640302100202', [square(106.2, 37.985, 0.004), square(106.201, 37.986, 0.001)]);
    const text = `\uFEFF${pack([holed, ...TOWNSHIPS, multi])}`;
    const checked = await checkBoundaryPack(Buffer.from(text, 'utf8'), PLACES);
    expect(checked).toMatchObject({ townships: 2, villages: 2 });
    // Sorted by code: each township before its villages.
    expect(
      checked.geojson.features.map((f) => [f.properties.code, f.properties.level, f.properties.townshipCode]),
    ).toEqual([
      ['640302100000', 'TOWNSHIP', '640302100000'],
      ['640302100201', 'VILLAGE', '640302100000'],
      ['640302100202', 'VILLAGE', '640302100000'],
      ['640302200000', 'TOWNSHIP', '640302200000'],
    ]);
    expect(checked.geojson.features[1]!.geometry.type).toBe('MultiPolygon');
  });

  it('drops every other property, member and height, and gives the same sha256 whatever the order', async () => {
    const withExtras = {
      type: 'Feature',
      id: 7,
      bbox: [0, 0, 1, 1],
      properties: { code: '640302100000', name: '甲镇', adcode: 640302, style: { fill: 'red' } },
      geometry: {
        type: 'Polygon',
        coordinates: [square(106.2, 37.98).map(([x, y]) => [x, y, 1200])],
        bbox: [1],
      },
    };
    const a = await checkBoundaryPack(
      JSON.stringify({ type: 'FeatureCollection', name: 'x', crs: {}, features: [withExtras, TOWNSHIPS[1]] }),
      PLACES,
    );
    expect(a.geojson.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [square(106.2, 37.98)] },
      properties: { code: '640302100000', level: 'TOWNSHIP', townshipCode: '640302100000' },
    });
    const b = await checkBoundaryPack(pack([TOWNSHIPS[1], TOWNSHIPS[0]]), PLACES);
    expect(b.sha256).toBe(a.sha256);
    expect(b.text).toBe(a.text);
  });

  it('refuses broken JSON and text that is not UTF-8', async () => {
    const [broken] = await problemsOf('{"type": "FeatureCollection", "features": [');
    expect(broken!.message).toMatch(/^the file is not UTF-8 JSON: /);
    const [gbk] = await problemsOf(Buffer.from([0x7b, 0xd6, 0xd0, 0x7d]));
    expect(gbk!.message).toMatch(/^the file is not UTF-8 JSON: /);
  });

  it('refuses what is not a FeatureCollection, and a member that is not a Feature', async () => {
    for (const text of ['[]', '{"type":"Feature"}', '{"type":"FeatureCollection"}', 'null'])
      expect(await problemsOf(text)).toEqual([
        {
          message:
            'the file is not a GeoJSON FeatureCollection (an object with type "FeatureCollection" and features)',
        },
      ]);
    const problems = await problemsOf(pack([...TOWNSHIPS, { type: 'Point', coordinates: [0, 0] }]));
    expect(problems).toEqual([{ feature: 2, message: 'feature 2: is not a GeoJSON Feature' }]);
  });

  it('refuses a feature without a code, an unknown code and a code given twice, naming index and code', async () => {
    const problems = await problemsOf(
      pack([
        ...TOWNSHIPS,
        feature(640302100000, [square(106, 37)]),
        feature('640302999000', [square(106, 37)], { adcode: '640302100000' }),
        feature('640302200000', [square(106.3, 37.98)]),
      ]),
    );
    expect(problems).toEqual([
      { feature: 2, message: 'feature 2: has no properties.code (a string: the township or village code)' },
      {
        feature: 3,
        code: '640302999000',
        message: 'feature 3 (640302999000): code 640302999000 is no township or village of the district',
      },
      {
        feature: 4,
        code: '640302200000',
        message: 'feature 4 (640302200000): code 640302200000 is already the code of feature 1',
      },
    ]);
  });

  it('refuses a self-intersecting polygon (a bow-tie), which boolean-valid alone lets through', async () => {
    const bowTie = [
      [106.2, 37.98],
      [106.21, 37.99],
      [106.21, 37.98],
      [106.2, 37.99],
      [106.2, 37.98],
    ];
    const problems = await problemsOf(pack([feature('640302100000', [bowTie]), TOWNSHIPS[1]]));
    expect(problems).toEqual([
      {
        feature: 0,
        code: '640302100000',
        message: 'feature 0 (640302100000): ring 0 crosses itself at (106.205, 37.985)',
      },
    ]);
  });

  it('refuses a hole across its shell and overlapping parts of a MultiPolygon', async () => {
    const across = feature('640302100000', [square(106.2, 37.98), square(106.205, 37.985)]);
    const overlapping = {
      type: 'Feature',
      properties: { code: '640302200000' },
      geometry: { type: 'MultiPolygon', coordinates: [[square(106.2, 37.98)], [square(106.205, 37.985)]] },
    };
    const problems = await problemsOf(pack([across, overlapping]));
    expect(problems.map((p) => [p.feature, p.code])).toEqual([
      [0, '640302100000'],
      [1, '640302200000'],
    ]);
    expect(problems[0]!.message).toMatch(/is not a valid polygon \(OGC simple features\)/);
  });

  it('refuses an unclosed ring, a short ring, other geometries and out-of-range or non-finite positions', async () => {
    const ring = square(106.2, 37.98);
    const problems = await problemsOf(
      pack([
        feature('640302100000', [ring.slice(0, 4)]),
        feature('640302200000', [[ring[0], ring[1], ring[0]]]),
        {
          type: 'Feature',
          properties: { code: '640302100201' },
          geometry: { type: 'LineString', coordinates: ring },
        },
        feature('640302100202', [[...ring.slice(0, 2), [186.2, 37.99], ...ring.slice(3)]]),
        feature('640302100202', [[...ring.slice(0, 2), [106.2, -91], ...ring.slice(3)]]),
        feature('640302100201', [[...ring.slice(0, 2), ['106.2', 37.99], ...ring.slice(3)]]),
        { type: 'Feature', properties: { code: '640302100201' }, geometry: null },
      ]),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'feature 0 (640302100000): ring 0 is not closed: its last position is not its first',
      'feature 1 (640302200000): ring 0 has 3 positions; a ring needs at least 4',
      'feature 2 (640302100201): geometry is "LineString"; a boundary is a Polygon or MultiPolygon',
      'feature 3 (640302100202): ring 0, position 2: longitude 186.2 is outside [-180, 180]',
      'feature 4 (640302100202): code 640302100202 is already the code of feature 3',
      'feature 4 (640302100202): ring 0, position 2: latitude -91 is outside [-90, 90]',
      'feature 5 (640302100201): code 640302100201 is already the code of feature 2',
      'feature 5 (640302100201): ring 0, position 2 holds something other than finite numbers',
      'feature 6 (640302100201): code 640302100201 is already the code of feature 2',
      'feature 6 (640302100201): has no geometry',
    ]);
  });

  it('lists every township missing, by code and name', async () => {
    expect(await problemsOf(pack([TOWNSHIPS[1]]))).toEqual([
      {
        code: '640302100000',
        message: 'township 640302100000 甲镇 has no feature: every township is needed',
      },
    ]);
  });

  it('refuses some but not all of a township’s villages, listing the missing ones', async () => {
    const problems = await problemsOf(
      pack([...TOWNSHIPS, feature('640302100201', [square(106.2, 37.98, 0.004)])]),
    );
    expect(problems).toEqual([
      {
        code: '640302100000',
        message:
          'township 640302100000 甲镇: 1 of its 2 villages have features; give all of them or none. Missing: 640302100202',
      },
    ]);
  });

  it('refuses a pack over the size, feature, position and per-ring limits (BoundaryPackTooLarge)', async () => {
    const big = await tooLarge(' '.repeat(PACK_LIMITS.bytes + 1));
    expect([big.limit, big.max]).toEqual(['bytes', 32 * 1024 * 1024]);
    const many = await tooLarge(pack(Array.from({ length: PACK_LIMITS.features + 1 }, () => TOWNSHIPS[0])));
    expect([many.limit, many.max, many.message]).toEqual([
      'features',
      20_000,
      'the pack holds 20,001 features, more than 20,000',
    ]);
    // Only counted, never drawn: rings of [0, 0] keep the text under 32 MB.
    const ringOf = (n: number) => Array.from({ length: n }, () => [0, 0]);
    // 201 rings of 10,000 positions: each ring within its limit, the pack over 2,000,000 in all.
    const positions = await tooLarge(
      pack(Array.from({ length: 201 }, () => feature('640302100000', [ringOf(10_000)]))),
    );
    expect([positions.limit, positions.max]).toEqual(['positions', 2_000_000]);
    const ring = await tooLarge(pack([feature('640302100000', [ringOf(10_001)])]));
    expect([ring.limit, ring.max]).toEqual(['ringPositions', 10_000]);
    // 5 rings of 10,000: 500 million comparisons, over the check's budget of 400 million.
    const work = await tooLarge(
      pack(Array.from({ length: 5 }, () => feature('640302100000', [ringOf(10_000)]))),
    );
    expect([work.limit, work.max]).toEqual(['checkWork', 400_000_000]);
  });
});

describe('the schematic tile map as a boundary pack', () => {
  it('passes the rules: the example the boundaries page offers can be loaded as it is', async () => {
    const district = generateDistrict();
    const tiles = readFileSync(require.resolve('@lianxin/seed/district-tiles.json'));
    const checked = await checkBoundaryPack(tiles, district);
    expect(checked.townships).toBe(district.townships.length);
    expect(checked.villages).toBe(district.villages.length);
  });
});
