// The map page (地图): what each township or village is coloured by, from the API's caseStats buckets
// (and the early warnings), and which shapes draw it — the district's boundary pack when an administrator
// loaded one, else the schematic tile map that ships with the product (@lianxin/seed/district-tiles.json).
import { KpiCode } from '@lianxin/domain';
import type { UnitBucket, UnitRef } from './funnel';

/** What the map colours by. */
export type MapMetric =
  | 'CASES'
  | 'CASES_PER_1000'
  | typeof KpiCode.TIMELY_ACCEPTANCE
  | typeof KpiCode.ON_TIME_CLOSURE
  | typeof KpiCode.SATISFACTION
  | 'ALERTS';

interface MapMetricDef {
  metric: MapMetric;
  /** The KpiSet field of a KPI; null otherwise. */
  field: 'timelyAcceptance' | 'onTimeClosure' | 'satisfaction' | null;
  /** A rate in per cent (0–100) rather than a count. */
  percent: boolean;
}

export const MAP_METRICS: readonly MapMetricDef[] = [
  { metric: 'CASES', field: null, percent: false },
  { metric: 'CASES_PER_1000', field: null, percent: false },
  { metric: KpiCode.TIMELY_ACCEPTANCE, field: 'timelyAcceptance', percent: true },
  { metric: KpiCode.ON_TIME_CLOSURE, field: 'onTimeClosure', percent: true },
  { metric: KpiCode.SATISFACTION, field: 'satisfaction', percent: true },
  { metric: 'ALERTS', field: null, percent: false },
];

/** The metric named in the URL (`?metric=`), or case counts for anything else. */
export function mapMetric(value: unknown): MapMetricDef {
  return MAP_METRICS.find((m) => m.metric === value) ?? (MAP_METRICS[0] as MapMetricDef);
}

/** One township or village as the map colours it. */
export interface MapCell {
  code: string;
  name: string;
  /** The colour's value (a count, per 1,000 residents, or a rate in per cent); null: none or withheld. */
  value: number | null;
  /** Withheld from this role (wall screen: fewer than 3 cases, or withheld with one): drawn grey "—". */
  suppressed: boolean;
  /** A KPI's parts, for the tooltip ("96.4 % (270/280)"). */
  numerator: number | null;
  denominator: number | null;
  /** Cases received, whatever the metric (null when withheld). */
  count: number | null;
}

/** An early warning as the map counts it: its cell's place and month. */
export interface MapAlert {
  scope: 'TOWNSHIP' | 'VILLAGE';
  month: string;
  townshipCode: string | null;
  villageCode: string | null;
}

/** A bucket of the map's queries: per unit, and per unit × month for the time slider (`period`). */
export interface MapBucket extends UnitBucket {
  period?: string | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The map's cells for the metric: every unit of `units` (one without a bucket had no cases: 0, and a
 * KPI with an empty denominator has no value). `month` (YYYY-MM-01) picks one month's buckets of a
 * month-grouped answer; null takes buckets without a period (the page's whole period). Alerts count the
 * warnings of the unit's own grain in the month, or in `months` for the whole period (every month when
 * `months` is left out: all time).
 */
export function mapCells(
  buckets: readonly MapBucket[],
  units: readonly UnitRef[],
  level: 'township' | 'village',
  metric: MapMetricDef,
  options: { month: string | null; alerts?: readonly MapAlert[]; months?: readonly string[] },
): MapCell[] {
  const key = level === 'township' ? 'townshipCode' : 'villageCode';
  const mine = buckets.filter((b) => (options.month === null ? !b.period : b.period === options.month));
  const byKey = new Map(mine.filter((b) => b[key]).map((b) => [b[key] as string, b]));
  // Alerts of the month shown, of the period's months, or (no months given: all time) of every month.
  const periodMonths = options.months ? new Set(options.months) : null;
  const counted = (month: string) =>
    options.month !== null ? month === options.month : !periodMonths || periodMonths.has(month);
  const alertsOf = (code: string) =>
    (options.alerts ?? []).filter(
      (a) =>
        a.scope === (level === 'township' ? 'TOWNSHIP' : 'VILLAGE') &&
        (level === 'township' ? a.townshipCode : a.villageCode) === code &&
        counted(`${a.month.slice(0, 7)}-01`),
    ).length;
  return units.map((u) => {
    const b = byKey.get(u.key);
    const withheld = b ? b.suppressed === true || b.count === null : false;
    const count = withheld ? null : (b?.count ?? 0);
    const base = {
      code: u.key,
      name: u.name,
      suppressed: withheld,
      count,
      numerator: null,
      denominator: null,
    };
    if (metric.metric === 'ALERTS') return { ...base, suppressed: false, value: alertsOf(u.key) };
    if (withheld) return { ...base, value: null };
    if (metric.metric === 'CASES') return { ...base, value: count };
    if (metric.metric === 'CASES_PER_1000')
      return { ...base, value: u.population > 0 ? round1(((count ?? 0) * 1000) / u.population) : null };
    const part = metric.field ? b?.kpis?.[metric.field] : undefined;
    const numerator = part?.numerator ?? 0;
    const denominator = part?.denominator ?? 0;
    return {
      ...base,
      numerator,
      denominator,
      value: denominator > 0 ? round1((numerator * 100) / denominator) : null,
    };
  });
}

/** The colour scale's ends over every frame the slider plays, so a colour means the same in each month. */
export function mapRange(frames: readonly (readonly MapCell[])[], percent: boolean): [number, number] {
  const values = frames.flat().flatMap((c) => (c.value === null ? [] : [c.value]));
  if (!values.length) return [0, percent ? 100 : 1];
  const max = Math.max(...values);
  // A rate's scale starts at its lowest value (most units sit in the 90s); a count's at 0.
  const min = percent ? Math.min(...values) : 0;
  return [min, max > min ? max : min + 1];
}

// ---------------------------------------------------------------- shapes

/** A feature of a boundary pack or of the tile map: only the division code and its grain matter here. */
interface MapFeature {
  type: 'Feature';
  properties: {
    code: string;
    level: 'TOWNSHIP' | 'VILLAGE';
    townshipCode: string;
    /** Where ECharts puts the shape's label (lon, lat); its middle when absent. */
    cp?: readonly [number, number];
  };
  geometry: unknown;
}

export interface MapShapes {
  type: 'FeatureCollection';
  features: readonly MapFeature[];
}

/**
 * The shapes a level draws: the townships, or one township's villages — from the boundary pack when it
 * has them, else from the tiles (a pack's villages are optional: then that township's villages are
 * schematic). `schematic` says which, so the page can say so.
 */
export function levelShapes(
  pack: MapShapes | null,
  tiles: MapShapes,
  level: 'township' | 'village',
  townshipCode: string | null,
): { shapes: MapShapes; schematic: boolean } {
  const pick = (source: MapShapes) =>
    source.features.filter((f) =>
      level === 'township'
        ? f.properties.level === 'TOWNSHIP'
        : f.properties.level === 'VILLAGE' && f.properties.townshipCode === townshipCode,
    );
  const fromPack = pack ? pick(pack) : [];
  if (fromPack.length) return { shapes: { type: 'FeatureCollection', features: fromPack }, schematic: false };
  return { shapes: { type: 'FeatureCollection', features: pick(tiles) }, schematic: true };
}

/** The shapes' bounding box in lon/lat: [west, south, east, north]; null when they have no points. */
function boundsOf(features: readonly MapFeature[]): [number, number, number, number] | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      west = Math.min(west, c[0]);
      east = Math.max(east, c[0]);
      south = Math.min(south, c[1]);
      north = Math.max(north, c[1]);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const f of features) walk((f.geometry as { coordinates?: unknown }).coordinates);
  return Number.isFinite(south) ? [west, south, east, north] : null;
}

/**
 * The cosine of the shapes' middle latitude: ECharts' `aspectScale`, so that a square on the ground (and a
 * tile) is square on screen at this district's latitude.
 */
export function aspectOf(shapes: MapShapes): number {
  const box = boundsOf(shapes.features);
  if (!box) return 1;
  return Math.round(Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180) * 1000) / 1000;
}

/** A township's name sits this far (a share of its height) above it: the middle of the tile map's row gap. */
const LABEL_ABOVE = 0.075;

/**
 * The wall's map: the townships (or the link's one township) outlined around their villages, in one
 * collection — townships first, so their outlines draw under the villages. Each township's label point
 * (`cp`) is just above it, in the gap between the tile map's rows, so no village label covers its name.
 * A boundary pack only when it has every drawn township and all their villages: a pack's township
 * around the tiles' villages would not nest. `schematic` says when the tiles drew it.
 */
export function nestedShapes(
  pack: MapShapes | null,
  tiles: MapShapes,
  township: string | null,
): { shapes: MapShapes; schematic: boolean } {
  const draw = (source: MapShapes | null) => {
    const townships = levelShapes(source, tiles, 'township', null);
    const drawn = townships.shapes.features.filter((f) => !township || f.properties.code === township);
    const villages = drawn.map((f) => levelShapes(source, tiles, 'village', f.properties.code));
    return {
      schematic: townships.schematic || villages.some((v) => v.schematic),
      features: [
        ...drawn.map((f): MapFeature => {
          const box = boundsOf([f]);
          if (!box) return f;
          const [west, south, east, north] = box;
          const cp = [(west + east) / 2, north + (north - south) * LABEL_ABOVE] as const;
          return { ...f, properties: { ...f.properties, cp } };
        }),
        ...villages.flatMap((v) => v.shapes.features),
      ],
    };
  };
  const fromPack = pack ? draw(pack) : null;
  const { schematic, features } = fromPack && !fromPack.schematic ? fromPack : draw(null);
  return { shapes: { type: 'FeatureCollection', features }, schematic };
}
