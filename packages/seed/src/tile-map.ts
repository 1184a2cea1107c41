// The district's schematic tile map (cartogram): each township an equal square on a coarse grid that keeps
// it roughly where it lies (north up, the Yellow River to the west), each village a small square inside
// its township's. It is not a survey map and claims no borders: no openly licensed township boundaries of
// 利通区 exist, and a map shown in China may need review. The dashboard draws it with ECharts' map series
// until an administrator loads the district's own boundaries (a boundary pack, in the same shape).
import type { DistrictData } from './rows.js';

/** A division's place on the tile grid: column west → east, row north → south. */
interface TilePlace {
  col: number;
  row: number;
}

// Where each township sits, by name (from the district's geography, simplified to a 4-column grid:
// the urban towns 胜利镇 and 金星镇 in the middle, the river towns in the west column, 扁担沟镇's dry
// uplands and the agricultural park in the east and south-east).
const TOWNSHIP_TILES: Readonly<Record<string, TilePlace>> = {
  高闸镇: { col: 0, row: 0 },
  古城镇: { col: 1, row: 0 },
  郭家桥乡: { col: 2, row: 0 },
  金银滩镇: { col: 3, row: 0 },
  上桥镇: { col: 0, row: 1 },
  胜利镇: { col: 1, row: 1 },
  金星镇: { col: 2, row: 1 },
  东塔寺乡: { col: 3, row: 1 },
  马莲渠乡: { col: 0, row: 2 },
  金积镇: { col: 1, row: 2 },
  板桥乡: { col: 2, row: 2 },
  扁担沟镇: { col: 3, row: 2 },
  宁夏吴忠国家农业科技园区: { col: 3, row: 3 },
};

/** The grid's north-west corner (lon, lat) near the district's real place, so a real pack lines up alike. */
const ORIGIN: readonly [number, number] = [106.02, 38.1];
/** A village tile's side in degrees of latitude; a township square holds SLOTS × SLOTS of them. */
const TILE = 0.02;
/**
 * Degrees of longitude per degree of latitude on the ground at 38° N, so that a tile is square on a map
 * drawn with the same correction (ECharts' `aspectScale`: the cosine of the latitude) as real boundaries are.
 */
const MAP_ASPECT = Math.round(Math.cos((38 * Math.PI) / 180) * 1000) / 1000;
const LON = 1 / MAP_ASPECT;
const SLOTS = 4;
/** Gap between village tiles and between township squares, in degrees. */
const TILE_GAP = 0.002;
const TOWNSHIP_GAP = 0.012;
const TOWNSHIP_SIDE = SLOTS * TILE;

/** The committed tile map of the seeded district, at the package's root (`@lianxin/seed/district-tiles.json`). */
export const TILE_MAP_FILE = 'district-tiles.json';

type TileLevel = 'TOWNSHIP' | 'VILLAGE';

export interface TileFeature {
  type: 'Feature';
  properties: { code: string; level: TileLevel; townshipCode: string };
  geometry: { type: 'Polygon'; coordinates: [number, number][][] };
}

export interface TileMap {
  type: 'FeatureCollection';
  features: TileFeature[];
}

/** A closed, counter-clockwise square ring (RFC 7946: exterior rings counter-clockwise). */
function square(west: number, north: number, side: number): [number, number][][] {
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  const [w, n, e, s] = [r(west), r(north), r(west + side * LON), r(north - side)];
  return [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
}

/**
 * The tile map of a district: one TOWNSHIP feature per township (its square) and one VILLAGE feature per
 * village or community, in the township's sort order and then the villages' code order, row by row.
 * Throws when a township has no place on the grid or more villages than its square holds.
 */
export function districtTileMap(district: Pick<DistrictData, 'townships' | 'villages'>): TileMap {
  const features: TileFeature[] = [];
  const townships = [...district.townships].sort((a, b) => a.sortOrder - b.sortOrder);
  for (const township of townships) {
    const place = TOWNSHIP_TILES[township.name];
    if (!place) throw new Error(`The tile map has no place for ${township.name} (${township.code}).`);
    const west = ORIGIN[0] + place.col * (TOWNSHIP_SIDE + TOWNSHIP_GAP) * LON;
    const north = ORIGIN[1] - place.row * (TOWNSHIP_SIDE + TOWNSHIP_GAP);
    features.push({
      type: 'Feature',
      properties: { code: township.code, level: 'TOWNSHIP', townshipCode: township.code },
      geometry: { type: 'Polygon', coordinates: square(west, north, TOWNSHIP_SIDE) },
    });
    const villages = district.villages
      .filter((v) => v.townshipCode === township.code)
      .sort((a, b) => a.code.localeCompare(b.code));
    if (villages.length > SLOTS * SLOTS)
      throw new Error(`${township.name} has ${villages.length} villages; its square holds ${SLOTS * SLOTS}.`);
    // As few rows as the villages need, centred vertically, so a township of 7 is not a half-empty square.
    const rows = Math.ceil(villages.length / SLOTS);
    const top = north - ((SLOTS - rows) * TILE) / 2;
    villages.forEach((village, i) => {
      const inRow = Math.min(SLOTS, villages.length - Math.floor(i / SLOTS) * SLOTS);
      const left = west + (((SLOTS - inRow) * TILE) / 2) * LON;
      features.push({
        type: 'Feature',
        properties: { code: village.code, level: 'VILLAGE', townshipCode: township.code },
        geometry: {
          type: 'Polygon',
          coordinates: square(
            left + ((i % SLOTS) * TILE + TILE_GAP / 2) * LON,
            top - Math.floor(i / SLOTS) * TILE - TILE_GAP / 2,
            TILE - TILE_GAP,
          ),
        },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}
