// Synthetic boundary packs from a seeded database's own places (never real boundaries): a row of
// squares around lon 106.2, lat 37.98, one per township, and, for the townships asked for, their
// villages as squares inside their township's.
import type { DataSource } from 'typeorm';
import type { TestApi } from './api.js';

/** A township's square: its villages' squares fit inside it, in a grid of VILLAGE_GRID × VILLAGE_GRID. */
const TOWNSHIP_SIZE = 0.05;
const VILLAGE_GRID = 16;

const square = (lon: number, lat: number, size: number) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

export interface SyntheticPack {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: Record<string, unknown>; geometry: Record<string, unknown> }[];
}

export async function syntheticPack(
  dataSource: DataSource,
  withVillagesOf: readonly string[] = [],
): Promise<SyntheticPack> {
  const townships: { code: string }[] = await dataSource.query('SELECT code FROM township ORDER BY code');
  const villages: { code: string; township_code: string }[] = await dataSource.query(
    'SELECT code, township_code FROM village ORDER BY code',
  );
  const features: SyntheticPack['features'] = [];
  townships.forEach((t, i) => {
    const lon = 106.2 + i * TOWNSHIP_SIZE;
    const lat = 37.98;
    // What a real file carries besides the code: dropped on load.
    features.push({
      type: 'Feature',
      properties: { code: t.code, name: `township ${i}`, fill: '#ccc' },
      geometry: { type: 'Polygon', coordinates: [square(lon, lat, TOWNSHIP_SIZE)] },
    });
    if (!withVillagesOf.includes(t.code)) return;
    const cell = TOWNSHIP_SIZE / VILLAGE_GRID;
    villages
      .filter((v) => v.township_code === t.code)
      .forEach((v, j) => {
        if (j >= VILLAGE_GRID * VILLAGE_GRID)
          throw new Error(`more villages in ${t.code} than the grid holds`);
        const at = [lon + (j % VILLAGE_GRID) * cell, lat + Math.floor(j / VILLAGE_GRID) * cell];
        features.push({
          type: 'Feature',
          properties: { code: v.code },
          geometry: { type: 'Polygon', coordinates: [square(at[0]!, at[1]!, cell * 0.9)] },
        });
      });
  });
  return { type: 'FeatureCollection', features };
}

/** PUT /boundaries with `body` as the pack: the status and the JSON answer. */
export async function putBoundaryPack(
  api: Pick<TestApi, 'url'>,
  headers: Record<string, string>,
  body: string,
  name = 'synthetic',
  contentType = 'application/geo+json',
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${api.url}/boundaries?name=${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
