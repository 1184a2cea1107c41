// The shapes the map draws: the schematic tile map that ships with the product, loaded with the map (it is
// not in any other page's code).
import { shallowRef } from 'vue';
import type { MapShapes } from '../transforms/map';

let tilesLoad: Promise<MapShapes> | null = null;
function loadTiles(): Promise<MapShapes> {
  tilesLoad ??= import('@lianxin/seed/district-tiles.json').then((m) => m.default as unknown as MapShapes);
  return tilesLoad;
}

/** The tile map (null until loaded). */
export function useMapShapes() {
  const tiles = shallowRef<MapShapes | null>(null);
  void loadTiles().then((t) => (tiles.value = t));
  return { tiles };
}
