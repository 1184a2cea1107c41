// Boundary packs: the official township (and village) boundaries an administrator loads for the
// dashboard's map, checked here before anything is stored and reduced to what the map draws. Pure: the
// district's places come from the caller, nothing is read or written.
import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { booleanValid } from '@turf/boolean-valid';
import { kinks } from '@turf/kinks';

/**
 * What a pack may hold. The validity checks (boolean-valid, kinks) compare every segment of a ring
 * with every other, so their time grows with the square of a ring's positions: `checkWork` bounds the
 * sum of those squares (≈ 8 s on the 2-core server), `ringPositions` one ring (≈ 2 s). A district map
 * is a few hundred pixels a township; a pack over them wants simplifying (e.g. `mapshaper -simplify`).
 */
export const PACK_LIMITS = {
  bytes: 32 * 1024 * 1024,
  features: 20_000,
  positions: 2_000_000,
  ringPositions: 10_000,
  checkWork: 400_000_000,
} as const;
export type PackLimit = keyof typeof PACK_LIMITS;

type PlaceLevel = 'TOWNSHIP' | 'VILLAGE';
type Position = [number, number];
type PolygonCoordinates = Position[][];
type PackGeometry =
  | { type: 'Polygon'; coordinates: PolygonCoordinates }
  | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };

/** A stored feature: its geometry and the three properties the map reads, nothing else. */
interface PackFeature {
  type: 'Feature';
  geometry: PackGeometry;
  properties: { code: string; level: PlaceLevel; townshipCode: string };
}

export interface PackCollection {
  type: 'FeatureCollection';
  features: PackFeature[];
}

/** The district's places as the database has them. */
export interface PackPlaces {
  townships: readonly { code: string; name: string }[];
  villages: readonly { code: string; name: string; townshipCode: string }[];
}

/** One reason a pack is refused: the feature's index in the file and its code where there is one. */
export interface PackProblem {
  feature?: number;
  code?: string;
  message: string;
}

export interface CheckedPack {
  geojson: PackCollection;
  /** The normalized collection as stored and served. */
  text: string;
  /** Of `text`, hex. */
  sha256: string;
  townships: number;
  villages: number;
}

/** The pack breaks one or more rules: every problem found, in file order, then the missing places. */
export class BoundaryPackRefused extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(`the boundary pack is refused: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
}

/** The pack is over one of PACK_LIMITS; checking stopped there. */
export class BoundaryPackTooLarge extends Error {
  readonly max: number;
  constructor(
    readonly limit: PackLimit,
    message: string,
  ) {
    super(message);
    this.max = PACK_LIMITS[limit];
  }
}

/** Yield to the event loop after about this much segment comparison (≈ 40 ms), so requests go on. */
const WORK_PER_TURN = 2_000_000;

function textOf(input: string | Buffer): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  // fatal: a file in GBK or another encoding is refused rather than read as mojibake.
  return new TextDecoder('utf-8', { fatal: true }).decode(input);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where in a geometry a problem is, in words: "polygon 2, ring 0, position 17". */
function at(polygon: number | null, ring: number, position?: number): string {
  const parts = [polygon === null ? null : `polygon ${polygon}`, `ring ${ring}`];
  if (position !== undefined) parts.push(`position ${position}`);
  return parts.filter(Boolean).join(', ');
}

interface Counters {
  positions: number;
  work: number;
}

/**
 * The rings of one polygon, as 2D positions, or the first thing wrong with them. Counts positions and
 * check work as it goes, and stops the whole pack at a limit.
 */
function readPolygon(raw: unknown, polygon: number | null, counters: Counters): PolygonCoordinates | string {
  if (!Array.isArray(raw) || raw.length === 0)
    return `${polygon === null ? 'the polygon' : `polygon ${polygon}`} has no rings`;
  const rings: PolygonCoordinates = [];
  for (const [r, ring] of raw.entries()) {
    if (!Array.isArray(ring)) return `${at(polygon, r)} is not a list of positions`;
    counters.positions += ring.length;
    counters.work += ring.length * ring.length;
    if (counters.positions > PACK_LIMITS.positions)
      throw new BoundaryPackTooLarge(
        'positions',
        `the pack holds more than ${PACK_LIMITS.positions.toLocaleString('en')} positions`,
      );
    if (ring.length > PACK_LIMITS.ringPositions)
      throw new BoundaryPackTooLarge(
        'ringPositions',
        `${at(polygon, r)} holds ${ring.length.toLocaleString('en')} positions, more than ${PACK_LIMITS.ringPositions.toLocaleString('en')} in one ring: simplify the boundaries`,
      );
    const positions: Position[] = [];
    for (const [p, position] of ring.entries()) {
      if (!Array.isArray(position) || position.length < 2 || position.length > 3)
        return `${at(polygon, r, p)} is not [longitude, latitude]`;
      if (!position.every((n) => typeof n === 'number' && Number.isFinite(n)))
        return `${at(polygon, r, p)} holds something other than finite numbers`;
      const [lon, lat] = position as number[];
      if (lon! < -180 || lon! > 180) return `${at(polygon, r, p)}: longitude ${lon} is outside [-180, 180]`;
      if (lat! < -90 || lat! > 90) return `${at(polygon, r, p)}: latitude ${lat} is outside [-90, 90]`;
      // Heights are dropped: the map is flat.
      positions.push([lon!, lat!]);
    }
    if (positions.length < 4)
      return `${at(polygon, r)} has ${positions.length} positions; a ring needs at least 4`;
    const first = positions[0]!;
    const last = positions[positions.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1])
      return `${at(polygon, r)} is not closed: its last position is not its first`;
    rings.push(positions);
  }
  return rings;
}

/** The geometry with 2D positions, or the first thing wrong with its structure or numbers. */
function readGeometry(raw: unknown, counters: Counters): PackGeometry | string {
  if (!isObject(raw)) return 'has no geometry';
  if (raw.type === 'Polygon') {
    const rings = readPolygon(raw.coordinates, null, counters);
    return typeof rings === 'string' ? rings : { type: 'Polygon', coordinates: rings };
  }
  if (raw.type === 'MultiPolygon') {
    if (!Array.isArray(raw.coordinates) || raw.coordinates.length === 0)
      return 'the MultiPolygon has no polygons';
    const polygons: PolygonCoordinates[] = [];
    for (const [i, polygon] of raw.coordinates.entries()) {
      const rings = readPolygon(polygon, i, counters);
      if (typeof rings === 'string') return rings;
      polygons.push(rings);
    }
    return { type: 'MultiPolygon', coordinates: polygons };
  }
  return `geometry is ${JSON.stringify(raw.type ?? null)}; a boundary is a Polygon or MultiPolygon`;
}

/**
 * OGC simple-feature validity, or what breaks it. boolean-valid checks spikes, rings that touch
 * themselves, holes crossing their shell and parts crossing each other; it does not see a ring that
 * crosses itself (a bow-tie passes), which kinks, run on each ring alone, does. Neither sees a hole
 * wholly outside its shell or a part wholly inside another: such a pack is accepted (README).
 */
function validityProblem(geometry: PackGeometry): string | null {
  if (!booleanValid(geometry))
    return 'is not a valid polygon (OGC simple features): a spike, a ring touching itself, a hole across its shell, or overlapping parts';
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const [i, rings] of polygons.entries()) {
    for (const [r, ring] of rings.entries()) {
      const crossing = kinks({ type: 'LineString', coordinates: ring }).features[0];
      if (crossing) {
        // To 7 decimals (about a centimetre): the crossing is computed, its last digits are noise.
        const [lon, lat] = crossing.geometry.coordinates.map((n) => Number(n.toFixed(7)));
        return `${at(geometry.type === 'Polygon' ? null : i, r)} crosses itself at (${lon}, ${lat})`;
      }
    }
  }
  return null;
}

/**
 * Checks a pack and returns it normalized, or throws BoundaryPackRefused (every problem) or
 * BoundaryPackTooLarge. The rules, each problem naming the feature's index and code:
 * - UTF-8 JSON, a GeoJSON FeatureCollection of Features, within PACK_LIMITS;
 * - each feature's `properties.code` (nothing else is read: no `adcode`) is a township or village code
 *   of the database, at most once in the pack;
 * - each geometry a Polygon or MultiPolygon of finite [longitude, latitude] positions in range, rings
 *   closed with at least 4 positions, valid per OGC simple features (no self-intersection);
 * - every township of the database is present;
 * - a township's villages are all present or none is, so the map draws a township's villages from the
 *   pack or from its own tiles, never half from each.
 * Stored: the features sorted by code, each with its geometry (2D) and `{ code, level, townshipCode }`.
 * Async only to yield to the event loop while the validity checks run.
 */
export async function checkBoundaryPack(input: string | Buffer, places: PackPlaces): Promise<CheckedPack> {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (bytes > PACK_LIMITS.bytes)
    throw new BoundaryPackTooLarge('bytes', `the pack is larger than ${PACK_LIMITS.bytes / 1024 / 1024} MB`);
  let root: unknown;
  try {
    root = JSON.parse(textOf(input));
  } catch (error) {
    throw new BoundaryPackRefused([{ message: `the file is not UTF-8 JSON: ${(error as Error).message}` }]);
  }
  if (!isObject(root) || root.type !== 'FeatureCollection' || !Array.isArray(root.features))
    throw new BoundaryPackRefused([
      {
        message:
          'the file is not a GeoJSON FeatureCollection (an object with type "FeatureCollection" and features)',
      },
    ]);
  const features: unknown[] = root.features;
  if (features.length > PACK_LIMITS.features)
    throw new BoundaryPackTooLarge(
      'features',
      `the pack holds ${features.length.toLocaleString('en')} features, more than ${PACK_LIMITS.features.toLocaleString('en')}`,
    );

  const townships = new Map(places.townships.map((t) => [t.code, t]));
  const villages = new Map(places.villages.map((v) => [v.code, v]));
  const problems: PackProblem[] = [];
  const firstIndexOf = new Map<string, number>();
  const counters: Counters = { positions: 0, work: 0 };
  /** Features whose structure is sound, with their place when the code is known. */
  const read: {
    index: number;
    code?: string;
    geometry: PackGeometry;
    place: PackFeature['properties'] | null;
  }[] = [];

  for (const [index, feature] of features.entries()) {
    const code = isObject(feature) && isObject(feature.properties) ? feature.properties.code : undefined;
    const named = typeof code === 'string' ? code : undefined;
    const refuse = (message: string) =>
      problems.push({
        feature: index,
        ...(named !== undefined ? { code: named } : {}),
        message: `feature ${index}${named !== undefined ? ` (${named})` : ''}: ${message}`,
      });
    if (!isObject(feature) || feature.type !== 'Feature') {
      refuse('is not a GeoJSON Feature');
      continue;
    }
    let place: PackFeature['properties'] | null = null;
    if (named === undefined) refuse('has no properties.code (a string: the township or village code)');
    else if (townships.has(named)) place = { code: named, level: 'TOWNSHIP', townshipCode: named };
    else if (villages.has(named))
      place = { code: named, level: 'VILLAGE', townshipCode: villages.get(named)!.townshipCode };
    else refuse(`code ${named} is no township or village of the district`);
    let repeated = false;
    if (named !== undefined) {
      const first = firstIndexOf.get(named);
      repeated = first !== undefined;
      if (repeated) refuse(`code ${named} is already the code of feature ${first}`);
      else firstIndexOf.set(named, index);
    }
    const geometry = readGeometry(feature.geometry, counters);
    if (typeof geometry === 'string') refuse(geometry);
    // A repeated code's geometry is not checked further: the pack is refused for the repeat already.
    else if (!repeated)
      read.push({ index, ...(named !== undefined ? { code: named } : {}), geometry, place });
  }
  if (counters.work > PACK_LIMITS.checkWork)
    throw new BoundaryPackTooLarge(
      'checkWork',
      'the rings hold too many positions to check for self-intersections in reasonable time: simplify the boundaries',
    );

  // The costly part, for the features whose structure is sound.
  let sinceTurn = 0;
  for (const { index, code, geometry } of read) {
    const problem = validityProblem(geometry);
    if (problem)
      problems.push({
        feature: index,
        ...(code !== undefined ? { code } : {}),
        message: `feature ${index}${code !== undefined ? ` (${code})` : ''}: ${problem}`,
      });
    const rings = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    sinceTurn += rings.flat().reduce((sum, ring) => sum + ring.length * ring.length, 0);
    if (sinceTurn >= WORK_PER_TURN) {
      sinceTurn = 0;
      await nextTurn();
    }
  }
  problems.sort((a, b) => (a.feature ?? 0) - (b.feature ?? 0));

  const present = new Set(firstIndexOf.keys());
  for (const township of places.townships)
    if (!present.has(township.code))
      problems.push({
        code: township.code,
        message: `township ${township.code} ${township.name} has no feature: every township is needed`,
      });
  const villagesOf = new Map<string, string[]>();
  for (const village of places.villages) {
    const list = villagesOf.get(village.townshipCode) ?? [];
    list.push(village.code);
    villagesOf.set(village.townshipCode, list);
  }
  for (const township of places.townships) {
    const all = villagesOf.get(township.code) ?? [];
    const missing = all.filter((code) => !present.has(code));
    if (missing.length > 0 && missing.length < all.length)
      problems.push({
        code: township.code,
        message:
          `township ${township.code} ${township.name}: ${all.length - missing.length} of its ${all.length} villages ` +
          `have features; give all of them or none. Missing: ${missing.join(', ')}`,
      });
  }
  if (problems.length > 0) throw new BoundaryPackRefused(problems);

  // No problem left: every feature read has a known code, once.
  const kept: PackFeature[] = read.map(({ geometry, place }) => ({
    type: 'Feature',
    geometry,
    properties: place!,
  }));
  const geojson: PackCollection = {
    type: 'FeatureCollection',
    features: kept.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1)),
  };
  const text = JSON.stringify(geojson);
  return {
    geojson,
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
    townships: kept.filter((f) => f.properties.level === 'TOWNSHIP').length,
    villages: kept.filter((f) => f.properties.level === 'VILLAGE').length,
  };
}
