// The shapes the map draws: the district's boundary pack when an administrator loaded one, and the schematic
// tile map that ships with the product (for everything the pack leaves out, or all of it without a pack).
// Both load with the map, not with any other page.
import { useQuery } from '@urql/vue';
import { computed, shallowRef } from 'vue';
import { MapBoundariesDocument } from '../graphql/generated/graphql';
import type { MapShapes } from '../transforms/map';

let tilesLoad: Promise<MapShapes> | null = null;
function loadTiles(): Promise<MapShapes> {
  tilesLoad ??= import('@lianxin/seed/district-tiles.json').then((m) => m.default as unknown as MapShapes);
  return tilesLoad;
}

/** The tile map, null until loaded. */
export function useTiles() {
  const tiles = shallowRef<MapShapes | null>(null);
  void loadTiles().then((t) => (tiles.value = t));
  return tiles;
}

/**
 * The tile map and the boundary pack (null: none loaded, or not answered yet), asked as the signed-in user
 * (the wall asks for its pack with its own token: wall/data.ts).
 */
export function useMapShapes() {
  const tiles = useTiles();
  const packQuery = useQuery({ query: MapBoundariesDocument });
  const pack = computed(() => {
    const p = packQuery.data.value?.boundaryPack;
    return p ? { ...p, geojson: p.geojson as unknown as MapShapes } : null;
  });
  return { tiles, pack, packQuery };
}
