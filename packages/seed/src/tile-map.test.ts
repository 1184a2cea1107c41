import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDistrict } from './district.js';
import { districtTileMap, TILE_MAP_FILE, type TileFeature } from './tile-map.js';

const district = generateDistrict();
const map = districtTileMap(district);

/** [west, south, east, north] of a square tile. */
function box(feature: TileFeature): [number, number, number, number] {
  const ring = feature.geometry.coordinates[0]!;
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const overlap = (a: number[], b: number[]) =>
  a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
const inside = (a: number[], b: number[]) =>
  a[0]! >= b[0]! && a[1]! >= b[1]! && a[2]! <= b[2]! && a[3]! <= b[3]!;
const centre = (f: TileFeature) => {
  const [w, s, e, n] = box(f);
  return [(w + e) / 2, (s + n) / 2] as const;
};

describe('districtTileMap', () => {
  const townships = map.features.filter((f) => f.properties.level === 'TOWNSHIP');
  const villages = map.features.filter((f) => f.properties.level === 'VILLAGE');
  const byName = new Map(
    district.townships.map((t) => [t.name, townships.find((f) => f.properties.code === t.code)!]),
  );

  it('holds every township and every village exactly once', () => {
    expect(townships.map((f) => f.properties.code).sort()).toEqual(
      district.townships.map((t) => t.code).sort(),
    );
    expect(villages.map((f) => f.properties.code).sort()).toEqual(
      district.villages.map((v) => v.code).sort(),
    );
    for (const f of villages)
      expect(f.properties.townshipCode).toBe(
        district.villages.find((v) => v.code === f.properties.code)!.townshipCode,
      );
  });

  it('draws closed counter-clockwise squares, no two of a level overlapping, villages inside their township', () => {
    for (const f of map.features) {
      const ring = f.geometry.coordinates[0]!;
      expect(ring).toHaveLength(5);
      expect(ring[4]).toEqual(ring[0]);
      // Shoelace: positive area is counter-clockwise.
      const area = ring
        .slice(0, 4)
        .reduce((sum, p, i) => sum + p[0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * p[1]!, 0);
      expect(area).toBeGreaterThan(0);
    }
    for (const level of [townships, villages])
      for (let i = 0; i < level.length; i++)
        for (let j = i + 1; j < level.length; j++)
          expect(overlap(box(level[i]!), box(level[j]!))).toBe(false);
    for (const v of villages)
      expect(
        inside(box(v), box(townships.find((t) => t.properties.code === v.properties.townshipCode)!)),
      ).toBe(true);
  });

  it('keeps townships where they lie: the river towns west, the city in the middle, 扁担沟镇 east', () => {
    const [x, y] = [(n: string) => centre(byName.get(n)!)[0], (n: string) => centre(byName.get(n)!)[1]];
    expect(x('上桥镇')).toBeLessThan(x('胜利镇'));
    expect(x('胜利镇')).toBeLessThan(x('金星镇'));
    expect(x('金星镇')).toBeLessThan(x('扁担沟镇'));
    expect(y('古城镇')).toBeGreaterThan(y('胜利镇'));
    expect(y('金积镇')).toBeLessThan(y('胜利镇'));
    // Near the district's real place (lon 106.0–106.5, lat 37.7–38.1).
    for (const f of map.features) {
      const [w, s, e, n] = box(f);
      expect(w).toBeGreaterThanOrEqual(106);
      expect(e).toBeLessThanOrEqual(106.5);
      expect(s).toBeGreaterThanOrEqual(37.7);
      expect(n).toBeLessThanOrEqual(38.1);
    }
  });

  it('refuses a township it has no place for', () => {
    expect(() =>
      districtTileMap({
        townships: [{ code: '1', name: '无名乡', kind: district.townships[0]!.kind, sortOrder: 1 }],
        villages: [],
      }),
    ).toThrow(/无名乡/);
  });

  it('is the committed file (`pnpm --filter @lianxin/seed tile-map` rewrites it)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL(`../${TILE_MAP_FILE}`, import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(map);
  });
});
